package org.wganlab.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Line plots of curves over iterations, side by side, with their own y axes and one legend: the
 * figure an image run writes of its Wasserstein estimates and quality scores. Points that are NaN are
 * skipped (a score measured only every so often); a series with a single point shows as a dot.
 */
public final class CurvesFigure {
  private static final int HEIGHT = 420;
  private static final int MARGIN_BOTTOM = 92;

  /** One curve: a name for the legend, a colour, and its points. */
  public record Series(String name, Color color, double[] x, double[] y) {
  }

  /**
   * One plot: a title, the x and y axis names, its curves, and the y axis range.
   *
   * @param yRange {@code {low, high}} for a fixed y axis (such as 0 to 8 modes), or null to fit the
   *     data
   */
  public record Panel(String title, String xName, String yName, List<Series> series,
      double[] yRange) {
    /** A plot whose y axis fits its data. */
    public Panel(String title, String xName, String yName, List<Series> series) {
      this(title, xName, yName, series, null);
    }
  }

  private CurvesFigure() {
  }

  /** Draws the panels left to right at {@code scale} (2 for a projector or a retina screen). */
  public static BufferedImage draw(List<Panel> panels, double scale) {
    return PanelRow.draw(panels.size(), HEIGHT, MARGIN_BOTTOM, scale,
        (g, plot, p) -> drawPanel(g, plot, panels.get(p), scale));
  }

  private static void drawPanel(Graphics2D g, Rectangle plot, Panel panel, double scale) {
    double[] xr = range(panel.series(), true);
    double[] yr = panel.yRange() != null ? panel.yRange().clone() : range(panel.series(), false);
    float below = PanelRow.drawTitleAndFrame(g, plot, panel.title(), xr, yr, panel.xName(),
        panel.yName(), scale);
    FontMetrics fm = g.getFontMetrics();
    float legendY = below + fm.getHeight() + (float) (6 * scale);
    float legendX = plot.x;
    for (Series s : panel.series()) {
      double entryWidth = fm.stringWidth(s.name()) + 24 * scale;
      if (legendX > plot.x && legendX + entryWidth > plot.getMaxX()) {
        // A legend too long for one line wraps under the first.
        legendX = plot.x;
        legendY += fm.getHeight();
      }
      g.setColor(s.color());
      g.setStroke(new BasicStroke((float) (2.5 * scale)));
      g.draw(new Line2D.Double(legendX, legendY - fm.getAscent() / 2.0, legendX + 18 * scale,
          legendY - fm.getAscent() / 2.0));
      g.setColor(Axes.INK);
      g.drawString(s.name(), (float) (legendX + 24 * scale), legendY);
      legendX += (float) (fm.stringWidth(s.name()) + 44 * scale);
      drawSeries(g, plot, s, xr, yr, scale);
    }
  }

  private static void drawSeries(Graphics2D g, Rectangle plot, Series s, double[] xr, double[] yr,
      double scale) {
    Path2D.Double path = new Path2D.Double();
    boolean started = false;
    int points = 0;
    g.setColor(s.color());
    g.setStroke(new BasicStroke((float) (2 * scale)));
    for (int i = 0; i < s.x().length; i++) {
      if (!Double.isFinite(s.y()[i])) {
        continue;
      }
      double x = plot.x + (s.x()[i] - xr[0]) / (xr[1] - xr[0]) * plot.width;
      double y = plot.getMaxY() - (s.y()[i] - yr[0]) / (yr[1] - yr[0]) * plot.height;
      if (started) {
        path.lineTo(x, y);
      } else {
        path.moveTo(x, y);
        started = true;
      }
      points++;
      double r = 2.5 * scale;
      g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }
    if (points > 1) {
      g.draw(path);
    }
  }

  /** The finite range of all x ({@code true}) or y values, widened when it is a single value. */
  private static double[] range(List<Series> series, boolean ofX) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (int i = 0; i < s.x().length; i++) {
        double v = ofX ? s.x()[i] : s.y()[i];
        if (Double.isFinite(v) && Double.isFinite(s.y()[i])) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (!(lo <= hi)) {
      return new double[] {0, 1};
    }
    if (hi - lo < 1e-12) {
      double pad = Math.max(Math.abs(lo) * 0.1, 1e-3);
      return new double[] {lo - pad, hi + pad};
    }
    double pad = ofX ? 0 : 0.05 * (hi - lo);
    return new double[] {lo - pad, hi + pad};
  }
}
