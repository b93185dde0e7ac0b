package org.wganlab.train;

import org.wganlab.metrics.GridSpec;

/**
 * How a run measures itself.
 *
 * @param grid where the value surface is evaluated
 * @param logEvery a metrics row every this many iterations (and at the last one)
 * @param heldOutPoints real and fake points drawn, apart from training, for the Wasserstein estimate
 * @param samplePoints generated points used for plots, mode coverage and the exact W1
 */
public record EvaluationConfig(GridSpec grid, int logEvery, int heldOutPoints, int samplePoints) {

  /** 128 x 128 over [-3, 3]^2, a row every 100 iterations, 1024 held-out and 512 sample points. */
  public static final EvaluationConfig DEFAULT = new EvaluationConfig(GridSpec.DEFAULT, 100, 1024, 512);

  /** Validates. */
  public EvaluationConfig {
    if (grid == null) {
      throw new IllegalArgumentException("grid is required");
    }
    if (logEvery < 1) {
      throw new IllegalArgumentException("log interval must be at least 1, got " + logEvery);
    }
    if (heldOutPoints < 2 || heldOutPoints > 1_000_000) {
      throw new IllegalArgumentException("held-out points must be in [2, 1000000]");
    }
    if (samplePoints < 2 || samplePoints > 100_000) {
      throw new IllegalArgumentException("sample points must be in [2, 100000]");
    }
  }

  /** The same settings with another log interval. */
  public EvaluationConfig withLogEvery(int every) {
    return new EvaluationConfig(grid, every, heldOutPoints, samplePoints);
  }

  /** The same settings with another grid. */
  public EvaluationConfig withGrid(GridSpec next) {
    return new EvaluationConfig(next, logEvery, heldOutPoints, samplePoints);
  }
}
