package org.wganlab.ui.panel;

import javafx.scene.paint.Color;

/**
 * Colours shared by panels and charts, so that a run has the same colour in its panel header and in
 * every shared chart; point colours follow the reference plots (real orange, generated green).
 */
public final class Palette {
  private static final Color[] RUNS = {
      Color.web("#1f77b4"), Color.web("#d62728"), Color.web("#9467bd"), Color.web("#8c564b"),
      Color.web("#17becf"), Color.web("#7f7f7f")};
  /** Real points. */
  public static final Color REAL = Color.web("#ff8c00");
  /** Generated points. */
  public static final Color FAKE = Color.web("#2ca02c");
  /** Penalty sample points. */
  public static final Color PENALTY = Color.web("#e377c2");
  /** Generator arrows. */
  public static final Color ARROW = Color.web("#111111");

  private Palette() {
  }

  /** Colour of run {@code index}. */
  public static Color run(int index) {
    return RUNS[Math.floorMod(index, RUNS.length)];
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
