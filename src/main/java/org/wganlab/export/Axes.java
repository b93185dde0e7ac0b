package org.wganlab.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.wganlab.metrics.GridSpec;

/**
 * The furniture of a figure: "nice" tick positions and labels, the framed plot area with its ticks,
 * and the colour bar that says what the heatmap colours mean.
 */
final class Axes {

  /** Ink of frames, ticks and labels: near-black, softer on the eye than pure black. */
  static final Color INK = new Color(0x2b2b2b);

  private Axes() {}

  /**
   * Tick values at multiples of a round step (1, 2 or 5 times a power of ten) inside {@code [lo, hi]},
   * about {@code target} of them. A degenerate range gets the single tick {@code lo}.
   */
  static double[] ticks(double lo, double hi, int target) {
    if (!(hi > lo)) {
      return new double[] {lo};
    }
    double step = step(lo, hi, target);
    long first = (long) Math.ceil(lo / step - 1e-9);
    long last = (long) Math.floor(hi / step + 1e-9);
    double[] ticks = new double[(int) Math.max(0, last - first + 1)];
    for (int k = 0; k < ticks.length; k++) {
      ticks[k] = (first + k) * step;
    }
    return ticks;
  }

  /** The round step {@link #ticks} uses for this range. */
  static double step(double lo, double hi, int target) {
    double raw = (hi - lo) / Math.max(1, target);
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double normalised = raw / magnitude;
    double nice = normalised < 1.5 ? 1 : normalised < 3 ? 2 : normalised < 7 ? 5 : 10;
    return nice * magnitude;
  }

  /**
   * A short label for a tick at {@code value} with spacing {@code step}: just enough decimals to tell
   * neighbours apart, scientific notation for very large or very fine scales, and never "-0".
   */
  static String label(double value, double step) {
    double v = Math.abs(value) < step * 1e-6 ? 0.0 : value;
    if (Math.abs(v) >= 1e5 || (step > 0 && step < 1e-3)) {
      return String.format(Locale.ROOT, "%.1e", v);
    }
    int decimals = step > 0 ? Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9)) : 2;
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /**
   * Draws the frame of a square plot with tick marks and labels on its bottom (x over the grid's
   * {@code [xMin, xMax]}) and left (y over {@code [yMin, yMax]}), and the axis names under and
   * beside them.
   */
  static void drawFrame(Graphics2D g, Rectangle plot, GridSpec grid, Font font, double scale) {
    g.setColor(INK);
    g.setStroke(new BasicStroke((float) scale));
    g.drawRect(plot.x, plot.y, plot.width, plot.height);
    g.setFont(font);
    FontMetrics fm = g.getFontMetrics();
    double tick = 5 * scale;
    double xStep = step(grid.xMin(), grid.xMax(), 6);
    for (double value : ticks(grid.xMin(), grid.xMax(), 6)) {
      String text = label(value, xStep);
      double x = plot.x + (value - grid.xMin()) / grid.side() * plot.width;
      g.draw(new Line2D.Double(x, plot.y + plot.height, x, plot.y + plot.height + tick));
      g.drawString(text, (float) (x - fm.stringWidth(text) / 2.0),
          (float) (plot.y + plot.height + tick + 2 * scale + fm.getAscent()));
    }
    double yStep = step(grid.yMin(), grid.yMax(), 6);
    int widest = fm.stringWidth("-0.0");
    for (double value : ticks(grid.yMin(), grid.yMax(), 6)) {
      String text = label(value, yStep);
      widest = Math.max(widest, fm.stringWidth(text));
      double y = plot.y + plot.height - (value - grid.yMin()) / grid.side() * plot.height;
      g.draw(new Line2D.Double(plot.x - tick, y, plot.x, y));
      g.drawString(text, (float) (plot.x - tick - 3 * scale - fm.stringWidth(text)),
          (float) (y + fm.getAscent() / 2.0 - 1));
    }
    float belowTicks = (float) (plot.y + plot.height + tick + 4 * scale + 2 * fm.getAscent());
    g.drawString("x", (float) (plot.getCenterX() - fm.stringWidth("x") / 2.0), belowTicks);
    g.drawString("y", (float) (plot.x - tick - 8 * scale - widest - fm.stringWidth("y")),
        (float) (plot.getCenterY() + fm.getAscent() / 2.0));
  }

  /**
   * Draws a vertical colour bar for {@code colours} (high at the top) in {@code bar}, with ticks and
   * labels on its right and {@code name} under it. A scale that marks a level draws it across the
   * bar; one that colours values over its top draws a cap in that colour above the bar, labelled
   * "&gt; top"; a flat scale draws one colour and labels the surface's actual {@code range}.
   */
  static void drawColorBar(Graphics2D g, Rectangle bar, ColorScale colours, double[] range,
      String name, Font font, double scale) {
    ColorMap map = colours.map();
    int steps = ColorMap.size();
    BufferedImage strip = new BufferedImage(1, steps, BufferedImage.TYPE_INT_ARGB);
    for (int i = 0; i < steps; i++) {
      strip.setRGB(0, steps - 1 - i, colours.flat() ? map.argb(0.5) : map.entry(i));
    }
    g.drawImage(strip, bar.x, bar.y, bar.width, bar.height, null);
    g.setColor(INK);
    g.setStroke(new BasicStroke((float) (0.8 * scale)));
    g.drawRect(bar.x, bar.y, bar.width, bar.height);
    g.setFont(font);
    FontMetrics fm = g.getFontMetrics();
    // The name goes under the bar, level with the x tick labels, leaving the top line to the title;
    // it starts at the bar's left edge so that it cannot run into the last x tick label.
    g.drawString(name, bar.x, (float) (bar.y + bar.height + 7 * scale + fm.getAscent()));
    double right = bar.x + bar.width;
    if (colours.flat()) {
      double step = Math.max(Math.abs(range[1]), Math.abs(range[0])) / 100;
      tick(g, fm, right, bar.y, label(range[1], step), scale);
      tick(g, fm, right, bar.y + bar.height, label(range[0], step), scale);
      return;
    }
    double low = colours.low();
    double high = colours.high();
    double step = step(low, high, 5);
    for (double value : ticks(low, high, 5)) {
      tick(g, fm, right, bar.y + bar.height - colours.position(value) * bar.height,
          label(value, step), scale);
    }
    if (Double.isFinite(colours.mark())) {
      double y = bar.y + bar.height - colours.position(colours.mark()) * bar.height;
      g.setStroke(new BasicStroke((float) (2 * scale)));
      g.setColor(Legend.UNIT_NORM);
      g.draw(new Line2D.Double(bar.x - 3 * scale, y, right + 4 * scale, y));
      g.setColor(INK);
    }
    if (colours.marksOver()) {
      int cap = (int) Math.round(bar.width * 0.9);
      int[] xs = {bar.x, bar.x + bar.width, bar.x + bar.width / 2};
      int[] ys = {bar.y - 2, bar.y - 2, bar.y - 2 - cap};
      g.setColor(new Color(ColorScale.OVER_ARGB, true));
      g.fillPolygon(xs, ys, 3);
      g.setColor(INK);
      g.drawString("> " + label(high, step), (float) (right + 6 * scale),
          (float) (bar.y - 2 - cap / 2.0 + fm.getAscent() / 2.0 - 1));
    }
  }

  private static void tick(Graphics2D g, FontMetrics fm, double right, double y, String text,
      double scale) {
    g.draw(new Line2D.Double(right, y, right + 4 * scale, y));
    g.drawString(text, (float) (right + 6 * scale), (float) (y + fm.getAscent() / 2.0 - 1));
  }

  /**
   * Draws the frame of a line or bar plot with outward ticks and labels over {@code xRange} (bottom)
   * and {@code yRange} (left), the x axis name centred under the tick labels and the y axis name
   * running up at {@code yNameX}, in the current font. Returns the baseline of the x axis name, below
   * which a legend can go.
   */
  static float drawPlotFrame(Graphics2D g, Rectangle plot, double[] xRange, double[] yRange,
      String xName, String yName, float yNameX, double scale) {
    FontMetrics fm = g.getFontMetrics();
    g.setColor(INK);
    g.setStroke(new BasicStroke((float) scale));
    g.drawRect(plot.x, plot.y, plot.width, plot.height);
    double tick = 5 * scale;
    double xStep = step(xRange[0], xRange[1], 6);
    for (double v : ticks(xRange[0], xRange[1], 6)) {
      double x = plot.x + (v - xRange[0]) / (xRange[1] - xRange[0]) * plot.width;
      String text = label(v, xStep);
      g.draw(new Line2D.Double(x, plot.getMaxY(), x, plot.getMaxY() + tick));
      g.drawString(text, (float) (x - fm.stringWidth(text) / 2.0),
          (float) (plot.getMaxY() + tick + 2 * scale + fm.getAscent()));
    }
    double yStep = step(yRange[0], yRange[1], 6);
    for (double v : ticks(yRange[0], yRange[1], 6)) {
      double y = plot.getMaxY() - (v - yRange[0]) / (yRange[1] - yRange[0]) * plot.height;
      String text = label(v, yStep);
      g.draw(new Line2D.Double(plot.x - tick, y, plot.x, y));
      g.drawString(text, (float) (plot.x - tick - 3 * scale - fm.stringWidth(text)),
          (float) (y + fm.getAscent() / 2.0 - 1));
    }
    float below = (float) (plot.getMaxY() + tick + 4 * scale + 2 * fm.getAscent());
    g.drawString(xName, (float) (plot.getCenterX() - fm.stringWidth(xName) / 2.0), below);
    // The y axis name runs up the left edge, beside the tick labels.
    java.awt.geom.AffineTransform saved = g.getTransform();
    g.rotate(-Math.PI / 2);
    g.drawString(yName, (float) (-plot.getCenterY() - fm.stringWidth(yName) / 2.0), yNameX);
    g.setTransform(saved);
    return below;
  }
}
