package org.wganlab.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.wganlab.metrics.Histogram;

/**
 * Histograms as bar plots side by side, each over its own fixed x range (the WGAN-GP paper draws
 * clipped weights over +-0.02 and penalised ones over +-0.5), the bars' heights the share of all
 * counted values in each bin, and dashed marker lines (such as +-c).
 */
public final class HistogramFigure {
  private static final int HEIGHT = 400;
  private static final int MARGIN_BOTTOM = 72;

  /**
   * One plot.
   *
   * @param title the line above the plot
   * @param xName the x axis name
   * @param histogram the counts; its range is the x axis
   * @param color the bars' colour
   * @param markers x positions of dashed vertical lines, e.g. -c and c
   */
  public record Panel(String title, String xName, Histogram histogram, Color color,
      double[] markers) {
    /** Copies the markers. */
    public Panel {
      markers = markers.clone();
    }
  }

  private HistogramFigure() {
  }

  /** Draws the panels left to right at {@code scale} (2 for a projector). */
  public static BufferedImage draw(List<Panel> panels, double scale) {
    return PanelRow.draw(panels.size(), HEIGHT, MARGIN_BOTTOM, scale,
        (g, plot, p) -> drawPanel(g, plot, panels.get(p), scale));
  }

  private static void drawPanel(Graphics2D g, Rectangle plot, Panel panel, double scale) {
    Histogram h = panel.histogram();
    double total = Math.max(1, h.total());
    double top = 0;
    for (int i = 0; i < h.bins(); i++) {
      top = Math.max(top, h.count(i) / total);
    }
    double[] xr = {h.min(), h.max()};
    double[] yr = {0, top > 0 ? 1.05 * top : 1};
    g.setColor(panel.color());
    for (int i = 0; i < h.bins(); i++) {
      double x0 = plot.x + (double) i / h.bins() * plot.width;
      double barHeight = h.count(i) / total / yr[1] * plot.height;
      g.fill(new Rectangle2D.Double(x0, plot.getMaxY() - barHeight,
          (double) plot.width / h.bins(), barHeight));
    }
    PanelRow.drawTitleAndFrame(g, plot, panel.title(), xr, yr, panel.xName(), "share of weights",
        scale);
    g.setColor(Legend.UNIT_NORM);
    g.setStroke(Legend.unitStroke(scale));
    for (double m : panel.markers()) {
      double x = plot.x + (m - h.min()) / (h.max() - h.min()) * plot.width;
      g.draw(new Line2D.Double(x, plot.y, x, plot.getMaxY()));
    }
  }
}
