package org.wganlab.figures;

import org.wganlab.metrics.Surface;

/**
 * How complex a value surface is, measured as the total variation of the surface rescaled to [0, 1]:
 * the sum of the absolute differences between neighbouring grid values along every row and every
 * column, divided by the grid's resolution.
 *
 * <p>Why this measure: a WGAN critic is defined up to an added constant and, between methods, up to
 * a scale (clipping's critic is tiny), so the surface is first rescaled to [0, 1]. Any monotone ramp
 * (a plane, whatever its direction) then scores 1, each further rise and fall along the rows and
 * columns adds about 1, and fine ripples add in proportion to their height. Unlike a count of local
 * extrema it does not depend on a tolerance for flat regions, and it is deterministic.
 */
final class SurfaceComplexity {
  private SurfaceComplexity() {
  }

  /** The normalised total variation of {@code surface}'s values (0 for a constant surface). */
  static double totalVariation(Surface surface) {
    float[] v = surface.values();
    int n = surface.grid().resolution();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (float x : v) {
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    if (!(max > min)) {
      return 0;
    }
    double sum = 0;
    for (int row = 0; row < n; row++) {
      for (int col = 0; col < n; col++) {
        double here = v[row * n + col];
        if (col + 1 < n) {
          sum += Math.abs(v[row * n + col + 1] - here);
        }
        if (row + 1 < n) {
          sum += Math.abs(v[(row + 1) * n + col] - here);
        }
      }
    }
    return sum / (max - min) / n;
  }
}
