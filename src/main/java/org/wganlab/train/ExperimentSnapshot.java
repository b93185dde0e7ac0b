package org.wganlab.train;

import java.util.List;

/**
 * Everything a view needs of a session at one moment; immutable, safe to read on any thread.
 *
 * @param sequence increases with every publication, so a consumer can skip what it has drawn
 * @param config the experiment being trained
 * @param playing whether the session is training continuously
 * @param runs one snapshot per run, in config order
 * @param problem a message about the whole session (e.g. a data file that cannot be read), or empty
 */
public record ExperimentSnapshot(long sequence, ExperimentConfig config, boolean playing,
    List<RunSnapshot> runs, String problem) {

  /** Freezes the runs. */
  public ExperimentSnapshot {
    runs = List.copyOf(runs);
  }
}
