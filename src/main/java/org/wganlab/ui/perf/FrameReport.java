package org.wganlab.ui.perf;

import java.util.List;
import java.util.Locale;

/**
 * Measured responsiveness of the window.
 *
 * @param frames frames recorded
 * @param seconds length of the recording
 * @param medianMillis median JavaFX-thread work per frame
 * @param p95Millis 95th percentile of the work per frame
 * @param p99Millis 99th percentile of the work per frame
 * @param maxMillis longest frame
 * @param maxPauseMillis longest gap between two frame starts
 * @param surfaceHz surface refreshes per second of each panel
 * @param maxSnapshotMillis longest time a frame spent taking a snapshot and redrawing panels
 * @param maxChartMillis longest time a frame spent redrawing a shared chart
 * @param cpuP95Millis 95th percentile of the JavaFX thread's CPU time per frame
 * @param cpuMaxMillis largest CPU time of one frame
 * @param threadBusyPercent the JavaFX thread's whole CPU time over the recording, in % of one core
 * @param framesBusyPercent the part of it spent inside measured frames, in % of one core
 * @param pausesOver50 how many gaps between frame starts exceeded 50 ms
 * @param longestPauses the longest gaps, longest first, with the JVM uptime at which each ended
 */
public record FrameReport(int frames, double seconds, double medianMillis, double p95Millis,
    double p99Millis, double maxMillis, double maxPauseMillis, double[] surfaceHz,
    double maxSnapshotMillis, double maxChartMillis, double cpuP95Millis, double cpuMaxMillis,
    double threadBusyPercent, double framesBusyPercent, int pausesOver50,
    List<Pause> longestPauses) {

  /**
   * One long gap between frames.
   *
   * @param millis its length
   * @param uptimeMillis JVM uptime when it ended (GC logs use the same clock)
   */
  public record Pause(double millis, long uptimeMillis) {
  }

  /** A few lines for a report file. */
  public String describe() {
    StringBuilder pauses = new StringBuilder();
    for (Pause p : longestPauses) {
      pauses.append(pauses.length() == 0 ? "" : ", ")
          .append(String.format(Locale.ROOT, "%.1f ms at %.3f s", p.millis(), p.uptimeMillis() / 1e3));
    }
    StringBuilder hz = new StringBuilder();
    for (double v : surfaceHz) {
      hz.append(hz.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", v));
    }
    return String.format(Locale.ROOT, "frames %d over %.1f s (%.1f fps)%n"
        + "fx work per frame: median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n"
        + "longest pause between frames: %.1f ms; %d pauses over 50 ms; longest: %s%n"
        + "surface refreshes per panel (Hz): %s%n"
        + "slowest parts: snapshot and panels %.2f ms, one chart %.2f ms%n"
        + "fx thread cpu time per frame: p95 %.2f ms, max %.2f ms%n"
        + "fx thread busy: %.1f %% of a core, %.1f %% inside measured frames%n", frames, seconds,
        seconds > 0 ? frames / seconds : 0, medianMillis, p95Millis, p99Millis, maxMillis,
        maxPauseMillis, pausesOver50, pauses, hz, maxSnapshotMillis, maxChartMillis, cpuP95Millis, cpuMaxMillis,
        threadBusyPercent, framesBusyPercent);
  }
}
