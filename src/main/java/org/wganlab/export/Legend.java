package org.wganlab.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The legend line under a {@link SurfaceFigure}: one entry per layer that is shown, each with the
 * same mark as in the plot, centred under the plot.
 */
final class Legend {

  /** Colour of the dashed contour ||grad D|| = 1. */
  static final Color UNIT_NORM = new Color(0xd0, 0x20, 0x60);

  private enum Entry {
    REAL("real"),
    FAKE("generated"),
    PENALTY("penalty points"),
    UNIT("|grad D| = 1");

    final String text;

    Entry(String text) {
      this.text = text;
    }
  }

  private Legend() {}

  /** Draws the entries for the layers present and, if drawn, the unit-norm contour. */
  static void draw(
      Graphics2D g, FigureLayout layout, SurfaceFigure.Layers layers, boolean unitContour, Font font) {
    List<Entry> entries = new ArrayList<>();
    if (layers.real() != null) {
      entries.add(Entry.REAL);
    }
    if (layers.fake() != null) {
      entries.add(Entry.FAKE);
    }
    if (layers.penaltyPoints() != null) {
      entries.add(Entry.PENALTY);
    }
    if (unitContour) {
      entries.add(Entry.UNIT);
    }
    if (entries.isEmpty()) {
      return;
    }
    double s = layout.scale();
    g.setFont(font);
    FontMetrics fm = g.getFontMetrics();
    double mark = 16 * s;
    double gap = 18 * s;
    double total = -gap;
    for (Entry e : entries) {
      total += mark + fm.stringWidth(e.text) + gap;
    }
    double x = layout.left() + (layout.plotSize() - total) / 2;
    double baseline = layout.legendBaseline();
    double middle = baseline - fm.getAscent() / 2.0 + 1;
    for (Entry e : entries) {
      drawMark(g, e, new Point2D.Double(x + mark / 2 - 2 * s, middle), s);
      g.setColor(Axes.INK);
      g.drawString(e.text, (float) (x + mark), (float) baseline);
      x += mark + fm.stringWidth(e.text) + gap;
    }
  }

  /** A '+' of half-size {@code half} centred on {@code p}, with the current colour and stroke. */
  static void cross(Graphics2D g, Point2D p, double half) {
    g.draw(new Line2D.Double(p.getX() - half, p.getY(), p.getX() + half, p.getY()));
    g.draw(new Line2D.Double(p.getX(), p.getY() - half, p.getX(), p.getY() + half));
  }

  private static void drawMark(Graphics2D g, Entry e, Point2D p, double s) {
    switch (e) {
      case REAL -> dot(g, p, 3.2 * s, SurfaceFigure.REAL);
      case PENALTY -> dot(g, p, 2.0 * s, SurfaceFigure.PENALTY);
      case FAKE -> {
        g.setColor(SurfaceFigure.FAKE);
        g.setStroke(new BasicStroke((float) (1.5 * s)));
        cross(g, p, 4 * s);
      }
      case UNIT -> {
        g.setColor(UNIT_NORM);
        g.setStroke(unitStroke(s));
        g.draw(new Line2D.Double(p.getX() - 7 * s, p.getY(), p.getX() + 7 * s, p.getY()));
      }
    }
  }

  /** The dashed stroke of the contour ||grad D|| = 1, in the plot and in the legend alike. */
  static BasicStroke unitStroke(double scale) {
    float dash = (float) (5 * scale);
    return new BasicStroke((float) (1.6 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
        new float[] {dash, 0.6f * dash}, 0f);
  }

  /** A filled disc of radius {@code r} centred on {@code p}. */
  static void dot(Graphics2D g, Point2D p, double r, Color color) {
    g.setColor(color);
    g.fill(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
  }
}
