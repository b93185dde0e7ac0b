package org.wganlab.method;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.wganlab.data.Rng;
import org.wganlab.nn.Critic;

/**
 * No Lipschitz constraint: the bare WGAN loss. Shown for contrast; its critic's values grow without
 * bound and the run usually diverges, which the app reports instead of crashing.
 */
final class Unconstrained implements LipschitzMethod {
  private final MethodConfig config;

  Unconstrained(MethodConfig config) {
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
    // Nothing to enforce.
  }
}
