package org.wganlab.train;

/**
 * Which of the costlier measurements an evaluation includes; the rest are always cheap enough.
 *
 * @param surface the value surface and gradient-norm field on the grid
 * @param exactW1 the exact W1 by optimal assignment (O(n^3))
 */
public record EvaluationRequest(boolean surface, boolean exactW1) {
  /** Everything. */
  public static final EvaluationRequest FULL = new EvaluationRequest(true, true);
  /** Everything but the exact W1. */
  public static final EvaluationRequest LIVE = new EvaluationRequest(true, false);
}
