package org.wganlab.ui.model;

import java.util.Locale;

/** Number formats of the window: always with a dot, whatever the machine's locale. */
public final class Formats {
  private Formats() {
  }

  /** A short number: 3 significant digits, scientific for very small or large magnitudes. */
  public static String number(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    double magnitude = Math.abs(value);
    if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e5)) {
      return String.format(Locale.ROOT, "%.2e", value);
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }

  /** A parameter as typed by people: 0.01, 10, 1e-4. */
  public static String parameter(double value) {
    if (value != 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e6)) {
      return String.format(Locale.ROOT, "%.0e", value).replace("e-0", "e-").replace("e+0", "e");
    }
    String text = String.format(Locale.ROOT, "%.6f", value);
    return text.replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  /**
   * A value beside a slider, whole to three significant digits and as short as that allows: 0.001,
   * 5e-4, 2.5e-4, 10.
   */
  public static String sliderValue(double value) {
    if (value != 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e6)) {
      String[] parts = String.format(Locale.ROOT, "%.2e", value).split("e");
      String mantissa = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
      return mantissa + "e" + Integer.parseInt(parts[1]);
    }
    return parameter(Double.parseDouble(String.format(Locale.ROOT, "%.3g", value)));
  }

  /** A learning rate as shown on the slider: 1e-3, 2.5e-4. */
  public static String rate(double value) {
    if (value >= 0.01) {
      return parameter(value);
    }
    String text = String.format(Locale.ROOT, "%.1e", value);
    return text.replace(".0e", "e").replace("e-0", "e-");
  }

  /**
   * Parses a number typed by a user.
   *
   * @throws IllegalArgumentException with a message naming {@code what} when the text is no number
   */
  public static double parse(String what, String text) {
    String trimmed = text == null ? "" : text.trim();
    try {
      double value = Double.parseDouble(trimmed);
      if (!Double.isFinite(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + ": \"" + trimmed + "\" is not a number");
    }
  }

  /**
   * Parses a whole number typed by a user.
   *
   * @throws IllegalArgumentException with a message naming {@code what} when the text is no integer
   */
  public static long parseLong(String what, String text) {
    String trimmed = text == null ? "" : text.trim();
    try {
      return Long.parseLong(trimmed);
    } catch (NumberFormatException e) {
      if (trimmed.matches("[+-]?[0-9]+")) {
        throw new IllegalArgumentException(what + ": \"" + trimmed + "\" is too large; a whole"
            + " number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + " is needed");
      }
      throw new IllegalArgumentException(what + ": \"" + trimmed + "\" is not a whole number");
    }
  }
}
