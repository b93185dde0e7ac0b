package org.wganlab.cli;

import java.util.Arrays;

/**
 * Times a piece of work the way the benchmarks report it: warm up (so the JIT has compiled it and the
 * workspaces have learnt their size), then the median of a number of timed runs, in milliseconds.
 *
 * @param warmUpCalls calls before timing starts
 * @param warmUpNanos least time spent warming up
 * @param repeats timed runs
 */
record MedianTimer(int warmUpCalls, long warmUpNanos, int repeats) {

  /** Median milliseconds of {@code body}. */
  double millis(Runnable body) {
    long warmUntil = System.nanoTime() + warmUpNanos;
    for (int i = 0; i < warmUpCalls || System.nanoTime() < warmUntil; i++) {
      body.run();
    }
    double[] ms = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      body.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms[repeats / 2];
  }
}
