package org.wganlab.metrics;

import java.util.Arrays;
import java.util.Locale;
import org.wganlab.data.ModeLayout;

/**
 * Mode coverage of generated points on a Gaussian mixture (8 or 25 gaussians): how many modes the
 * generator reaches and how many of its points are good samples.
 *
 * <p>The rule, applied by {@link #measure(ModeLayout, double[])} to {@code n} generated points and
 * {@code K} modes:
 *
 * <ul>
 *   <li>a point is <em>high quality</em> if its Euclidean distance to the nearest centre is at most
 *       {@code 3 * std} (the boundary counts); it is then credited to that nearest mode;
 *   <li>a mode is <em>captured</em> if it is credited with at least {@code CAPTURE_SHARE * n / K}
 *       high-quality points, i.e. a fifth of what a perfect generator spreading its points evenly would
 *       give it, and with at least one point. A share rather than a fixed count keeps the verdict
 *       independent of the sample size.
 * </ul>
 *
 * @param modesCaptured number of captured modes
 * @param modeCount number of modes of the layout
 * @param highQualityFraction high-quality points divided by all points, in [0, 1]
 * @param highQualityPerMode high-quality points credited to each mode, in the layout's centre order
 *     (copied on the way in and out)
 */
public record ModeCoverage(
    int modesCaptured, int modeCount, double highQualityFraction, int[] highQualityPerMode) {

  /** A mode needs this fraction of the uniform share {@code n / K} of points to count as captured. */
  public static final double CAPTURE_SHARE = 0.2;

  /** High-quality radius in units of the mode's standard deviation. */
  public static final double QUALITY_RADIUS_STDS = 3.0;

  /** Validates and copies. */
  public ModeCoverage {
    if (highQualityPerMode.length != modeCount || modesCaptured < 0 || modesCaptured > modeCount) {
      throw new IllegalArgumentException("inconsistent mode counts");
    }
    highQualityPerMode = highQualityPerMode.clone();
  }

  /**
   * Applies the rule of the class comment to interleaved generated {@code points}. No points means
   * nothing captured and a fraction of 0; points with a NaN coordinate are never high quality.
   *
   * @throws IllegalArgumentException if {@code points} has an odd length
   */
  public static ModeCoverage measure(ModeLayout layout, double[] points) {
    return fromCounts(highQualityCounts(layout, points), points.length / 2);
  }

  /**
   * The high-quality points among interleaved {@code points} credited to each mode, in the layout's
   * centre order (the first half of the rule of the class comment).
   *
   * @throws IllegalArgumentException if {@code points} has an odd length
   */
  public static int[] highQualityCounts(ModeLayout layout, double[] points) {
    if (points.length % 2 != 0) {
      throw new IllegalArgumentException("points must hold x,y pairs");
    }
    double[] centres = layout.centres();
    int modes = layout.modeCount();
    double radius = QUALITY_RADIUS_STDS * layout.std();
    int[] perMode = new int[modes];
    for (int p = 0; p < points.length; p += 2) {
      int nearest = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int m = 0; m < modes; m++) {
        double dx = points[p] - centres[2 * m];
        double dy = points[p + 1] - centres[2 * m + 1];
        double d2 = dx * dx + dy * dy;
        if (d2 < best) {
          best = d2;
          nearest = m;
        }
      }
      // The square root only once per point: the comparison is then literally "distance <= 3 std".
      if (nearest >= 0 && Math.sqrt(best) <= radius) {
        perMode[nearest]++;
      }
    }
    return perMode;
  }

  /**
   * The verdict of the rule of the class comment on high-quality counts per mode among {@code n}
   * generated points (the second half of the rule; {@code n} may pool several samples).
   */
  public static ModeCoverage fromCounts(int[] perMode, int n) {
    double needed = CAPTURE_SHARE * n / perMode.length;
    int captured = 0;
    long highQuality = 0;
    for (int count : perMode) {
      highQuality += count;
      if (count > 0 && count >= needed) {
        captured++;
      }
    }
    double fraction = n == 0 ? 0.0 : (double) highQuality / n;
    return new ModeCoverage(captured, perMode.length, fraction, perMode);
  }

  /** A copy of the high-quality counts per mode. */
  @Override
  public int[] highQualityPerMode() {
    return highQualityPerMode.clone();
  }

  /** Equal numbers, with the per-mode counts compared by content. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ModeCoverage c
        && c.modesCaptured == modesCaptured
        && c.modeCount == modeCount
        && Double.compare(c.highQualityFraction, highQualityFraction) == 0
        && Arrays.equals(c.highQualityPerMode, highQualityPerMode);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    int h = 31 * modesCaptured + modeCount;
    h = 31 * h + Double.hashCode(highQualityFraction);
    return 31 * h + Arrays.hashCode(highQualityPerMode);
  }

  /** A one-line summary such as {@code 7/8 modes, 93.4% high quality}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ModeCoverage[%d/%d modes, %.1f%% high quality, per mode %s]",
        modesCaptured,
        modeCount,
        100 * highQualityFraction,
        Arrays.toString(highQualityPerMode));
  }
}
