package org.wganlab.method;

import java.util.Locale;

/** Argument checks with messages a student can act on. */
final class Checks {
  private Checks() {
  }

  static void positive(String name, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be greater than 0, got " + format(value));
    }
  }

  static void positive(String name, double value, double max) {
    if (!(value > 0 && value <= max)) {
      throw new IllegalArgumentException(name + " must be greater than 0 and at most "
          + format(max) + ", got " + format(value));
    }
  }

  static void nonNegative(String name, double value, double max) {
    if (!(value >= 0 && value <= max)) {
      throw new IllegalArgumentException(name + " must be 0 or more and at most " + format(max)
          + ", got " + format(value));
    }
  }

  static void present(String name, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
  }

  /** Shortest readable form: 0.01, 10, 1e-05. */
  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e9) {
      return String.format(Locale.ROOT, "%d", (long) value);
    }
    String text = String.format(Locale.ROOT, "%.6g", value);
    int e = text.indexOf('e');
    String mantissa = e < 0 ? text : text.substring(0, e);
    // Trailing zeros of the mantissa only: 1e+300 keeps its exponent's zeros.
    return mantissa.replaceAll("\\.?0+$", "") + (e < 0 ? "" : text.substring(e));
  }
}
