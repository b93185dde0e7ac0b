package org.wganlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** A one-line progress display with an ETA, redrawn at most a few times a second on a terminal. */
final class Progress {
  private static final long REDRAW_NANOS = 250_000_000L;
  private final PrintWriter err;
  private final boolean enabled;
  private final int total;
  private final long start = System.nanoTime();
  private long lastDrawn;

  Progress(PrintWriter err, boolean enabled, int total) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
  }

  /**
   * What the line shows of one run.
   *
   * @param name the method's command-line name
   * @param diverged whether the run has diverged
   */
  record RunState(String name, boolean diverged) {
  }

  /** Redraws the line after {@code iteration}; {@code extra} is appended (may be empty). */
  void update(int iteration, List<RunState> runs, String extra) {
    long now = System.nanoTime();
    if (!enabled || (now - lastDrawn < REDRAW_NANOS && iteration < total)) {
      return;
    }
    lastDrawn = now;
    double elapsed = (now - start) / 1e9;
    double eta = elapsed / iteration * (total - iteration);
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "\r[%3d%%] %d/%d",
        100L * iteration / total, iteration, total));
    for (RunState run : runs) {
      line.append("  ").append(run.name()).append(run.diverged() ? " diverged" : "");
    }
    line.append(extra);
    line.append(String.format(Locale.ROOT, "  %.1f it/s  ETA %d:%02d ", iteration / elapsed,
        (long) eta / 60, (long) eta % 60));
    err.print(line);
    err.flush();
  }

  void done() {
    if (enabled) {
      err.println();
    }
  }
}
