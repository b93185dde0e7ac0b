package org.wganlab.ui.panel;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.wganlab.metrics.GridSpec;
import org.wganlab.ui.model.Formats;
import org.wganlab.ui.model.SurfaceField;

/**
 * The words written over a heatmap: the field's range at the top, why a flat critic is one colour,
 * and where the real points are when the view misses them. Each shrinks its text to the square.
 */
final class SurfaceNotes {
  private final GraphicsContext g;
  private final double side;
  private final double textScale;

  /** Notes drawn with {@code g} on a square of {@code side} pixels, text {@code textScale} times normal. */
  SurfaceNotes(GraphicsContext g, double side, double textScale) {
    this.g = g;
    this.side = side;
    this.textScale = textScale;
  }

  /** The field and its range at the top left; {@code finite} false says the critic diverged. */
  void legend(SurfaceField field, double low, double high, boolean finite) {
    String text = !finite ? field.displayName() + ": no finite value (diverged)"
        : field.displayName() + " from " + Formats.number(low) + " to " + Formats.number(high);
    double size = TextFit.size(11 * textScale, side - 12, text);
    g.setFont(Font.font(size));
    g.setFill(Color.rgb(255, 255, 255, 0.75));
    g.fillRect(2, 2, Math.min(side - 4, TextFit.width(text, size) + 8), size * 1.45);
    g.setFill(Color.BLACK);
    g.fillText(text, 6, size * 1.15);
  }

  /** Says in the picture why it is one colour: the critic hardly varies over the view. */
  void flat(double span, double lipschitz) {
    String[] lines = {"D(x) almost flat:", "it varies by only " + Formats.number(span),
        "over the view; a 1-Lipschitz critic", "could vary by up to " + Formats.number(lipschitz)};
    double size = TextFit.size(11 * textScale, side - 28, lines);
    if (!TextFit.fits(size, side - 28, lines)) {
      // A small square (four panels at 1024 px) cannot hold the sentence even at the smallest font.
      lines = new String[] {"D(x) almost flat:", "range " + Formats.number(span),
          "1-Lipschitz: up to", Formats.number(lipschitz)};
      size = TextFit.size(11 * textScale, side - 28, lines);
    }
    g.setFont(Font.font(size));
    double boxHeight = lines.length * size * 1.3 + 8;
    double top = side / 2 - boxHeight / 2;
    g.setFill(Color.rgb(255, 255, 255, 0.82));
    g.fillRect(8, top, side - 16, boxHeight);
    g.setFill(Color.BLACK);
    for (int i = 0; i < lines.length; i++) {
      g.fillText(lines[i], 14, top + 4 + size * (1.05 + 1.3 * i));
    }
  }

  /** Writes {@code text} (from {@link #outsideText}) along the bottom of the square, if any. */
  void outside(String text) {
    if (text.isEmpty()) {
      return;
    }
    double size = TextFit.size(11 * textScale, side - 16, text);
    g.setFont(Font.font(size));
    g.setFill(Color.rgb(255, 255, 255, 0.85));
    g.fillRect(2, side - size * 1.6 - 2, side - 4, size * 1.6);
    g.setFill(Color.web("#b00000"));
    g.fillText(text, 6, side - size * 0.5 - 2);
  }

  /**
   * What to say when most real points lie outside the view (a CSV far from the origin): where they
   * are, so that a blank picture is not taken for a failed run. Empty when the view holds them.
   */
  static String outsideText(double[] real, GridSpec grid) {
    int n = real.length / 2;
    int inside = 0;
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < n; i++) {
      double x = real[2 * i];
      double y = real[2 * i + 1];
      sx += x;
      sy += y;
      if (grid.contains(x, y)) {
        inside++;
      }
    }
    if (n == 0 || 2 * inside >= n) {
      return "";
    }
    return String.format(java.util.Locale.ROOT, "%d%% of the real points lie outside this view,"
        + " around (%s, %s)", Math.round(100.0 * (n - inside) / n), Formats.number(sx / n),
        Formats.number(sy / n));
  }
}
