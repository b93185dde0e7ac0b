package org.wganlab.ui.panel;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.metrics.GridSpec;
import org.wganlab.ui.model.SurfaceField;

/**
 * Colours and contour lines of a surface. Temporary: to be replaced by the export package's Raster
 * and Contours (same maths, shared with the command line's figures) as soon as they are available.
 */
final class SurfaceGraphics {
  private static final int[][] VALUE_STOPS = {
      {0x2b, 0x4c, 0x7e}, {0x5f, 0x8f, 0xc0}, {0xf2, 0xf2, 0xf2}, {0xe8, 0x9a, 0x6b}, {0xa6, 0x3d, 0x40}};
  private static final int[][] MAGNITUDE_STOPS = {
      {0x0d, 0x08, 0x87}, {0x7e, 0x03, 0xa8}, {0xcc, 0x47, 0x78}, {0xf8, 0x95, 0x40}, {0xf0, 0xf9, 0x21}};

  private SurfaceGraphics() {
  }

  /** [min, max] of the finite values. */
  static double[] range(float[] values) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (float v : values) {
      if (Float.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return lo > hi ? new double[] {0, 1} : new double[] {lo, hi};
  }

  /** ARGB pixels, top image row first (grid row 0 is the bottom). */
  static int[] argb(float[] values, int resolution, SurfaceField field, double low, double high) {
    int[] out = new int[values.length];
    int[][] stops = field == SurfaceField.VALUE ? VALUE_STOPS : MAGNITUDE_STOPS;
    double span = high > low ? high - low : 1;
    for (int row = 0; row < resolution; row++) {
      int target = (resolution - 1 - row) * resolution;
      for (int col = 0; col < resolution; col++) {
        float v = values[row * resolution + col];
        double t = Float.isFinite(v) ? Math.max(0, Math.min(1, (v - low) / span)) : 0;
        out[target + col] = colour(stops, t);
      }
    }
    return out;
  }

  private static int colour(int[][] stops, double t) {
    double x = t * (stops.length - 1);
    int i = Math.min(stops.length - 2, (int) x);
    double f = x - i;
    int r = (int) Math.round(stops[i][0] + f * (stops[i + 1][0] - stops[i][0]));
    int g = (int) Math.round(stops[i][1] + f * (stops[i + 1][1] - stops[i][1]));
    int b = (int) Math.round(stops[i][2] + f * (stops[i + 1][2] - stops[i][2]));
    return 0xff000000 | (r << 16) | (g << 8) | b;
  }

  /** {@code count} evenly spaced levels strictly inside the range. */
  static double[] levels(float[] values, int count) {
    double[] range = range(values);
    double[] out = new double[count];
    for (int i = 0; i < count; i++) {
      out[i] = range[0] + (range[1] - range[0]) * (i + 1) / (count + 1);
    }
    return out;
  }

  /** Marching-squares segments {x1, y1, x2, y2} of the level line, in data coordinates. */
  static List<double[]> segments(float[] values, GridSpec grid, double level) {
    int n = grid.resolution();
    List<double[]> out = new ArrayList<>();
    for (int row = 0; row < n - 1; row++) {
      for (int col = 0; col < n - 1; col++) {
        double a = values[row * n + col] - level;
        double b = values[row * n + col + 1] - level;
        double c = values[(row + 1) * n + col + 1] - level;
        double d = values[(row + 1) * n + col] - level;
        double[] xs = new double[4];
        double[] ys = new double[4];
        int k = 0;
        double x0 = grid.coordinate(col);
        double x1 = grid.coordinate(col + 1);
        double y0 = grid.coordinate(row);
        double y1 = grid.coordinate(row + 1);
        if ((a < 0) != (b < 0)) {
          xs[k] = x0 + (x1 - x0) * a / (a - b);
          ys[k++] = y0;
        }
        if ((b < 0) != (c < 0)) {
          xs[k] = x1;
          ys[k++] = y0 + (y1 - y0) * b / (b - c);
        }
        if ((c < 0) != (d < 0)) {
          xs[k] = x1 + (x0 - x1) * c / (c - d);
          ys[k++] = y1;
        }
        if ((d < 0) != (a < 0)) {
          xs[k] = x0;
          ys[k++] = y1 + (y0 - y1) * d / (d - a);
        }
        if (k >= 2) {
          out.add(new double[] {xs[0], ys[0], xs[1], ys[1]});
        }
        if (k == 4) {
          out.add(new double[] {xs[2], ys[2], xs[3], ys[3]});
        }
      }
    }
    return out;
  }
}
