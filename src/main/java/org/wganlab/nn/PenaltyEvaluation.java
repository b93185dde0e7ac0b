package org.wganlab.nn;

/**
 * Result of {@link Critic#accumulateNormPenalty}.
 *
 * @param value the batch mean of phi(||grad_x D||)
 * @param gradientNorms ||grad_x D(x_i)|| for each row of the batch
 */
public record PenaltyEvaluation(double value, double[] gradientNorms) {
}
