package org.wganlab.ui.panel;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.wganlab.metrics.GridSpec;

/**
 * Strokes in a surface's coordinates on the square canvas over its heatmap: contour segments, point
 * clouds and gradient arrows. The grid's square maps onto the canvas's {@code side} pixels, y upwards.
 */
final class OverlayStrokes {
  /** Every how many generated points an arrow is drawn: all of them would be a thicket. */
  private static final int ARROW_STRIDE = 4;
  /** Length of the longest arrow; the others are scaled to it. */
  private static final double ARROW_PIXELS = 18;
  private final GraphicsContext g;
  private final GridSpec grid;
  private final double side;

  OverlayStrokes(GraphicsContext g, GridSpec grid, double side) {
    this.g = g;
    this.grid = grid;
    this.side = side;
  }

  /** Line segments {x0, y0, x1, y1} in the current stroke. */
  void segments(List<double[]> segments) {
    g.beginPath();
    for (double[] s : segments) {
      g.moveTo(px(s[0]), py(s[1]));
      g.lineTo(px(s[2]), py(s[3]));
    }
    g.stroke();
  }

  /** The first {@code limit} of the interleaved points {@code xy} as squares of {@code diameter}. */
  void dots(double[] xy, Color colour, double diameter, int limit) {
    g.setFill(colour);
    int count = Math.min(limit, xy.length / 2);
    double r = diameter / 2;
    for (int i = 0; i < count; i++) {
      g.fillRect(px(xy[2 * i]) - r, py(xy[2 * i + 1]) - r, diameter, diameter);
    }
  }

  /**
   * An arrow along the critic's gradient at every few generated points, the way the generator is
   * pushed, scaled so that the longest is {@link #ARROW_PIXELS} long; none when there is no slope.
   */
  void arrows(double[] fake, double[] gradients) {
    double longest = 0;
    for (int i = 0; i < gradients.length / 2; i += ARROW_STRIDE) {
      longest = Math.max(longest, Math.hypot(gradients[2 * i], gradients[2 * i + 1]));
    }
    if (!(longest > 0) || !Double.isFinite(longest)) {
      return;
    }
    g.setStroke(Palette.ARROW);
    g.setLineWidth(0.9);
    g.beginPath();
    for (int i = 0; i < fake.length / 2; i += ARROW_STRIDE) {
      double x = px(fake[2 * i]);
      double y = py(fake[2 * i + 1]);
      // Screen y grows downwards, so the gradient's y component flips.
      g.moveTo(x, y);
      g.lineTo(x + gradients[2 * i] / longest * ARROW_PIXELS,
          y - gradients[2 * i + 1] / longest * ARROW_PIXELS);
    }
    g.stroke();
  }

  private double px(double x) {
    return (x - grid.xMin()) / grid.side() * side;
  }

  private double py(double y) {
    return (grid.yMax() - y) / grid.side() * side;
  }
}
