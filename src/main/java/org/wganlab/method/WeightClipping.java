package org.wganlab.method;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.wganlab.data.Rng;
import org.wganlab.nn.Critic;

/**
 * WGAN's weight clipping: after every critic step, every parameter (weights and biases, as in the
 * original code) is clamped to [-c, c]. This is what piles the weight histogram up at +-c.
 */
final class WeightClipping implements LipschitzMethod {
  private final MethodConfig.Clipping config;

  WeightClipping(MethodConfig.Clipping config) {
    this.config = config;
  }

  @Override
  public MethodConfig config() {
    return config;
  }

  @Override
  public PenaltyTerm addPenalty(Critic critic, INDArray real, INDArray fake, Rng rng) {
    return PenaltyTerm.NONE;
  }

  @Override
  public void afterCriticStep(Critic critic) {
    INDArray params = critic.parameters();
    Transforms.max(params, -config.c(), false);
    Transforms.min(params, config.c(), false);
  }
}
