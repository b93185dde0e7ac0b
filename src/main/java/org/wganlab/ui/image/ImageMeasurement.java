package org.wganlab.ui.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import org.wganlab.common.AtomicFiles;
import org.wganlab.ui.perf.FrameMeter;
import org.wganlab.ui.perf.FrameReport;

/**
 * A measured session of the real image window, switched on with
 * {@code -Dwganlab.ui.imageMeasure=report.txt}: after a warm-up ({@code wganlab.ui.warmup}, seconds,
 * default 10) it records frames for {@code wganlab.ui.seconds} (default 30) with the toy window's
 * frame meter, counts the sample grids drawn, writes the report and, with
 * {@code wganlab.ui.exit=true}, closes the app.
 */
final class ImageMeasurement {
  private final Path report;
  private final FrameMeter meter;
  private final long warmup = Long.getLong("wganlab.ui.warmup", 10) * 1_000_000_000L;
  private final long length = Long.getLong("wganlab.ui.seconds", 30) * 1_000_000_000L;
  private long startedAt;
  private int gridsAtStart;
  private boolean done;

  private ImageMeasurement(Path report, FrameMeter meter) {
    this.report = report;
    this.meter = meter;
  }

  /** The measurement the system properties ask for, or null. */
  static ImageMeasurement fromProperties(FrameMeter meter) {
    String file = System.getProperty("wganlab.ui.imageMeasure");
    return file == null || file.isBlank() ? null : new ImageMeasurement(Path.of(file), meter);
  }

  /** Called every frame with the number of grids drawn so far; writes the report when due. */
  void frame(long now, int gridsDrawn) {
    if (startedAt == 0) {
      startedAt = now;
      return;
    }
    long elapsed = now - startedAt;
    if (!meter.recording() && !done && elapsed >= warmup) {
      meter.start(now);
      gridsAtStart = gridsDrawn;
    }
    if (meter.recording() && elapsed >= warmup + length) {
      meter.stop(now);
      done = true;
      FrameReport frames = meter.report(now);
      write(frames.describe() + String.format(Locale.ROOT,
          "sample grids drawn: %d in %.1f s (%.2f per second)%n", gridsDrawn - gridsAtStart,
          frames.seconds(), (gridsDrawn - gridsAtStart) / frames.seconds()));
    }
  }

  private void write(String text) {
    try {
      AtomicFiles.write(report, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (Boolean.getBoolean("wganlab.ui.exit")) {
      Platform.exit();
    }
  }
}
