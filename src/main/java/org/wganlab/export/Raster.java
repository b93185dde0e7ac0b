package org.wganlab.export;

import org.wganlab.metrics.GridSpec;

/**
 * Turns a row-major grid of values into an ARGB pixel buffer: the heatmap of a value surface or of a
 * gradient-norm field.
 *
 * <p>Grids store row 0 at the bottom ({@code y = min}, as in {@link org.wganlab.metrics.GridSpec});
 * images store their top row first. The conversion flips the rows so the buffer can go straight into a
 * {@code BufferedImage} or a JavaFX {@code PixelWriter} with {@code y} pointing up on screen.
 */
public final class Raster {

  private Raster() {}

  /**
   * A new {@code resolution x resolution} ARGB buffer, top image row first. Values map linearly from
   * {@code [low, high]} onto the colour map and are clamped outside it; NaN becomes
   * {@link ColorMap#NAN_ARGB}. If {@code low == high} (a flat surface) every finite value gets the
   * middle colour.
   *
   * @throws IllegalArgumentException if the sizes disagree, the bounds are not finite or
   *     {@code high < low}
   */
  public static int[] toArgb(float[] values, int resolution, ColorMap map, double low, double high) {
    int[] out = new int[checkedSize(values, resolution)];
    toArgb(values, resolution, map, low, high, out);
    return out;
  }

  /**
   * Like {@link #toArgb(float[], int, ColorMap, double, double)} but fills {@code out}, so that a live
   * view can reuse one buffer per frame.
   */
  public static void toArgb(
      float[] values, int resolution, ColorMap map, double low, double high, int[] out) {
    int size = checkedSize(values, resolution);
    if (out.length != size) {
      throw new IllegalArgumentException("out must hold resolution^2 pixels");
    }
    if (!Double.isFinite(low) || !Double.isFinite(high) || high < low) {
      throw new IllegalArgumentException("need finite bounds with low <= high");
    }
    int last = ColorMap.size() - 1;
    // Index arithmetic done here rather than per pixel through argb(double): no division per pixel.
    double scale = high > low ? last / (high - low) : 0;
    double offset = high > low ? 0.5 : 0.5 + last / 2.0;
    for (int row = 0; row < resolution; row++) {
      int src = row * resolution;
      int dst = (resolution - 1 - row) * resolution;
      for (int col = 0; col < resolution; col++) {
        float v = values[src + col];
        if (v != v) {
          out[dst + col] = ColorMap.NAN_ARGB;
        } else {
          // The int cast saturates for infinities, so the clamp handles them too.
          int i = (int) ((v - low) * scale + offset);
          out[dst + col] = map.entry(i < 0 ? 0 : Math.min(i, last));
        }
      }
    }
  }

  /**
   * The smallest and largest finite values as {@code {min, max}}; {@code {0, 0}} if there is no finite
   * value, which {@link #toArgb} then draws in the middle colour.
   */
  public static double[] range(float[] values) {
    float lo = Float.POSITIVE_INFINITY;
    float hi = Float.NEGATIVE_INFINITY;
    for (float v : values) {
      if (Float.isFinite(v)) {
        if (v < lo) {
          lo = v;
        }
        if (v > hi) {
          hi = v;
        }
      }
    }
    return lo > hi ? new double[] {0, 0} : new double[] {lo, hi};
  }

  /**
   * Resamples a grid of values to {@code size x size} pixels by bilinear interpolation, row-major with
   * row 0 at the bottom like the input: a smooth heatmap at display resolution instead of blocky
   * enlarged grid cells. Output pixel centres map into the grid's view the way the figure
   * maps data points, so colours line up with contours and points. A pixel next to a NaN grid value
   * is NaN.
   */
  public static float[] resample(float[] values, GridSpec grid, int size) {
    int n = grid.resolution();
    if (values.length != grid.size() || size < 1) {
      throw new IllegalArgumentException("values must match the grid and size must be positive");
    }
    // Interpolation is separable: the grid index and weight of each output column (and row) once.
    int[] index = new int[size];
    float[] weight = new float[size];
    for (int p = 0; p < size; p++) {
      double g = (p + 0.5) / size * (n - 1);
      int i = Math.min((int) g, n - 2);
      index[p] = i;
      weight[p] = (float) (g - i);
    }
    float[] out = new float[size * size];
    for (int r = 0; r < size; r++) {
      int below = index[r] * n;
      int above = below + n;
      float wy = weight[r];
      for (int c = 0; c < size; c++) {
        int i = index[c];
        float wx = weight[c];
        float bottom = values[below + i] + wx * (values[below + i + 1] - values[below + i]);
        float top = values[above + i] + wx * (values[above + i + 1] - values[above + i]);
        out[r * size + c] = bottom + wy * (top - bottom);
      }
    }
    return out;
  }

  private static int checkedSize(float[] values, int resolution) {
    if (resolution < 1 || values.length != resolution * resolution) {
      throw new IllegalArgumentException(
          "values must hold resolution^2 = " + resolution + "^2 entries, got " + values.length);
    }
    return resolution * resolution;
  }
}
