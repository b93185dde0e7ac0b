package org.wganlab.method;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.wganlab.nn.Critic;

/**
 * WGAN's weight clipping: after every critic step, every parameter (weights and biases, as in the
 * original code) is clamped to [-c, c]. This is what piles the weight histogram up at +-c.
 */
final class WeightClipping extends WeightConstraint {
  private final double c;

  WeightClipping(MethodConfig.Clipping config) {
    super(config);
    this.c = config.c();
  }

  @Override
  public void afterCriticStep(Critic critic) {
    INDArray params = critic.parameters();
    Transforms.max(params, -c, false);
    Transforms.min(params, c, false);
  }
}
