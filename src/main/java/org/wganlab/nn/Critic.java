package org.wganlab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A critic D: R^d -> R as the Lipschitz methods and the trainer see it. Nothing here assumes an MLP; a
 * convolutional critic implements the same contract. Batches are {@code n x d} matrices, one row per
 * point.
 *
 * <p>"Accumulate" methods add d/d(theta) of a scalar into {@link #gradient()}; they never zero it.
 */
public interface Critic extends Network {

  /** Input dimension d. */
  int inputDim();

  /** D(x) for each row, an {@code n x 1} column. */
  INDArray values(INDArray x);

  /**
   * Adds d/d(theta) of {@code sum_i weights_i D(x_i)} to the gradient and returns D(x).
   *
   * @param weights {@code n x 1}, e.g. {@code +1/n} for fake rows and {@code -1/n} for real rows
   */
  INDArray accumulateValueGradient(INDArray x, INDArray weights);

  /** D(x) and grad_x D(x) for each row from one forward and one backward pass. */
  Readout readout(INDArray x);

  /**
   * D(x) ({@code n x 1}) and grad_x D(x) ({@code n x d}) of a batch.
   *
   * @param values critic values
   * @param inputGradients input gradients, one row per point
   */
  record Readout(INDArray values, INDArray inputGradients) {
  }

  /** grad_x of {@code sum_i weights_i D(x_i)}, an {@code n x d} matrix; the gradient is untouched. */
  INDArray inputGradient(INDArray x, INDArray weights);

  /**
   * Adds the exact d/d(theta) of {@code mean_i phi(||grad_x D(x_i)||)} (double backprop) to the
   * gradient. Norms are computed as {@code sqrt(|g|^2 + 1e-12)} so that a zero gradient stays
   * differentiable.
   */
  PenaltyEvaluation accumulateNormPenalty(INDArray x, NormPenalty penalty);

  /**
   * Frobenius norm of d/dh_l of {@code sum_i weights_i D(x_i)} for each hidden layer's activations
   * h_l, input side first: the quantity of the WGAN-GP paper's Figure 1b. The gradient is untouched.
   */
  double[] activationGradientNorms(INDArray x, INDArray weights);
}
