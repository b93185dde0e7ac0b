package org.wganlab.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Plots side by side on one white image, each in a panel of the same size with room on the left for
 * the y axis, above for the title and below for the x axis and a legend: the layout the line plots
 * and the histograms share.
 */
final class PanelRow {
  /** Width of one panel at scale 1. */
  static final int PANEL_WIDTH = 560;
  /** Room left of a plot for the y tick labels and the y axis name. */
  static final int MARGIN_LEFT = 78;
  private static final int MARGIN_RIGHT = 20;
  private static final int MARGIN_TOP = 40;

  /** Draws one panel's plot into its rectangle. */
  @FunctionalInterface
  interface Painter {
    /** Draws panel {@code index} with its plot area {@code plot}. */
    void paint(Graphics2D g, Rectangle plot, int index);
  }

  private PanelRow() {
  }

  /**
   * An image of {@code count} panels, {@code height} tall with {@code bottom} under each plot (at
   * scale 1), every length multiplied by {@code scale}.
   */
  static BufferedImage draw(int count, int height, int bottom, double scale, Painter painter) {
    BufferedImage image = new BufferedImage((int) Math.round(count * PANEL_WIDTH * scale),
        (int) Math.round(height * scale), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(image);
    try {
      for (int p = 0; p < count; p++) {
        Rectangle plot = new Rectangle((int) Math.round((p * PANEL_WIDTH + MARGIN_LEFT) * scale),
            (int) Math.round(MARGIN_TOP * scale),
            (int) Math.round((PANEL_WIDTH - MARGIN_LEFT - MARGIN_RIGHT) * scale),
            (int) Math.round((height - MARGIN_TOP - bottom) * scale));
        painter.paint(g, plot, p);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Graphics for {@code image} with antialiased shapes and text, the image filled white. */
  static Graphics2D canvas(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    return g;
  }

  /**
   * Draws a panel's bold title above {@code plot} and its frame, ticks and axis names (see
   * {@link Axes#drawPlotFrame}), and leaves the panel's plain font set for a legend. Returns the
   * baseline of the x axis name.
   */
  static float drawTitleAndFrame(Graphics2D g, Rectangle plot, String title, double[] xRange,
      double[] yRange, String xName, String yName, double scale) {
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(13 * scale));
    g.setFont(font.deriveFont(Font.BOLD));
    g.setColor(Axes.INK);
    g.drawString(title, plot.x, (float) (plot.y - 12 * scale));
    g.setFont(font);
    float yNameX = (float) (plot.x - MARGIN_LEFT * scale + g.getFontMetrics().getAscent() + 2 * scale);
    return Axes.drawPlotFrame(g, plot, xRange, yRange, xName, yName, yNameX, scale);
  }
}
