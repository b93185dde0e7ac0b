package org.wganlab.nn;

/**
 * Optimiser settings.
 *
 * @param kind which optimiser
 * @param learningRate step size, greater than 0
 * @param beta1 Adam's first-moment decay in [0, 1) (ignored by the others)
 * @param beta2 Adam's second-moment decay in [0, 1) (ignored by the others)
 */
public record OptimizerConfig(OptimizerKind kind, double learningRate, double beta1, double beta2) {

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
    if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
      throw new IllegalArgumentException("Adam betas must be in [0, 1)");
    }
  }

  /** The same settings with another learning rate. */
  public OptimizerConfig withLearningRate(double rate) {
    return new OptimizerConfig(kind, rate, beta1, beta2);
  }
}
