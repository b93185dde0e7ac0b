package org.wganlab.ui.perf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import org.wganlab.common.AtomicFiles;
import org.wganlab.method.MethodKind;
import org.wganlab.metrics.ModeCoverage;
import org.wganlab.train.Evaluation;
import org.wganlab.ui.model.ExperimentModel;
import org.wganlab.ui.model.RunModel;

/**
 * A measured session of the real window, switched on with {@code -Dwganlab.ui.measure=report.txt}:
 * presses Play, skips a warm-up ({@code wganlab.ui.warmup}, seconds, default 10), records frames for
 * {@code wganlab.ui.seconds} (default 30), watches the first GP panel until it captures every mode
 * (at most {@code wganlab.ui.insightLimit} seconds, default 120), writes the report and, with
 * {@code wganlab.ui.exit=true}, closes the app.
 */
public final class Measurement {
  private final Path report;
  private final ExperimentModel model;
  private final FrameMeter meter;
  private final long warmup = seconds("wganlab.ui.warmup", 10);
  private final long length = seconds("wganlab.ui.seconds", 30);
  private final long insightLimit = seconds("wganlab.ui.insightLimit", 120);
  private long playedAt;
  private double insightSeconds = Double.NaN;
  private int insightIteration;
  private FrameReport frames;
  private boolean written;

  private Measurement(Path report, ExperimentModel model, FrameMeter meter) {
    this.report = report;
    this.model = model;
    this.meter = meter;
  }

  /** The measurement the system properties ask for, or null. */
  public static Measurement fromProperties(ExperimentModel model, FrameMeter meter) {
    String file = System.getProperty("wganlab.ui.measure");
    return file == null || file.isBlank() ? null : new Measurement(Path.of(file), model, meter);
  }

  private static long seconds(String property, long fallback) {
    return Long.getLong(property, fallback) * 1_000_000_000L;
  }

  /** Called every frame after the snapshot was taken. */
  public void frame(long now) {
    if (playedAt == 0) {
      playedAt = now;
      model.play();
      return;
    }
    long elapsed = now - playedAt;
    if (!meter.recording() && frames == null && elapsed >= warmup) {
      meter.start(now);
    }
    if (meter.recording() && elapsed >= warmup + length) {
      meter.stop(now);
      frames = meter.report(now);
    }
    watchInsight(model.runs(), elapsed);
    if (!written && frames != null && (!Double.isNaN(insightSeconds) || elapsed >= insightLimit)) {
      written = true;
      write();
    }
  }

  private void watchInsight(List<RunModel> runs, long elapsed) {
    if (!Double.isNaN(insightSeconds)) {
      return;
    }
    for (RunModel run : runs) {
      if (run.runProperty().get() == null || run.runProperty().get().method().kind() != MethodKind.GP) {
        continue;
      }
      Evaluation e = run.evaluationProperty().get();
      ModeCoverage modes = e == null ? null : e.modes();
      if (modes != null && e.iteration() > 0 && modes.modesCaptured() == modes.modeCount()) {
        insightSeconds = elapsed / 1e9;
        insightIteration = e.iteration();
      }
      return;
    }
  }

  private void write() {
    String text = frames.describe() + String.format(Locale.ROOT,
        "time to insight (GP panel captures every mode): %s%n",
        Double.isNaN(insightSeconds) ? "not within " + insightLimit / 1_000_000_000L + " s"
            : String.format(Locale.ROOT, "%.1f s (iteration %d)", insightSeconds, insightIteration));
    try {
      AtomicFiles.write(report, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
      model.status().info("Measurement written to " + report);
    } catch (IOException e) {
      model.status().error("Could not write the measurement: " + e.getMessage());
    }
    if (Boolean.getBoolean("wganlab.ui.exit")) {
      Platform.exit();
    }
  }
}
