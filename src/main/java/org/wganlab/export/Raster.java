package org.wganlab.export;

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

  private static int checkedSize(float[] values, int resolution) {
    if (resolution < 1 || values.length != resolution * resolution) {
      throw new IllegalArgumentException(
          "values must hold resolution^2 = " + resolution + "^2 entries, got " + values.length);
    }
    return resolution * resolution;
  }
}
