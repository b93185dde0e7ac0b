package org.wganlab.image;

import java.util.List;

/**
 * Everything a run needs to continue exactly where it stopped: the networks, the optimisers' states,
 * the step counters (which also fix every random draw still to come, see {@link StepRandom}), the last
 * losses and the rows logged so far. Arrays are owned by the checkpoint once made.
 *
 * @param iteration generator iterations done
 * @param criticSteps critic steps done
 * @param trainingNanos training wall time so far
 * @param critic critic parameters
 * @param generator generator parameters
 * @param criticOptimizer critic optimiser state
 * @param criticOptimizerSteps critic optimiser step count
 * @param generatorOptimizer generator optimiser state
 * @param generatorOptimizerSteps generator optimiser step count
 * @param criticLoss last critic loss
 * @param generatorLoss last generator loss
 * @param penalty last penalty
 * @param rows the metrics rows logged so far
 */
public record ImageCheckpoint(int iteration, long criticSteps, long trainingNanos, float[] critic,
    float[] generator, float[] criticOptimizer, int criticOptimizerSteps, float[] generatorOptimizer,
    int generatorOptimizerSteps, double criticLoss, double generatorLoss, double penalty,
    List<ImageMetricsRow> rows) {

  /** Freezes the rows. */
  public ImageCheckpoint {
    rows = List.copyOf(rows);
  }
}
