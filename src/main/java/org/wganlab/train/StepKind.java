package org.wganlab.train;

/** What a single step does. */
public enum StepKind {
  /** One critic step. */
  CRITIC,
  /** One generator step. */
  GENERATOR,
  /** One whole iteration: n_critic critic steps and a generator step. */
  ITERATION
}
