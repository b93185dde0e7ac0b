package org.wganlab.export;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import org.wganlab.metrics.GridSpec;

/**
 * Where the parts of a {@link SurfaceFigure} go. Everything scales with the width, designed at 600 px:
 * a square plot with room on the left for the y ticks, on the right for the colour bar, above for the
 * title and below for the x ticks and the legend.
 *
 * @param scale width / 600 but at least 0.8, the factor applied to every length, font and stroke
 * @param width image width in pixels
 * @param height image height in pixels
 * @param left x of the plot's left edge
 * @param top y of the plot's top edge
 * @param plotSize side of the square plot in pixels
 */
record FigureLayout(double scale, int width, int height, int left, int top, int plotSize) {

  /** Narrowest figure whose labels still fit. */
  static final int MIN_WIDTH = 240;

  /** Widest figure, to keep a mistyped width from allocating gigabytes. */
  static final int MAX_WIDTH = 8000;

  /** The layout of a figure {@code width} pixels wide. */
  static FigureLayout of(int width) {
    if (width < MIN_WIDTH || width > MAX_WIDTH) {
      throw new IllegalArgumentException(
          "figure width must be in [" + MIN_WIDTH + ", " + MAX_WIDTH + "] px, got " + width);
    }
    // Below 480 px the scale stops shrinking: labels stay legible and the plot takes the loss.
    double s = Math.max(width / 600.0, 0.8);
    int left = (int) Math.round(58 * s);
    int right = (int) Math.round(94 * s);
    int top = (int) Math.round(40 * s);
    int bottom = (int) Math.round(80 * s);
    int plot = width - left - right;
    return new FigureLayout(s, width, top + plot + bottom, left, top, plot);
  }

  /** The square plot area. */
  Rectangle plot() {
    return new Rectangle(left, top, plotSize, plotSize);
  }

  /** The colour bar: as tall as the plot, a little to its right. */
  Rectangle colorBar() {
    return new Rectangle(
        left + plotSize + (int) Math.round(20 * scale), top, (int) Math.round(14 * scale), plotSize);
  }

  /** Baseline of the legend line, at the bottom of the figure. */
  double legendBaseline() {
    return height - 12 * scale;
  }

  /**
   * Pixel position of data point (x, y): the square plot spans the grid's view, y pointing up. Pixel
   * edges are at integer coordinates, as in Java 2D.
   */
  Point2D toPixel(GridSpec grid, double x, double y) {
    double span = grid.side();
    return new Point2D.Double(
        left + (x - grid.xMin()) / span * plotSize, top + (grid.yMax() - y) / span * plotSize);
  }
}
