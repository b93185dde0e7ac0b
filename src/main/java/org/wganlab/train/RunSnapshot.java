package org.wganlab.train;

import java.util.List;

/**
 * An immutable picture of one run, published by the training thread and read by any other thread.
 *
 * @param index position of the run in its experiment
 * @param id names the run while it lives in its session: a run added later never gets the id of a
 *     run that is still there (so a view keeps its panel for the same run when another is removed)
 * @param run the run's current settings
 * @param status where the run is
 * @param problem why it diverged, or empty
 * @param iteration generator iterations done
 * @param criticSteps critic steps done
 * @param iterationsPerSecond recent training speed
 * @param criticLoss last critic loss
 * @param generatorLoss last generator loss
 * @param penalty last penalty term
 * @param rows the logged curves so far
 * @param evaluation the latest measurement, or null before the first
 */
public record RunSnapshot(int index, long id, RunConfig run, RunStatus status, String problem, int iteration,
    int criticSteps, double iterationsPerSecond, double criticLoss, double generatorLoss,
    double penalty, List<MetricsRow> rows, Evaluation evaluation) {

  /** Freezes the rows. */
  public RunSnapshot {
    rows = List.copyOf(rows);
  }
}
