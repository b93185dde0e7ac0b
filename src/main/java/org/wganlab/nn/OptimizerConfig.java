package org.wganlab.nn;

/**
 * Optimiser settings.
 *
 * @param kind which optimiser
 * @param learningRate step size, greater than 0
 * @param beta1 Adam's first-moment decay in [0, {@value #MAX_BETA}] (ignored by the others)
 * @param beta2 Adam's second-moment decay in [0, {@value #MAX_BETA}], greater than beta1 squared for
 *     Adam (ignored by the others)
 */
public record OptimizerConfig(OptimizerKind kind, double learningRate, double beta1, double beta2) {

  /** Largest beta that trains: beyond it float32 rounds 1 - beta to nothing useful. */
  public static final double MAX_BETA = 0.99999;

  /** The WGAN-GP toy code: Adam 1e-4, betas (0.5, 0.9). */
  public static final OptimizerConfig ADAM_REFERENCE =
      new OptimizerConfig(OptimizerKind.ADAM, 1e-4, 0.5, 0.9);
  /** The original WGAN: RMSProp 5e-5. */
  public static final OptimizerConfig RMSPROP_REFERENCE =
      new OptimizerConfig(OptimizerKind.RMSPROP, 5e-5, 0.5, 0.9);

  /** Validates. */
  public OptimizerConfig {
    if (kind == null) {
      throw new IllegalArgumentException("optimizer is required");
    }
    if (!(learningRate > 0) || !(learningRate <= 10)) {
      throw new IllegalArgumentException("learning rate must be in (0, 10], got " + learningRate);
    }
    checkBeta("beta1", beta1);
    checkBeta("beta2", beta2);
    if (kind == OptimizerKind.ADAM && !(beta2 > beta1 * beta1)) {
      throw new IllegalArgumentException("Adam's beta2 must be greater than beta1 squared ("
          + beta1 * beta1 + "), got " + beta2 + ": otherwise a step grows without bound where the"
          + " gradient vanishes");
    }
  }

  /**
   * Above 0.99999 a beta is 1 in float32 arithmetic or so close that Adam's bias correction divides
   * by almost 0.
   */
  private static void checkBeta(String name, double beta) {
    if (!(beta >= 0 && beta <= MAX_BETA)) {
      throw new IllegalArgumentException(name + " must be in [0, " + MAX_BETA + "], got " + beta);
    }
  }

  /** The same settings with another learning rate. */
  public OptimizerConfig withLearningRate(double rate) {
    return new OptimizerConfig(kind, rate, beta1, beta2);
  }
}
