package org.wganlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.wganlab.train.Trainer;

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

  void update(int iteration, List<Trainer> trainers) {
    long now = System.nanoTime();
    if (!enabled || (now - lastDrawn < REDRAW_NANOS && iteration < total)) {
      return;
    }
    lastDrawn = now;
    double elapsed = (now - start) / 1e9;
    double eta = elapsed / iteration * (total - iteration);
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "\r[%3d%%] %d/%d",
        100L * iteration / total, iteration, total));
    for (Trainer t : trainers) {
      line.append("  ").append(t.run().method().kind().cliName())
          .append(t.diverged() ? " diverged" : "");
    }
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
