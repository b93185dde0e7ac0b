package org.wganlab.ui.panel;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.wganlab.metrics.GridSpec;
import org.wganlab.metrics.ModeCoverage;

/**
 * Strokes in a surface's coordinates on the square canvas over its heatmap: contour segments, point
 * clouds, gradient arrows and the modes' marks. The grid's square maps onto the canvas's {@code side} pixels, y upwards.
 */
final class OverlayStrokes {
  /** Every how many generated points an arrow is drawn: all of them would be a thicket. */
  private static final int ARROW_STRIDE = 4;
  /** Length of the longest arrow; the others are scaled to it. */
  private static final double ARROW_PIXELS = 18;
  /** Dashes of a missed mode's ring, long enough to read as gaps on a ring a few pixels across. */
  private static final double[] MISSED_DASHES = {4, 4};
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

  /**
   * Each mode's circle of the radius within which the count credits a point to it: a filled disc with
   * a solid ring when the mode is captured, a dashed ring when not, each stroke with a dark rim so that
   * it shows on any colour of the heatmap. Drawn over the points, whose clusters it frames.
   */
  void modeMarks(ModeCoverage modes) {
    double[] centres = modes.layout().centres();
    double r = ModeCoverage.radius(modes.layout()) / grid.side() * side;
    for (int m = 0; m < modes.modeCount(); m++) {
      boolean captured = modes.captured(m);
      double x = px(centres[2 * m]) - r;
      double y = py(centres[2 * m + 1]) - r;
      if (captured) {
        g.setFill(Palette.MODE_FILL);
        g.fillOval(x, y, 2 * r, 2 * r);
      }
      g.setLineDashes(captured ? null : MISSED_DASHES);
      g.setStroke(Palette.MODE_RIM);
      g.setLineWidth(captured ? 3.6 : 2.6);
      g.strokeOval(x, y, 2 * r, 2 * r);
      g.setStroke(Palette.MODE);
      g.setLineWidth(captured ? 2.0 : 1.2);
      g.strokeOval(x, y, 2 * r, 2 * r);
    }
    g.setLineDashes(null);
  }

  private double px(double x) {
    return (x - grid.xMin()) / grid.side() * side;
  }

  private double py(double y) {
    return (grid.yMax() - y) / grid.side() * side;
  }
}
