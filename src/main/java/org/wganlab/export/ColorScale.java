package org.wganlab.export;

import org.wganlab.metrics.GridSpec;

/**
 * How a heatmap turns values into colours, and what its colour bar must say about it: the map, the
 * values at its two ends, whether values above the top end get a colour of their own, the level that
 * is marked on the bar, and whether the surface is too flat to be drawn as a landscape.
 *
 * <p>Two rules make the pictures of different runs comparable. The gradient norm has a natural unit
 * (a 1-Lipschitz critic has norms of at most 1, and a gradient penalty pulls them to 1), so every
 * panel draws it on the one fixed scale of {@link #gradientNorm()}, with 1 in the middle and norms
 * beyond the top end in {@link #OVER_ARGB} instead of the darkest colour. The critic's value has no
 * unit and no meaningful offset; a surface whose whole span is a speck next to what a 1-Lipschitz
 * critic could reach over the same view (clipping's almost constant critic) is {@linkplain #flat()
 * flat}: it is painted in one colour rather than stretching rounding noise into a landscape.
 *
 * @param map the colour map
 * @param low the value drawn in the map's first colour
 * @param high the value drawn in the map's last colour, at least {@code low}
 * @param marksOver whether values above {@code high} are drawn in {@link #OVER_ARGB}
 * @param mark a value the colour bar marks (1 for gradient norms), or NaN for none
 * @param flat whether the surface's span is too small to show: one colour for all of it
 */
public record ColorScale(ColorMap map, double low, double high, boolean marksOver, double mark,
    boolean flat) {

  /** Top of the fixed gradient-norm scale: twice the norm a gradient penalty aims for. */
  public static final double NORM_TOP = 2;

  /** Colour of norms above {@link #NORM_TOP}: a red that neither map nor the point layers use. */
  public static final int OVER_ARGB = 0xffd7191c;

  /**
   * A value surface is flat when its span is below this fraction of the span a 1-Lipschitz critic
   * could have over the view (the view's diagonal): a thousandth, far below what a contour or a
   * colour can show honestly, far above float rounding.
   */
  public static final double FLAT_FRACTION = 1e-3;

  /** Validates. */
  public ColorScale {
    if (map == null || !Double.isFinite(low) || !Double.isFinite(high) || high < low) {
      throw new IllegalArgumentException("need a map and finite bounds with low <= high");
    }
  }

  /** ||grad_x D|| on the one scale every panel shares: 0 to {@link #NORM_TOP}, 1 marked. */
  public static ColorScale gradientNorm() {
    return new ColorScale(ColorMap.MAGNITUDE, 0, NORM_TOP, true, 1, false);
  }

  /**
   * D(x) over its own range {@code [low, high]} on {@code grid}; flat (one colour) when that span is
   * below {@link #FLAT_FRACTION} of what a 1-Lipschitz critic could reach over the grid.
   */
  public static ColorScale value(double low, double high, GridSpec grid) {
    return value(low, high, high - low, grid);
  }

  /**
   * D(x) with a span shared by several surfaces: the colours run over {@code span} centred on this
   * surface's own middle (a constant added to a critic changes nothing, so levels are compared, not
   * offsets). Flatness is judged on the surface's own span.
   */
  public static ColorScale value(double low, double high, double span, GridSpec grid) {
    double middle = (low + high) / 2;
    if (isFlat(high - low, grid)) {
      return new ColorScale(ColorMap.VALUE, middle, middle, false, Double.NaN, true);
    }
    double half = Math.max(span, high - low) / 2;
    return new ColorScale(ColorMap.VALUE, middle - half, middle + half, false, Double.NaN, false);
  }

  /** Whether a value surface spanning {@code span} over {@code grid} is too flat to draw. */
  public static boolean isFlat(double span, GridSpec grid) {
    return !(span >= FLAT_FRACTION * lipschitzSpan(grid));
  }

  /** The largest span a 1-Lipschitz function can have over the grid's square: its diagonal. */
  public static double lipschitzSpan(GridSpec grid) {
    return grid.side() * Math.sqrt(2);
  }

  /** Position of {@code value} along the map, 0 at {@code low} and 1 at {@code high}. */
  public double position(double value) {
    return high > low ? (value - low) / (high - low) : 0.5;
  }

  /** About {@code target} round values inside the scale for a colour bar's ticks. */
  public double[] ticks(int target) {
    return Axes.ticks(low, high, target);
  }

  /** A tick label for {@code value} with as many decimals as ticks about {@code target} apart need. */
  public String tickLabel(double value, int target) {
    return Axes.label(value, high > low ? Axes.step(low, high, target) : Math.abs(value) / 100);
  }

  /** Fills {@code out} with the heatmap of a {@code resolution}-square grid, top image row first. */
  public void paint(float[] values, int resolution, int[] out) {
    Raster.toArgb(values, resolution, map, low, high, out);
    if (marksOver) {
      // The same row flip as the raster's: grid row 0 is the bottom image row.
      int n = resolution;
      for (int row = 0; row < n; row++) {
        int src = row * n;
        int dst = (n - 1 - row) * n;
        for (int col = 0; col < n; col++) {
          if (values[src + col] > high) {
            out[dst + col] = OVER_ARGB;
          }
        }
      }
    }
  }

  /** Whether any finite or infinite value lies above the top of a scale that marks them. */
  public boolean anyOver(float[] values) {
    if (!marksOver) {
      return false;
    }
    for (float v : values) {
      if (v > high) {
        return true;
      }
    }
    return false;
  }
}
