package org.wganlab.figures;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.data.Dataset;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.PenaltySamples;
import org.wganlab.metrics.ExactW1;
import org.wganlab.metrics.GridSpec;
import org.wganlab.nn.Activation;
import org.wganlab.nn.OptimizerConfig;
import org.wganlab.nn.OptimizerKind;
import org.wganlab.nn.ThreadBudget;
import org.wganlab.nn.WeightInit;
import org.wganlab.train.Evaluation;
import org.wganlab.train.EvaluationConfig;
import org.wganlab.train.EvaluationRequest;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.NetworkConfig;
import org.wganlab.train.RunConfig;
import org.wganlab.train.Trainer;
import org.wganlab.train.TrainingMode;

/**
 * The runs of the r(x) comparison: on 8 gaussians in GAN mode, W-div and the gradient penalty with
 * each of the six sampling choices, and weight clipping, all from the same networks and batches.
 */
final class SamplingChoiceRuns {
  /**
   * The gradient penalty's lambda: the WGAN-GP toy code's 0.1. With the paper's 10 (its image
   * experiments, and the WGAN-div paper's comparison) these 3 x 64 networks captured no mode of 8
   * gaussians in 2,000 iterations with any r(x) (exact W1 0.21-3.5), which compares nothing.
   */
  static final double GP_LAMBDA = MethodConfig.GradientPenalty.TOY_LAMBDA;

  /**
   * The size of the comparison.
   *
   * @param width units per hidden layer of the 3-layer networks
   * @param iterations generator iterations per run
   * @param batch real and fake points per step
   * @param measureEvery iterations between mode counts
   * @param points generated and real points measured
   * @param seeds seeds per run, from the given one upwards
   * @param learningRate Adam's (and clipping's RMSProp) learning rate
   */
  record Settings(int width, int iterations, int batch, int measureEvery, int points, int seeds,
      double learningRate) {
    /**
     * Full: the desktop app's networks and learning rates (3 x 64, batch 64, 5e-4), with which a GP
     * run at interpolates captured all 8 modes (10 sigma count) at iterations 650-900 for seeds 1-3;
     * three seeds of 1,000 iterations, because one seed's ranking of the six choices is noisy. That
     * makes 39 runs, the most of the figures, and W1 shows they still stop early in training.
     * Quick: 3 x 16 for 60 iterations, one seed.
     */
    static Settings of(FigureScale scale) {
      return switch (scale) {
        case FULL -> new Settings(64, 1000, 64, 50, 1000, 3, 5e-4);
        case QUICK -> new Settings(16, 60, 32, 20, 200, 1, 5e-4);
      };
    }
  }

  /**
   * One run, measured.
   *
   * @param method its method
   * @param samples its r(x) (clipping: interpolates, unused)
   * @param seed its seed
   * @param modes modes captured at the end
   * @param highQuality share of generated points within the quality radius of a centre at the end
   *     (ModeCoverage.QUALITY_RADIUS_STDS standard deviations)
   * @param w1 exact W1 between generated and held-out real points at the end (NaN if diverged)
   * @param iterations iterations at which modes were counted
   * @param seconds training seconds at those iterations
   * @param modesOverTime modes captured at those iterations
   * @param problem why it diverged, or empty
   */
  record Outcome(MethodConfig method, PenaltySamples samples, long seed, int modes, double highQuality,
      double w1, int[] iterations, double[] seconds, int[] modesOverTime, String problem) {
    /** The first iteration at which all 8 modes were captured, or -1. */
    int firstAllModes() {
      for (int i = 0; i < iterations.length; i++) {
        if (modesOverTime[i] == 8) {
          return iterations[i];
        }
      }
      return -1;
    }
  }

  private SamplingChoiceRuns() {
  }

  /** W-div with the six choices, GP with the six choices and clipping, seed {@code seed}. */
  static List<Outcome> train(Settings s, long seed) {
    OptimizerConfig adam = new OptimizerConfig(OptimizerKind.ADAM, s.learningRate(), 0.5, 0.9);
    List<RunConfig> div = new ArrayList<>();
    List<RunConfig> gp = new ArrayList<>();
    for (PenaltySamples p : PenaltySamples.values()) {
      div.add(new RunConfig(new MethodConfig.Divergence(2, 6, p), adam));
      gp.add(new RunConfig(new MethodConfig.GradientPenalty(GP_LAMBDA, false, p), adam));
    }
    RunConfig clip = new RunConfig(new MethodConfig.Clipping(0.01),
        new OptimizerConfig(OptimizerKind.RMSPROP, s.learningRate(), 0.5, 0.9));
    List<Outcome> outcomes = new ArrayList<>();
    ThreadBudget.fitTo(s.batch(), s.width());
    for (List<RunConfig> group : List.of(div, gp, List.of(clip))) {
      ExperimentConfig config = experiment(s, seed, group);
      for (int i = 0; i < group.size(); i++) {
        outcomes.add(run(config, i, s, seed));
      }
    }
    return outcomes;
  }

  private static ExperimentConfig experiment(Settings s, long seed, List<RunConfig> runs) {
    NetworkConfig net = new NetworkConfig(3, s.width(), Activation.RELU, WeightInit.REFERENCE);
    return new ExperimentConfig(BuiltInDataset.EIGHT_GAUSSIANS.cliName(), TrainingMode.GAN, 1.0, seed,
        s.iterations(), s.batch(), 5, net, net, runs,
        new EvaluationConfig(new GridSpec(16, -3, 3), s.measureEvery(), 512, s.points()));
  }

  private static Outcome run(ExperimentConfig config, int index, Settings s, long seed) {
    Trainer trainer = new Trainer(config, index,
        new Dataset.BuiltIn(BuiltInDataset.EIGHT_GAUSSIANS));
    EvaluationRequest cheap = new EvaluationRequest(false, false);
    int checks = s.iterations() / s.measureEvery();
    int[] iterations = new int[checks];
    double[] seconds = new double[checks];
    int[] modes = new int[checks];
    int done = 0;
    Evaluation last = null;
    while (trainer.iteration() < s.iterations() && !trainer.diverged()) {
      trainer.iterate();
      if (!trainer.diverged() && trainer.iteration() % s.measureEvery() == 0) {
        last = trainer.evaluate(cheap);
        iterations[done] = trainer.iteration();
        seconds[done] = trainer.rows().get(trainer.rows().size() - 1).seconds();
        modes[done] = last.modes().modesCaptured();
        done++;
      }
    }
    RunConfig run = trainer.run();
    PenaltySamples samples = PenaltySamples.REAL_FAKE_INTERPOLATES;
    if (run.method() instanceof MethodConfig.GradientPenalty g) {
      samples = g.samples();
    } else if (run.method() instanceof MethodConfig.Divergence d) {
      samples = d.samples();
    }
    boolean usable = last != null && !trainer.diverged();
    return new Outcome(run.method(), samples, seed, usable ? last.modes().modesCaptured() : 0,
        usable ? last.modes().highQualityFraction() : 0,
        usable ? ExactW1.between(last.real(), last.fake()) : Double.NaN,
        java.util.Arrays.copyOf(iterations, done), java.util.Arrays.copyOf(seconds, done),
        java.util.Arrays.copyOf(modes, done), trainer.problem());
  }
}
