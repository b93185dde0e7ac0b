package org.wganlab.figures;

/**
 * A claim of a paper measured on runs that are still training: the number so far, the threshold and
 * a verdict that may still change. A claim is "not yet" until the runs have trained long enough for it
 * to be judged (the iteration is named in the detail), whatever the number so far; then "held" or
 * "not held".
 *
 * @param claim the claim in words
 * @param measured the number the verdict rests on, or NaN while there is nothing to measure
 * @param threshold the rule, e.g. "in [0.9, 1.1]"
 * @param verdict held, not yet, or not held
 * @param detail the numbers behind the measurement, or what is missing, in words
 */
public record LiveClaim(String claim, double measured, String threshold, Verdict verdict,
    String detail) {

  /** Where a live claim stands. */
  public enum Verdict {
    /** The measured number satisfies the threshold. */
    HELD("held"),
    /** Not measured yet, or not satisfied before the runs have trained long enough. */
    NOT_YET("not yet"),
    /** Not satisfied after the runs have trained long enough. */
    NOT_HELD("not held");

    private final String words;

    Verdict(String words) {
      this.words = words;
    }

    /** "held", "not yet" or "not held". */
    public String words() {
      return words;
    }
  }

  /**
   * {@code measured} judged at {@code iteration}: not yet before iteration {@code judgedFrom}; from
   * then on held when it satisfies its threshold, otherwise not held.
   */
  static LiveClaim judged(Claim measured, int iteration, int judgedFrom) {
    // Before its iteration a claim is not judged either way: an untrained critic that happens to
    // satisfy the threshold teaches nothing (GP's layers "held" at iteration 0).
    Verdict verdict = iteration < judgedFrom ? Verdict.NOT_YET
        : measured.held() ? Verdict.HELD : Verdict.NOT_HELD;
    String when = String.format(java.util.Locale.ROOT, "iteration %,d, judged from %,d", iteration,
        judgedFrom);
    return new LiveClaim(measured.claim(), measured.measured(), measured.threshold(), verdict,
        measured.detail().isEmpty() ? when : measured.detail() + "; " + when);
  }

  /** A claim with nothing to measure yet, and why. */
  static LiveClaim waiting(String claim, String threshold, String why) {
    return new LiveClaim(claim, Double.NaN, threshold, Verdict.NOT_YET, why);
  }

  /** The measured number in the claims' short form, or a dash while there is none. */
  public String measuredText() {
    return Double.isNaN(measured) ? "\u2013" : Claim.number(measured);
  }
}
