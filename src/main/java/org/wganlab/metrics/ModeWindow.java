package org.wganlab.metrics;

import java.util.ArrayDeque;
import java.util.Deque;
import org.wganlab.data.ModeLayout;

/**
 * Mode coverage pooled over the recent past of a training run, so that the count follows what the
 * samples show rather than one snapshot's luck.
 *
 * <p>Why: each mode's cluster of a small generator shifts a little with every step, and a single
 * sample of 512 points credits a mode with only a few dozen of them. Measured on the app's default GP
 * run under the earlier, narrower radius of 3 standard deviations (iterations 1,500-2,500, a snapshot
 * every 5 iterations), one snapshot counted anywhere from 1 to 8 modes and 76 of 200 neighbouring
 * pairs differed by three modes or more, while within 0.2 of each centre every mode held 7-12 % of
 * the points throughout; 4,096 points instead of 512 changed nothing: the jumps are the generator's,
 * not the sample's. The rule applied to the good counts pooled over the last {@link #SPAN}
 * iterations (here a sample of {@link #POINTS} points every {@link #EVERY} iterations, ten in all)
 * read 5 to 8 over that stretch and never moved by more than two. The radius of
 * {@link ModeCoverage} is wider than that (its comment says why); pooling still smooths what is left.
 */
public final class ModeWindow {
  /** A sample is counted every this many iterations. */
  public static final int EVERY = 10;
  /** Samples of the last this many iterations are pooled. */
  public static final int SPAN = 100;
  /** Generated points per sample. */
  public static final int POINTS = 512;

  /**
   * One counted sample.
   *
   * @param iteration the iteration it was drawn after
   * @param counts its high-quality points per mode
   * @param points its size
   */
  public record Sample(int iteration, int[] counts, int points) {
  }

  private final ModeLayout layout;
  private final Deque<Sample> samples = new ArrayDeque<>();

  /** An empty window over {@code layout}'s modes. */
  public ModeWindow(ModeLayout layout) {
    this.layout = layout;
  }

  /** Whether a sample is due after {@code iteration}. */
  public static boolean due(int iteration) {
    return iteration % EVERY == 0;
  }

  /**
   * Counts interleaved generated {@code points} drawn at {@code iteration} and forgets the samples
   * that are {@link #SPAN} or more iterations older.
   */
  public void add(int iteration, double[] points) {
    samples.addLast(new Sample(iteration, ModeCoverage.highQualityCounts(layout, points),
        points.length / 2));
    while (samples.peekFirst().iteration() <= iteration - SPAN) {
      samples.removeFirst();
    }
  }

  /** The samples in the window, oldest first, for a saved run. */
  public java.util.List<Sample> samples() {
    return java.util.List.copyOf(samples);
  }

  /**
   * Replaces the window's samples with {@code saved} (from {@link #samples()} of a window over the
   * same modes).
   *
   * @throws IllegalArgumentException when a sample counts another number of modes
   */
  public void restore(java.util.List<Sample> saved) {
    for (Sample s : saved) {
      if (s.counts().length != layout.modeCount()) {
        throw new IllegalArgumentException("a saved mode sample counts " + s.counts().length
            + " modes, the data set has " + layout.modeCount());
      }
    }
    samples.clear();
    samples.addAll(saved);
  }

  /** Whether no sample has been counted yet. */
  public boolean isEmpty() {
    return samples.isEmpty();
  }

  /** The rule of {@link ModeCoverage} applied to the pooled counts of the window's samples. */
  public ModeCoverage pooled() {
    int[] counts = new int[layout.modeCount()];
    int points = 0;
    for (Sample sample : samples) {
      for (int m = 0; m < counts.length; m++) {
        counts[m] += sample.counts()[m];
      }
      points += sample.points();
    }
    return new ModeCoverage(layout, points, counts);
  }
}
