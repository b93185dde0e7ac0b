package org.wganlab.metrics;

import java.util.Arrays;

/**
 * Counts of values in equal-width bins over {@code [min, max]}: the weight and gradient-norm
 * histograms of the app (clipping piles critic weights at +-c; a gradient penalty pulls ||grad D||
 * towards 1).
 *
 * <p>Bin {@code i} covers {@code [min + i * w, min + (i + 1) * w)} with {@code w = binWidth()}; the
 * last bin also includes {@code max}. Values outside the range are not dropped: anything below
 * {@code min} (including negative infinity) is counted in bin 0 and anything above {@code max}
 * (including positive infinity) in the last bin, so {@link #total()} equals the number of non-NaN
 * inputs. NaN values are skipped.
 *
 * @param min lower edge of the first bin
 * @param max upper edge of the last bin, greater than {@code min}
 * @param counts number of values per bin (copied on the way in and out)
 */
public record Histogram(double min, double max, long[] counts) {

  /** Validates and copies. */
  public Histogram {
    checkRange(min, max);
    if (counts.length == 0) {
      throw new IllegalArgumentException("a histogram needs at least one bin");
    }
    counts = counts.clone();
  }

  /**
   * Histogram of {@code values} over a fixed range; see the class comment for end bins and NaN.
   *
   * @throws IllegalArgumentException if {@code bins < 1} or the range is not finite with max > min
   */
  public static Histogram of(double[] values, int bins, double min, double max) {
    checkBins(bins);
    checkRange(min, max);
    long[] counts = new long[bins];
    double scale = bins / (max - min);
    for (double v : values) {
      if (v == v) {
        counts[binIndex(v, min, scale, bins)]++;
      }
    }
    return new Histogram(min, max, counts);
  }

  /**
   * Histogram of float {@code values} over a fixed range, without boxing or copying (critic weights
   * come as large float arrays); same rules as {@link #of(double[], int, double, double)}.
   */
  public static Histogram of(float[] values, int bins, double min, double max) {
    checkBins(bins);
    checkRange(min, max);
    long[] counts = new long[bins];
    double scale = bins / (max - min);
    for (float v : values) {
      if (v == v) {
        counts[binIndex(v, min, scale, bins)]++;
      }
    }
    return new Histogram(min, max, counts);
  }

  /**
   * Histogram over the range of the finite values themselves (no symmetry around 0 is assumed). A
   * constant sample {@code v} gets a range centred on it (half-width 0.5, more for huge {@code v});
   * with no finite value at all the range is {@code [0, 1]}. Infinite values still land in the end
   * bins.
   */
  public static Histogram of(double[] values, int bins) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    double[] range = widen(lo, hi);
    return of(values, bins, range[0], range[1]);
  }

  /** Float version of {@link #of(double[], int)}. */
  public static Histogram of(float[] values, int bins) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (float v : values) {
      if (Float.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    double[] range = widen(lo, hi);
    return of(values, bins, range[0], range[1]);
  }

  /** Number of bins. */
  public int bins() {
    return counts.length;
  }

  /** Count of bin {@code i}, without copying the counts. */
  public long count(int i) {
    return counts[i];
  }

  /** Width of every bin. */
  public double binWidth() {
    return (max - min) / counts.length;
  }

  /** Centre of bin {@code i}. */
  public double binCenter(int i) {
    return min + (i + 0.5) * binWidth();
  }

  /** Number of counted (non-NaN) values. */
  public long total() {
    long sum = 0;
    for (long c : counts) {
      sum += c;
    }
    return sum;
  }

  /** A copy of the counts per bin. */
  @Override
  public long[] counts() {
    return counts.clone();
  }

  /** Equal range and equal counts (compared by content). */
  @Override
  public boolean equals(Object other) {
    return other instanceof Histogram h
        && Double.compare(h.min, min) == 0
        && Double.compare(h.max, max) == 0
        && Arrays.equals(h.counts, counts);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return 31 * (31 * Double.hashCode(min) + Double.hashCode(max)) + Arrays.hashCode(counts);
  }

  /** A one-line summary: bins, range and total, not every count. */
  @Override
  public String toString() {
    return "Histogram[" + counts.length + " bins over [" + min + ", " + max + "], total=" + total() + "]";
  }

  /**
   * Bin of a non-NaN value, clamped to the end bins. The cast saturates for huge and infinite
   * arguments, so the clamp also covers values far outside the range.
   */
  private static int binIndex(double v, double min, double scale, int bins) {
    int i = (int) Math.floor((v - min) * scale);
    return i < 0 ? 0 : Math.min(i, bins - 1);
  }

  /** Checked before counting too, so a bad range fails before the pass over the data. */
  private static void checkRange(double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
      throw new IllegalArgumentException("histogram range must be finite with max > min");
    }
  }

  private static void checkBins(int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be at least 1, got " + bins);
    }
  }

  /** A usable range from a data min/max that may be empty (lo > hi) or degenerate (lo == hi). */
  private static double[] widen(double lo, double hi) {
    if (lo > hi) {
      return new double[] {0, 1};
    }
    if (lo == hi) {
      // 0.5 alone would vanish in rounding next to a huge value.
      double pad = Math.max(0.5, Math.abs(lo) * 1e-9);
      return new double[] {lo - pad, hi + pad};
    }
    return new double[] {lo, hi};
  }
}
