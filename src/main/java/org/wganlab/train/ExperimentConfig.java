package org.wganlab.train;

import java.util.List;
import org.wganlab.export.ReferencesData;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.nn.OptimizerConfig;

/**
 * Everything that defines an experiment: the data, the shared training settings and one
 * {@link RunConfig} per side-by-side run. Immutable and validated; the JSON form is the
 * {@code config.json} the command line writes and the desktop app saves and loads.
 *
 * @param data a built-in data set name (e.g. {@code 8gaussians}) or a CSV file path
 * @param mode GAN training or a fixed generator
 * @param fixedSigma sigma of P_g = P_r + N(0, sigma^2 I) in fixed-generator mode
 * @param seed seed of data, initialisation and sampling; every run of the experiment shares it
 * @param iterations generator iterations to train (command line) or 0 for open-ended (app)
 * @param batch batch size of real and fake points
 * @param criticIters critic steps per generator step (n_critic)
 * @param critic critic shape
 * @param generator generator shape
 * @param runs the runs, 1 to {@link #MAX_RUNS}
 * @param evaluation how runs are measured
 */
public record ExperimentConfig(String data, TrainingMode mode, double fixedSigma, long seed,
    int iterations, int batch, int criticIters, NetworkConfig critic, NetworkConfig generator,
    List<RunConfig> runs, EvaluationConfig evaluation)
    implements ReferencesData<ExperimentConfig> {

  /** Most runs an experiment holds. */
  public static final int MAX_RUNS = 6;
  /**
   * Largest fixed-generator sigma: its points stay within the coordinates a point file may hold
   * (1e6), where the exact W1 and the surfaces were checked to work.
   */
  public static final double MAX_SIGMA = 1e5;
  /** Largest batch. */
  public static final int MAX_BATCH = 4096;

  /** Validates and freezes the run list. */
  public ExperimentConfig {
    if (data == null || data.isBlank()) {
      throw new IllegalArgumentException("data is required");
    }
    String missing = mode == null ? "mode" : critic == null ? "critic" : generator == null
        ? "generator" : evaluation == null ? "evaluation" : null;
    if (missing != null) {
      throw new IllegalArgumentException(missing + " is required");
    }
    if (!(fixedSigma > 0 && fixedSigma <= MAX_SIGMA)) {
      throw new IllegalArgumentException("sigma must be greater than 0 and at most " + MAX_SIGMA
          + ", got " + fixedSigma);
    }
    if (iterations < 0) {
      throw new IllegalArgumentException(iterationsRule(iterations));
    }
    if (batch < 2 || batch > MAX_BATCH) {
      throw new IllegalArgumentException("batch must be in [2, " + MAX_BATCH + "], got " + batch);
    }
    if (criticIters < 1 || criticIters > 100) {
      throw new IllegalArgumentException("critic iterations must be in [1, 100], got " + criticIters);
    }
    if (runs == null || runs.isEmpty() || runs.size() > MAX_RUNS) {
      throw new IllegalArgumentException("an experiment needs 1 to " + MAX_RUNS + " runs");
    }
    runs = List.copyOf(runs);
  }

  /**
   * The one message for an iteration count a command cannot train: the command line needs at least
   * 1, and only the desktop app trains without end (0).
   */
  public static String iterationsRule(int iterations) {
    return "iterations must be at least 1 (0, no end, is for the desktop app only), got "
        + iterations;
  }

  /**
   * The reference toy experiment on {@code data}: 3 x 512 ReLU networks, batch 256, 5 critic steps,
   * each method with its reference optimiser.
   */
  public static ExperimentConfig reference(String data, List<MethodKind> methods) {
    return new ExperimentConfig(data, TrainingMode.GAN, 1.0, 1, 1000, 256, 5,
        NetworkConfig.REFERENCE, NetworkConfig.REFERENCE,
        methods.stream().map(RunConfig::reference).toList(), EvaluationConfig.DEFAULT);
  }

  /** The same experiment with other runs. */
  public ExperimentConfig withRuns(List<RunConfig> next) {
    return new ExperimentConfig(data, mode, fixedSigma, seed, iterations, batch, criticIters, critic,
        generator, next, evaluation);
  }

  /** The same experiment with run {@code index}'s method replaced. */
  public ExperimentConfig withMethod(int index, MethodConfig method) {
    List<RunConfig> next = new java.util.ArrayList<>(runs);
    next.set(index, runs.get(index).withMethod(method));
    return withRuns(next);
  }

  /** The same experiment with every run's optimiser replaced. */
  public ExperimentConfig withOptimizer(OptimizerConfig optimizer) {
    return withRuns(runs.stream().map(r -> r.withOptimizer(optimizer)).toList());
  }

  /** The same experiment on other data. */
  @Override
  public ExperimentConfig withData(String next) {
    return new ExperimentConfig(next, mode, fixedSigma, seed, iterations, batch, criticIters, critic,
        generator, runs, evaluation);
  }

  /** The same experiment in another mode. */
  public ExperimentConfig withMode(TrainingMode next) {
    return new ExperimentConfig(data, next, fixedSigma, seed, iterations, batch, criticIters, critic,
        generator, runs, evaluation);
  }

  /** The same experiment with another seed. */
  public ExperimentConfig withSeed(long next) {
    return new ExperimentConfig(data, mode, fixedSigma, next, iterations, batch, criticIters, critic,
        generator, runs, evaluation);
  }

  /** The same experiment with other shared training settings. */
  public ExperimentConfig withTraining(int nextBatch, int nextCriticIters, int nextIterations) {
    return new ExperimentConfig(data, mode, fixedSigma, seed, nextIterations, nextBatch,
        nextCriticIters, critic, generator, runs, evaluation);
  }

  /** The same experiment with other network shapes. */
  public ExperimentConfig withNetworks(NetworkConfig nextCritic, NetworkConfig nextGenerator) {
    return new ExperimentConfig(data, mode, fixedSigma, seed, iterations, batch, criticIters,
        nextCritic, nextGenerator, runs, evaluation);
  }

  /** The same experiment measured differently. */
  public ExperimentConfig withEvaluation(EvaluationConfig next) {
    return new ExperimentConfig(data, mode, fixedSigma, seed, iterations, batch, criticIters, critic,
        generator, runs, next);
  }
}
