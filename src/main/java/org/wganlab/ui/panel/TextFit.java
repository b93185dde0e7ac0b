package org.wganlab.ui.panel;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures text for the canvas-drawn pictures and shrinks it to fit the room it has. */
final class TextFit {
  /** Smallest font a picture's text shrinks to before it is allowed to run out of its room. */
  private static final double FLOOR = 8;

  private TextFit() {
  }

  /** Width of {@code text} in the default font at {@code size}. */
  static double width(String text, double size) {
    Text probe = new Text(text);
    probe.setFont(Font.font(size));
    return probe.getLayoutBounds().getWidth();
  }

  /** Whether every line fits in {@code room} pixels at {@code size}. */
  static boolean fits(double size, double room, String... lines) {
    for (String line : lines) {
      if (width(line, size) > room) {
        return false;
      }
    }
    return true;
  }

  /** The largest size up to {@code size} (and not below the floor) at which every line fits. */
  static double size(double size, double room, String... lines) {
    double fitted = size;
    for (String line : lines) {
      double w = width(line, size);
      if (w > room) {
        fitted = Math.min(fitted, size * room / w);
      }
    }
    return Math.max(FLOOR, fitted);
  }
}
