package org.wganlab.method;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.wganlab.data.Rng;
import org.wganlab.nn.Critic;

/**
 * One way of keeping a WGAN critic (approximately) 1-Lipschitz. Each critic step of a run calls
 * {@link #addPenalty} after the Wasserstein loss has been backpropagated and before the optimiser
 * step, then {@link #afterCriticStep} after it. A method sees the critic only through {@link Critic},
 * so it works for any architecture.
 *
 * <p>Implementations are small, stateless or owning only their own state (spectral normalisation's
 * power-iteration vectors), and used by one training thread.
 */
public interface LipschitzMethod {

  /** The settings this method was made from. */
  MethodConfig config();

  /**
   * Adds the gradient of the method's penalty term to {@code critic.gradient()} for one critic batch
   * ({@code real} and {@code fake} are {@code n x d}) and reports it. Methods without a penalty return
   * {@link PenaltyTerm#NONE} and touch nothing.
   */
  PenaltyTerm addPenalty(Critic critic, INDArray real, INDArray fake, Rng rng);

  /** Enforces a constraint directly on the weights after each critic optimiser step. */
  void afterCriticStep(Critic critic);

  /** The method's own state, for a saved run (empty for a stateless method). */
  default float[] state() {
    return new float[0];
  }

  /**
   * Takes back a {@link #state()} of the same method on the same critic, in a method that has not
   * stepped yet.
   *
   * @throws IllegalArgumentException when a stateless method is given a state
   */
  default void restore(float[] state) {
    if (state.length != 0) {
      throw new IllegalArgumentException(config().label() + " keeps no state, but " + state.length
          + " values were saved for it");
    }
  }
}
