package org.wganlab.figures;

import java.util.List;
import java.util.Locale;
import org.wganlab.export.CsvTable;

/**
 * One claim of a paper measured on this program's runs: what is claimed, the number measured, the
 * threshold it is held to and whether it held, with the other numbers that explain it.
 *
 * @param claim the claim in words
 * @param measured the number the verdict rests on
 * @param threshold the rule, e.g. "in [0.9, 1.1]" or "< 0.5"
 * @param held whether {@code measured} satisfies the threshold
 * @param detail the numbers behind the measurement, in words
 */
public record Claim(String claim, double measured, String threshold, boolean held, String detail) {

  /** A claim that holds when {@code measured} is in {@code [low, high]}. */
  static Claim between(String claim, double measured, double low, double high, String detail) {
    return new Claim(claim, measured, "in [" + number(low) + ", " + number(high) + "]",
        measured >= low && measured <= high, detail);
  }

  /** A claim that holds when {@code measured} is below {@code limit}. */
  static Claim below(String claim, double measured, double limit, String detail) {
    return new Claim(claim, measured, "< " + number(limit), measured < limit, detail);
  }

  /** A claim that holds when {@code measured} is above {@code limit}. */
  static Claim above(String claim, double measured, double limit, String detail) {
    return new Claim(claim, measured, "> " + number(limit), measured > limit, detail);
  }

  /** "held" or "not held". */
  public String verdict() {
    return held ? "held" : "not held";
  }

  /** The claims as {@code claims.csv}: claim, measured, threshold, verdict, detail. */
  public static CsvTable table(List<Claim> claims) {
    CsvTable table = new CsvTable("claim", "measured", "threshold", "verdict", "detail");
    for (Claim c : claims) {
      table.addRow(c.claim(), c.measured(), c.threshold(), c.verdict(), c.detail());
    }
    return table;
  }

  /** A number in the short form the claims use: four significant digits. */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.4g", value).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2")
        .replaceFirst("\\.(e|$)", "$1");
  }
}
