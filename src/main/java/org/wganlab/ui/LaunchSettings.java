package org.wganlab.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.wganlab.train.TrainingSession;
import org.wganlab.ui.model.Preset;

/**
 * How the desktop app starts, from the Java system properties ({@code -Dname=value}) it is launched
 * with; read once, here, when the window opens. The screenshots and the lesson scripts use them; a
 * teacher starting the app needs none.
 *
 * <ul>
 *   <li>{@value #PRESET}: the experiment to open, a {@link Preset} name in any case
 *       ({@code fixed_generator}); without it, the default experiment.
 *   <li>{@value #AUTOPLAY}{@code =true}: press Play at once.
 *   <li>{@value #PRESENTATION}{@code =true}: start in presentation mode.
 *   <li>{@value #MEASURE_EVERY_MILLIS}: how often the engine re-measures each playing run, in
 *       milliseconds; by default {@link TrainingSession#LIVE_EVALUATION_NANOS}.
 * </ul>
 *
 * <p>The window's own measurement of its responsiveness has further properties, read by
 * {@link org.wganlab.ui.perf.Measurement}.
 *
 * @param preset the experiment to open, or empty for the default one
 * @param autoplay whether Play is pressed at once
 * @param presentation whether the window starts in presentation mode
 * @param measureEveryMillis the engine's interval between two measurements of a playing run
 */
record LaunchSettings(Optional<Preset> preset, boolean autoplay, boolean presentation,
    long measureEveryMillis) {
  static final String PRESET = "wganlab.ui.preset";
  static final String AUTOPLAY = "wganlab.ui.autoplay";
  static final String PRESENTATION = "wganlab.ui.presentation";
  static final String MEASURE_EVERY_MILLIS = "wganlab.ui.measureEveryMillis";

  /**
   * The settings in {@code properties}.
   *
   * @throws IllegalArgumentException naming the property, for an unknown preset or an interval that
   *     is not a positive whole number of milliseconds
   */
  static LaunchSettings from(Properties properties) {
    return new LaunchSettings(preset(properties.getProperty(PRESET)),
        Boolean.parseBoolean(properties.getProperty(AUTOPLAY)),
        Boolean.parseBoolean(properties.getProperty(PRESENTATION)),
        millis(properties.getProperty(MEASURE_EVERY_MILLIS)));
  }

  /** The engine's measuring interval in nanoseconds. */
  long measureEveryNanos() {
    return measureEveryMillis * 1_000_000L;
  }

  private static Optional<Preset> preset(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Preset.valueOf(value.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException(PRESET + ": unknown preset '" + value + "' (use "
          + Arrays.stream(Preset.values()).map(p -> p.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", ")) + ")", unknown);
    }
  }

  private static long millis(String value) {
    if (value == null || value.isBlank()) {
      return TrainingSession.LIVE_EVALUATION_NANOS / 1_000_000L;
    }
    try {
      long millis = Long.parseLong(value.trim());
      if (millis > 0) {
        return millis;
      }
    } catch (NumberFormatException notANumber) {
      // Reported below, with the same message as a number that is not positive.
    }
    throw new IllegalArgumentException(MEASURE_EVERY_MILLIS + ": '" + value
        + "' is not a positive whole number of milliseconds");
  }
}
