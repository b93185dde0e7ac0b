package org.wganlab.method;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a penalty added in one critic step.
 *
 * @param value the penalty's contribution to the critic loss
 * @param points the points where the penalty was evaluated ({@code m x d}), or null; valid only
 *     during the step that produced it (it may live in the step's workspace)
 * @param gradientNorms ||grad_x D|| at those points (empty when there are none)
 */
public record PenaltyTerm(double value, INDArray points, double[] gradientNorms) {

  /** The term of a method without a penalty. */
  public static final PenaltyTerm NONE = new PenaltyTerm(0.0, null, new double[0]);
}
