package org.wganlab.method;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.wganlab.data.Rng;
import org.wganlab.nn.Critic;
import org.wganlab.nn.NormPenalty;
import org.wganlab.nn.PenaltyEvaluation;

/**
 * A penalty phi(||grad_x D||) averaged over points drawn from r(x): the shape shared by the gradient
 * penalties and the Wasserstein divergence, which differ only in phi and in their default r(x).
 */
final class NormPenaltyMethod implements LipschitzMethod {
  private final MethodConfig config;
  private final PenaltySamples samples;
  private final NormPenalty phi;

  NormPenaltyMethod(MethodConfig config, PenaltySamples samples, NormPenalty phi) {
    this.config = config;
    this.samples = samples;
    this.phi = phi;
  }

  @Override
  public MethodConfig config() {
    return config;
  }

  @Override
  public PenaltyTerm addPenalty(Critic critic, INDArray real, INDArray fake, Rng rng) {
    INDArray points = samples.draw(real, fake, rng, critic.memory());
    PenaltyEvaluation evaluation = critic.accumulateNormPenalty(points, phi);
    return new PenaltyTerm(evaluation.value(), points, evaluation.gradientNorms());
  }

  @Override
  public void afterCriticStep(Critic critic) {
    // The penalty acts through the loss; the weights are left as the optimiser made them.
  }
}
