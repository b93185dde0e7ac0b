package org.wganlab.train;

import java.util.List;

/**
 * Everything a view needs of a session at one moment; immutable, safe to read on any thread. The
 * session owns the experiment's state; a view shows this, never a copy of its own.
 *
 * @param sequence increases with every publication, so a consumer can skip what it has drawn
 * @param config the experiment being trained
 * @param pending a change waiting for a reset, or null
 * @param playing whether the session is training continuously
 * @param pace how fast it trains when playing
 * @param runs one snapshot per run, in config order
 * @param notice the session's answer to the latest command that needed one
 */
public record ExperimentSnapshot(long sequence, ExperimentConfig config, ExperimentConfig pending,
    boolean playing, Pace pace, List<RunSnapshot> runs, Notice notice) {

  /** Freezes the runs. */
  public ExperimentSnapshot {
    runs = List.copyOf(runs);
  }

  /** The config the controls edit: the pending change if there is one, else the config in force. */
  public ExperimentConfig editing() {
    return pending != null ? pending : config;
  }
}
