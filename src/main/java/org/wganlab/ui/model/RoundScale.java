package org.wganlab.ui.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The values a log-scale slider stops at: round numbers between a least and a most, so that a teacher
 * who drags gets 5e-4 or 0.01 and never 4.87e-4. Either the 1-2-5 series of each decade or the whole
 * numbers (W-div's power p).
 *
 * @param least smallest value, one of the stops
 * @param most largest value, one of the stops
 * @param wholeNumbers whether the stops are the whole numbers instead of the 1-2-5 series
 */
public record RoundScale(double least, double most, boolean wholeNumbers) {
  /** Learning rates: 1e-5 to 1e-2. */
  public static final RoundScale LEARNING_RATE = new RoundScale(1e-5, 1e-2, false);
  /** Clipping's c: 1e-4 to 1. */
  public static final RoundScale CLIP = new RoundScale(1e-4, 1, false);
  /** A penalty's weight lambda: 0.01 to 100. */
  public static final RoundScale LAMBDA = new RoundScale(0.01, 100, false);
  /** W-div's k: 0.1 to 10. */
  public static final RoundScale DIV_K = new RoundScale(0.1, 10, false);
  /** W-div's power p: 1 to 10. */
  public static final RoundScale DIV_P = new RoundScale(1, 10, true);

  /** Checks the range. */
  public RoundScale {
    if (!(least > 0 && most > least)) {
      throw new IllegalArgumentException("a log scale needs 0 < least < most, not " + least
          + " and " + most);
    }
  }

  /** The stops from least to most. */
  public List<Double> stops() {
    List<Double> stops = new ArrayList<>();
    if (wholeNumbers) {
      for (long v = Math.round(Math.ceil(least)); v <= most; v++) {
        stops.add((double) v);
      }
      return stops;
    }
    for (int decade = (int) Math.floor(Math.log10(least)); ; decade++) {
      for (int digit : new int[] {1, 2, 5}) {
        // Parsed from text, so that a stop is exactly the double the same number typed would be.
        double v = Double.parseDouble(digit + "e" + decade);
        if (v > most * (1 + 1e-9)) {
          return stops;
        }
        if (v >= least * (1 - 1e-9)) {
          stops.add(v);
        }
      }
    }
  }

  /** The stop nearest {@code value} on a log scale (the ends for values beyond them). */
  public double nearest(double value) {
    double log = Math.log10(value);
    double best = least;
    for (double stop : stops()) {
      if (Math.abs(Math.log10(stop) - log) < Math.abs(Math.log10(best) - log)) {
        best = stop;
      }
    }
    return best;
  }

  /** Where {@code value} sits on the slider: its log, kept within the scale. */
  public double position(double value) {
    return Math.max(Math.log10(least), Math.min(Math.log10(most), Math.log10(value)));
  }
}
