package org.wganlab.method;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.wganlab.data.Rng;
import org.wganlab.nn.Critic;

/**
 * The shape shared by methods that add nothing to the loss and, if anything, act on the weights after
 * each critic step: clipping, spectral normalisation, and no constraint.
 */
abstract class WeightConstraint implements LipschitzMethod {
  private final MethodConfig config;

  WeightConstraint(MethodConfig config) {
    this.config = config;
  }

  @Override
  public final MethodConfig config() {
    return config;
  }

  @Override
  public final PenaltyTerm addPenalty(Critic critic, INDArray real, INDArray fake, Rng rng) {
    return PenaltyTerm.NONE;
  }
}
