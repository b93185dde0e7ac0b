package org.wganlab.ui.perf;

import java.util.Arrays;
import java.util.List;
import org.wganlab.train.Evaluation;

/**
 * Collects frame timings on the JavaFX thread. A frame's work runs from the start of the frame
 * callback to the end of the scene's layout pass (what the JavaFX thread does for that pulse, charts
 * and canvases included); a pause is the gap between two frame starts. Recording is cheap: two
 * timestamps and an array store per frame.
 */
public final class FrameMeter {
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private static final java.lang.management.RuntimeMXBean RUNTIME =
      java.lang.management.ManagementFactory.getRuntimeMXBean();
  private static final int LONG_GAPS_KEPT = 5;
  private static final long FIFTY_MILLIS = 50_000_000L;
  private long[] work = new long[4096];
  private long[] cpu = new long[4096];
  private long cpuStart;
  private int frames;
  private long frameStart;
  private long lastStart;
  private long maxGap;
  private long[] refreshes = new long[0];
  private Evaluation[] seen = new Evaluation[0];
  private boolean recording;
  private long recordingSince;
  private long recordedNanos;
  private long threadCpuAtStart;
  private long threadCpuSpent;
  private long maxSnapshotNanos;
  private long maxChartNanos;
  private final long[] longGaps = new long[LONG_GAPS_KEPT];
  private final long[] longGapsAt = new long[LONG_GAPS_KEPT];
  private int gapsOver50;

  /** Starts (or restarts) recording from {@code now}. */
  public void start(long now) {
    frames = 0;
    maxGap = 0;
    lastStart = 0;
    recording = true;
    recordingSince = now;
    threadCpuAtStart = THREADS.getCurrentThreadCpuTime();
    Arrays.fill(refreshes, 0);
    maxSnapshotNanos = 0;
    maxChartNanos = 0;
    Arrays.fill(longGaps, 0);
    Arrays.fill(longGapsAt, 0);
    gapsOver50 = 0;
  }

  /**
   * Records how long the frame spent taking the snapshot (panels redraw inside) and redrawing a chart,
   * to tell which part a slow frame came from.
   */
  public void parts(long snapshotNanos, long chartNanos) {
    if (recording) {
      maxSnapshotNanos = Math.max(maxSnapshotNanos, snapshotNanos);
      maxChartNanos = Math.max(maxChartNanos, chartNanos);
    }
  }

  /** Stops recording at {@code now}. */
  public void stop(long now) {
    if (recording) {
      recordedNanos = now - recordingSince;
      threadCpuSpent = THREADS.getCurrentThreadCpuTime() - threadCpuAtStart;
    }
    recording = false;
  }

  /** Whether frames are being recorded. */
  public boolean recording() {
    return recording;
  }

  /** Called first thing in a frame. */
  public void frameStarted(long now) {
    frameStart = now;
    cpuStart = recording ? THREADS.getCurrentThreadCpuTime() : 0;
    if (recording && lastStart != 0) {
      maxGap = Math.max(maxGap, now - lastStart);
      keepIfLong(now - lastStart);
    }
    lastStart = now;
  }

  /**
   * Keeps the longest gaps with the JVM uptime at which they ended, so that a long one can be laid
   * beside a GC log (whose timestamps are uptime too).
   */
  private void keepIfLong(long gap) {
    if (gap > FIFTY_MILLIS) {
      gapsOver50++;
    }
    int smallest = 0;
    for (int i = 1; i < LONG_GAPS_KEPT; i++) {
      if (longGaps[i] < longGaps[smallest]) {
        smallest = i;
      }
    }
    if (gap > longGaps[smallest]) {
      longGaps[smallest] = gap;
      longGapsAt[smallest] = RUNTIME.getUptime();
    }
  }

  /** Called after the frame's layout pass (or at the end of the callback when there is none). */
  public void frameDone(long now) {
    if (!recording || frameStart == 0 || cpuStart == 0) {
      // Not recording, or recording began inside this frame: no clean start time.
      frameStart = 0;
      return;
    }
    if (frames == work.length) {
      work = Arrays.copyOf(work, 2 * work.length);
      cpu = Arrays.copyOf(cpu, 2 * cpu.length);
    }
    // CPU time tells the frame's own work apart from time the thread waited for a core.
    cpu[frames] = THREADS.getCurrentThreadCpuTime() - cpuStart;
    work[frames++] = now - frameStart;
    frameStart = 0;
  }

  /**
   * Counts a surface refresh for every panel that now shows another measurement than at the last call.
   *
   * @param shown the measurement each panel has drawn, in panel order (null where none yet)
   */
  public void observe(List<Evaluation> shown) {
    if (seen.length != shown.size()) {
      seen = new Evaluation[shown.size()];
      refreshes = new long[shown.size()];
    }
    for (int i = 0; i < shown.size(); i++) {
      Evaluation e = shown.get(i);
      if (e != seen[i]) {
        seen[i] = e;
        if (recording) {
          refreshes[i]++;
        }
      }
    }
  }

  /** The numbers so far. */
  public FrameReport report(long now) {
    long span = recording ? now - recordingSince : recordedNanos;
    long[] sorted = Arrays.copyOf(work, frames);
    Arrays.sort(sorted);
    long[] cpuSorted = Arrays.copyOf(cpu, frames);
    Arrays.sort(cpuSorted);
    double seconds = span / 1e9;
    double[] hz = new double[refreshes.length];
    for (int i = 0; i < hz.length; i++) {
      hz[i] = seconds > 0 ? refreshes[i] / seconds : 0;
    }
    return new FrameReport(frames, seconds, quantile(sorted, 0.5), quantile(sorted, 0.95),
        quantile(sorted, 0.99), frames == 0 ? 0 : sorted[frames - 1] / 1e6, maxGap / 1e6, hz,
        maxSnapshotNanos / 1e6, maxChartNanos / 1e6, quantile(cpuSorted, 0.95),
        frames == 0 ? 0 : cpuSorted[frames - 1] / 1e6,
        span > 0 ? 100.0 * threadCpuSpent / span : 0, span > 0 ? 100.0 * sum(cpu, frames) / span : 0,
        gapsOver50, longestGaps());
  }

  private List<FrameReport.Pause> longestGaps() {
    List<FrameReport.Pause> pauses = new java.util.ArrayList<>();
    for (int i = 0; i < LONG_GAPS_KEPT; i++) {
      if (longGaps[i] > 0) {
        pauses.add(new FrameReport.Pause(longGaps[i] / 1e6, longGapsAt[i]));
      }
    }
    pauses.sort(java.util.Comparator.comparingDouble(FrameReport.Pause::millis).reversed());
    return List.copyOf(pauses);
  }

  private static long sum(long[] values, int count) {
    long total = 0;
    for (int i = 0; i < count; i++) {
      total += values[i];
    }
    return total;
  }

  private static double quantile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
