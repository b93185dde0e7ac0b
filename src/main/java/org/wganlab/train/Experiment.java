package org.wganlab.train;

import java.util.List;
import org.wganlab.export.ReferencesData;

/**
 * What every family's experiment config shares (a toy {@link ExperimentConfig}, an image experiment):
 * its data, the training schedule every run follows, and the runs trained side by side with one seed.
 * The shared rules live here once, so that both families refuse the same values with the same words.
 *
 * @param <E> the config type
 */
public interface Experiment<E extends Experiment<E>> extends ReferencesData<E> {

  /**
   * Most runs one experiment holds. Six, because the r(x) comparison trains the six sampling choices
   * of one method as runs of one experiment (one seed, one data order); the desktop app shows fewer
   * side by side (see {@link TrainingSession#MAX_PANELS}).
   */
  int MAX_RUNS = 6;
  /** Most critic steps per generator step. */
  int MAX_CRITIC_ITERS = 100;
  /** The reference experiments' seed. */
  long REFERENCE_SEED = 1;
  /** The reference experiments' length, in generator iterations. */
  int REFERENCE_ITERATIONS = 1000;
  /** The reference n_critic of both WGAN-GP experiments (toy code and paper). */
  int REFERENCE_CRITIC_ITERS = 5;

  /** Seed of initialisation, data order, noise and penalty points, shared by every run. */
  long seed();

  /** Generator iterations to train (0 for open-ended: the desktop app's toy experiments only). */
  int iterations();

  /** Samples per critic and generator batch. */
  int batch();

  /** Critic steps per generator step (n_critic). */
  int criticIters();

  /** A metrics row every this many iterations. */
  int logEvery();

  /** The runs, 1 to {@link #MAX_RUNS}. */
  List<RunConfig> runs();

  /** The same experiment with other runs. */
  E withRuns(List<RunConfig> next);

  /** The same experiment with another seed and schedule. */
  E withSchedule(long nextSeed, int nextIterations, int nextBatch, int nextCriticIters,
      int nextLogEvery);

  /** {@code runs}, checked (1 to {@link #MAX_RUNS}) and frozen. */
  static List<RunConfig> checkRuns(List<RunConfig> runs) {
    if (runs == null || runs.isEmpty() || runs.size() > MAX_RUNS) {
      throw new IllegalArgumentException("an experiment needs 1 to " + MAX_RUNS + " runs, got "
          + (runs == null ? 0 : runs.size()));
    }
    return List.copyOf(runs);
  }

  /** Checks the data reference and the schedule's shared bounds ({@code maxBatch} is the family's). */
  static void checkSchedule(String data, int batch, int maxBatch, int criticIters) {
    if (data == null || data.isBlank()) {
      throw new IllegalArgumentException("data is required");
    }
    if (batch < 2 || batch > maxBatch) {
      throw new IllegalArgumentException("batch must be 2 to " + maxBatch + ", got " + batch);
    }
    if (criticIters < 1 || criticIters > MAX_CRITIC_ITERS) {
      throw new IllegalArgumentException("critic iterations must be 1 to " + MAX_CRITIC_ITERS
          + ", got " + criticIters);
    }
  }
}
