package org.wganlab.nn;

/**
 * A penalty on the norm of the critic's input gradient, phi(||grad_x D(x)||), averaged over a batch.
 * The critic differentiates the batch mean exactly, given phi and phi'.
 */
public interface NormPenalty {

  /** phi(n). */
  double value(double norm);

  /** phi'(n). */
  double derivative(double norm);
}
