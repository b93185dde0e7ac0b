package org.wganlab.ui.panel;

import javafx.scene.paint.Color;

/**
 * Colours of the point layers, which follow the reference plots (real orange, generated green), and
 * conversions of a run's colour (see {@link org.wganlab.export.RunColours}) for charts and styles.
 */
public final class Palette {
  /** Real points. */
  public static final Color REAL = Color.web("#ff8c00");
  /** Generated points. */
  public static final Color FAKE = Color.web("#2ca02c");
  /** Penalty sample points. */
  public static final Color PENALTY = Color.web("#e377c2");
  /** A mode's mark: the circle within which the count credits points to it. */
  public static final Color MODE = Color.WHITE;
  /** The inside of a captured mode's mark, light enough to leave the heatmap readable. */
  public static final Color MODE_FILL = Color.rgb(255, 255, 255, 0.3);
  /** The dark rim that keeps a mode's mark visible on light colours. */
  public static final Color MODE_RIM = Color.rgb(0, 0, 0, 0.55);
  /** Generator arrows. */
  public static final Color ARROW = Color.web("#111111");

  private Palette() {
  }

  /** The same colour for JFreeChart. */
  public static java.awt.Color awt(Color color) {
    return new java.awt.Color((float) color.getRed(), (float) color.getGreen(),
        (float) color.getBlue(), (float) color.getOpacity());
  }

  /** CSS of a colour, e.g. for a header's accent. */
  public static String css(Color color) {
    return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", (int) Math.round(color.getRed() * 255),
        (int) Math.round(color.getGreen() * 255), (int) Math.round(color.getBlue() * 255));
  }
}
