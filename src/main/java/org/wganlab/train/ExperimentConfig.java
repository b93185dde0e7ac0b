package org.wganlab.train;

import java.util.List;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodConfig.GradientPenalty;
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
 * @param runs the runs, 1 to {@link Experiment#MAX_RUNS}
 * @param evaluation how runs are measured
 */
public record ExperimentConfig(String data, TrainingMode mode, double fixedSigma, long seed,
    int iterations, int batch, int criticIters, NetworkConfig critic, NetworkConfig generator,
    List<RunConfig> runs, EvaluationConfig evaluation)
    implements Experiment<ExperimentConfig> {

  /**
   * Largest fixed-generator sigma: its points stay within the coordinates a point file may hold
   * (1e6), where the exact W1 and the surfaces were checked to work.
   */
  public static final double MAX_SIGMA = 1e5;
  /** Largest batch. */
  public static final int MAX_BATCH = 4096;
  /** The WGAN-GP toy code's batch. */
  public static final int REFERENCE_BATCH = 256;
  /** The fixed generator's sigma in the WGAN-GP paper's Figure 1a: P_g = P_r + N(0, I). */
  public static final double REFERENCE_SIGMA = 1.0;

  /** Validates and freezes the run list. */
  public ExperimentConfig {
    Experiment.checkSchedule(data, batch, MAX_BATCH, criticIters);
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
    runs = Experiment.checkRuns(runs);
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
    return new ExperimentConfig(data, TrainingMode.GAN, REFERENCE_SIGMA, REFERENCE_SEED,
        REFERENCE_ITERATIONS, REFERENCE_BATCH, REFERENCE_CRITIC_ITERS, NetworkConfig.REFERENCE, NetworkConfig.REFERENCE,
        methods.stream().map(RunConfig::reference).toList(), EvaluationConfig.DEFAULT);
  }

  /** A metrics row every this many iterations (the evaluation's interval). */
  @Override
  public int logEvery() {
    return evaluation.logEvery();
  }

  @Override
  public ExperimentConfig withSchedule(long nextSeed, int nextIterations, int nextBatch,
      int nextCriticIters, int nextLogEvery) {
    return new ExperimentConfig(data, mode, fixedSigma, nextSeed, nextIterations, nextBatch,
        nextCriticIters, critic, generator, runs, evaluation.withLogEvery(nextLogEvery));
  }

  /** The same experiment with other runs. */
  @Override
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

  /**
   * The same experiment in another mode, its gradient penalties' lambda following the mode: a fixed
   * generator asks what a critic trained to optimality learns, which the WGAN-GP paper answers with
   * lambda = 10, so entering that mode raises the penalties still at the toy code's 0.1 to 10, and
   * leaving it lowers those still at 10 back to 0.1. A lambda set to anything else is the user's and
   * stays. (The app's mode switch and {@code train --fixed-generator} both go through here.)
   */
  public ExperimentConfig inMode(TrainingMode next) {
    if (next == mode) {
      return this;
    }
    return withMode(next).withRuns(runs.stream().map(r -> r.withMethod(lambdaFor(next, r.method())))
        .toList());
  }

  /** The reference run of {@code kind} for this experiment's mode (see {@link #inMode}). */
  public RunConfig referenceRun(MethodKind kind) {
    RunConfig run = RunConfig.reference(kind);
    return run.withMethod(lambdaFor(mode, run.method()));
  }

  /** {@code method} with the lambda of {@code next} if it is a penalty at the other mode's. */
  private static MethodConfig lambdaFor(TrainingMode next, MethodConfig method) {
    boolean fixed = next == TrainingMode.FIXED_GENERATOR;
    double from = fixed ? GradientPenalty.TOY_LAMBDA : GradientPenalty.PAPER_LAMBDA;
    double to = fixed ? GradientPenalty.PAPER_LAMBDA : GradientPenalty.TOY_LAMBDA;
    return method instanceof GradientPenalty gp && gp.lambda() == from ? gp.withLambda(to) : method;
  }

  /** The same experiment in another mode, every run's method as it is (see {@link #inMode}). */
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
