package org.wganlab.train;

/** What a single step does. */
public enum StepKind {
  /** One critic step. */
  CRITIC("critic step"),
  /** One generator step. */
  GENERATOR("generator step"),
  /** One whole iteration: n_critic critic steps and a generator step. */
  ITERATION("iteration");

  private final String words;

  StepKind(String words) {
    this.words = words;
  }

  /** The step in words ("critic step"). */
  public String words() {
    return words;
  }
}
