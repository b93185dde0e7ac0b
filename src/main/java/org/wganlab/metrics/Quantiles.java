package org.wganlab.metrics;

import java.util.Arrays;

/** Quantiles of plain arrays, linear between order statistics, as the metrics and claims read them. */
public final class Quantiles {
  private Quantiles() {
  }

  /** The {@code q} quantile (0 to 1) of values already sorted ascending. */
  public static double quantile(double[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int low = (int) Math.floor(position);
    int high = Math.min(low + 1, sorted.length - 1);
    return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
  }

  /** The median of {@code values} (mean of the two middle values for an even count); sorts a copy. */
  public static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return quantile(sorted, 0.5);
  }
}
