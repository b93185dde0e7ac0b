package org.wganlab.train;

import java.util.List;

/**
 * A session's trained state: the config in force and each run's state, in panel order. Reopened,
 * it gives the same runs at the same iterations, going on exactly as they would have.
 *
 * @param config the config the runs were trained with
 * @param runs one state per run of {@code config}
 */
public record SessionState(ExperimentConfig config, List<RunState> runs) {

  /** Refuses a run count that differs from the config's. */
  public SessionState {
    runs = List.copyOf(runs);
    if (runs.size() != config.runs().size()) {
      throw new IllegalArgumentException("the config has " + config.runs().size() + " runs, the"
          + " state " + runs.size());
    }
  }

  /** The furthest iteration of any run. */
  public int iteration() {
    return runs.stream().mapToInt(RunState::iteration).max().orElse(0);
  }
}
