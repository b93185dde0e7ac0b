package org.wganlab.train;

/** Iterations per second of each run over a sliding window of about a second. */
final class SpeedMeter {
  private final long windowNanos;
  private long[] startNanos = new long[0];
  private int[] startIterations = new int[0];
  private double[] rates = new double[0];

  SpeedMeter(long windowNanos) {
    this.windowNanos = windowNanos;
  }

  void reset(int runs) {
    startNanos = new long[runs];
    startIterations = new int[runs];
    rates = new double[runs];
  }

  void record(int run, int iteration, long now) {
    if (startNanos[run] == 0) {
      startNanos[run] = now;
      startIterations[run] = iteration;
      return;
    }
    long elapsed = now - startNanos[run];
    if (elapsed >= windowNanos) {
      rates[run] = (iteration - startIterations[run]) * 1e9 / elapsed;
      startNanos[run] = now;
      startIterations[run] = iteration;
    }
  }

  double rate(int run) {
    return rates[run];
  }
}
