package org.wganlab.ui.panel;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.wganlab.export.ColorScale;

/**
 * The colour bar beside a heatmap: the map from bottom (low) to top (high) with values at its ticks,
 * the marked level (1 for gradient norms) as an amber line, a red cap for values over the top of a
 * shared scale, and for a flat surface a single colour labelled "flat". It is
 * part of the panel, so a panel saved as PNG carries it.
 */
final class ColorBarView extends Canvas {
  /** Amber of the level ||grad D|| = 1, as in the heatmap's contour. */
  static final Color UNIT_LEVEL = Color.web("#e0a000");
  private static final double STRIP = 12;
  private static final double CAP = 10;
  private ColorScale scale;
  private boolean over;
  private double textScale = 1;

  ColorBarView(double width, double height) {
    super(width, height);
    getStyleClass().add("color-bar");
  }

  /** Shows {@code next}; {@code anyOver} says whether the surface has values over its top. */
  void show(ColorScale next, boolean anyOver) {
    scale = next;
    over = anyOver;
    paint();
  }

  /** Draws nothing: there is no measurement. */
  void clear() {
    scale = null;
    paint();
  }

  void setTextScale(double factor) {
    textScale = factor;
    paint();
  }

  void paint() {
    GraphicsContext g = getGraphicsContext2D();
    g.clearRect(0, 0, getWidth(), getHeight());
    draw(g, getHeight());
  }

  /** Draws the bar {@code h} pixels tall with {@code g} (which may draw at another resolution). */
  void draw(GraphicsContext g, double h) {
    if (scale == null || h < 3 * CAP) {
      return;
    }
    double top = scale.marksOver() ? CAP + 4 : 6;
    double bottom = h - 6;
    double span = bottom - top;
    for (int y = 0; y < span; y++) {
      double t = 1 - y / span;
      g.setFill(argb(scale.flat() ? scale.map().argb(0.5) : scale.map().argb(t)));
      g.fillRect(2, top + y, STRIP, 1.5);
    }
    g.setStroke(Color.rgb(40, 40, 40));
    g.setLineWidth(0.8);
    g.strokeRect(2, top, STRIP, span);
    g.setFill(Color.BLACK);
    double fontSize = 10 * textScale;
    g.setFont(Font.font(fontSize));
    double labelX = STRIP + 6;
    if (scale.flat()) {
      // One colour, one word: the surface's actual range is in the heatmap's own note.
      g.fillText("flat", labelX, top + span / 2 + fontSize * 0.35);
      return;
    }
    int target = Math.max(2, (int) (span / (fontSize * 3)));
    for (double value : scale.ticks(target)) {
      double y = bottom - scale.position(value) * span;
      g.strokeLine(STRIP + 2, y, STRIP + 5, y);
      // A scale that marks values over its top writes "> top" beside the cap: the top tick's own
      // label would sit on it.
      if (!scale.marksOver() || y - top > fontSize) {
        g.fillText(scale.tickLabel(value, target), labelX, y + fontSize * 0.35);
      }
    }
    if (Double.isFinite(scale.mark())) {
      double y = bottom - scale.position(scale.mark()) * span;
      g.setStroke(UNIT_LEVEL);
      g.setLineWidth(2.5);
      g.strokeLine(0, y, STRIP + 5, y);
    }
    if (scale.marksOver()) {
      g.setFill(argb(ColorScale.OVER_ARGB));
      g.fillPolygon(new double[] {2, 2 + STRIP, 2 + STRIP / 2}, new double[] {top - 1, top - 1,
          top - 1 - CAP}, 3);
      g.setFill(over ? Color.web("#b00000") : Color.BLACK);
      g.fillText("> " + scale.tickLabel(scale.high(), target), labelX, top - 2);
    }
  }

  private static Color argb(int argb) {
    return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
  }

  /** The scale drawn last, or null (for tests). */
  ColorScale scale() {
    return scale;
  }
}
