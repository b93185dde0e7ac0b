package org.wganlab.figures;

import java.util.Arrays;

/** The few summary statistics the claims use, on plain arrays. */
final class Stats {
  private Stats() {
  }

  /** The arithmetic mean. */
  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }




  /** max - min. */
  static double range(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN) - Arrays.stream(values).min().orElse(Double.NaN);
  }

  /**
   * The share of values equal to one of the two most frequent values: near 1 when clipping has put
   * the weights on +-c, near 0 for weights spread over a continuum.
   */
  static double shareOfTwoCommonest(float[] values) {
    float[] sorted = values.clone();
    Arrays.sort(sorted);
    int best = 0;
    int second = 0;
    int run = 0;
    for (int i = 0; i < sorted.length; i++) {
      run = i > 0 && Float.compare(sorted[i], sorted[i - 1]) == 0 ? run + 1 : 1;
      boolean runEnds = i + 1 == sorted.length || Float.compare(sorted[i + 1], sorted[i]) != 0;
      if (runEnds) {
        if (run > best) {
          second = best;
          best = run;
        } else if (run > second) {
          second = run;
        }
      }
    }
    return (double) (best + second) / values.length;
  }
}
