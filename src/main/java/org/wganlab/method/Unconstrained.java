package org.wganlab.method;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.wganlab.nn.Critic;

/**
 * No Lipschitz constraint: the bare WGAN loss. Shown for contrast; its critic's values grow without
 * bound and the run usually diverges, which the app reports instead of crashing.
 */
final class Unconstrained extends WeightConstraint {

  Unconstrained(MethodConfig config) {
    super(config);
  }

  @Override
  public void afterCriticStep(Critic critic) {
    // Nothing to enforce.
  }
}
