package org.wganlab.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.data.Dataset;
import org.wganlab.data.Rng;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.PenaltySamples;
import org.wganlab.metrics.ExactW1;
import org.wganlab.metrics.GridSpec;
import org.wganlab.metrics.Surface;
import org.wganlab.nn.Activation;
import org.wganlab.nn.OptimizerConfig;
import org.wganlab.nn.OptimizerKind;
import org.wganlab.nn.ThreadBudget;
import org.wganlab.nn.WeightInit;
import org.wganlab.train.Evaluation;
import org.wganlab.train.EvaluationConfig;
import org.wganlab.train.EvaluationRequest;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.MetricsRow;
import org.wganlab.train.NetworkConfig;
import org.wganlab.train.RunConfig;
import org.wganlab.train.Trainer;
import org.wganlab.train.TrainingMode;

/**
 * The WGAN-GP paper's Figure 1a setting: critics trained towards optimality against a generator held
 * at P_g = P_r + N(0, I), weight clipping (c = 0.01, RMSProp) beside a gradient penalty (lambda = 10,
 * Adam), and everything measured on one set of held-out real and fake points: the exact W1 between
 * them and each critic's estimate on the same points.
 */
final class FixedGeneratorCritics {
  /** Ten times the original WGAN's RMSProp rate. */
  static final OptimizerConfig FAST_RMSPROP = OptimizerConfig.RMSPROP_REFERENCE.withLearningRate(5e-4);
  /** Ten times the WGAN-GP toy code's Adam rate, same betas. */
  static final OptimizerConfig FAST_ADAM = new OptimizerConfig(OptimizerKind.ADAM, 1e-3, 0.5, 0.9);


  /**
   * The size of the experiment.
   *
   * @param width units per hidden layer of the 3-layer ReLU critic
   * @param criticSteps critic steps per run
   * @param batch real and fake points per step
   * @param points held-out real and fake points for the exact W1 and the estimate
   * @param grid the surface grid
   * @param clipOptimizer clipping's optimiser
   * @param gpOptimizer the gradient penalty's optimiser
   */
  record Settings(int width, int criticSteps, int batch, int points, GridSpec grid,
      OptimizerConfig clipOptimizer, OptimizerConfig gpOptimizer) {

    /**
     * Full: 3 x 128 critics (the paper's toy code uses 512), batch 256, 6,000 critic steps at ten
     * times the reference learning rates (Adam 1e-3, RMSProp 5e-4), and 2,000 points a side (the
     * exact W1's assignment costs the cube of the points: twice as many is eight times the work).
     * Measured on 8 gaussians: at the reference rates a GP critic reached only 0.6 of the exact W1
     * after 1,500 steps, and at the faster rates 0.84 after 2,000 steps, still rising; a longer
     * probe's held-out estimate levelled off at 0.88-0.90 between 5,000 and 6,000 steps. 3 x 256
     * critics were too slow; half the width is about a quarter of the work. Quick: 3 x 64 critics
     * at the same rates for 300 steps, 400 points.
     */
    static Settings of(FigureScale scale) {
      return switch (scale) {
        case FULL -> new Settings(128, 6000, 256, 2000, GridSpec.DEFAULT, FAST_RMSPROP, FAST_ADAM);
        case QUICK -> new Settings(64, 300, 128, 400, new GridSpec(48, -3, 3), FAST_RMSPROP,
            FAST_ADAM);
      };
    }
  }

  /**
   * One trained critic, measured.
   *
   * @param run its method and optimiser
   * @param surface its value surface
   * @param estimate E_real[D] - E_fake[D] on the held-out points of the exact W1
   * @param interpolateNorms ||grad_x D|| at real-fake interpolates of those points (GP's penalty
   *     points)
   * @param weights its weights, layer by layer
   * @param rows its held-out estimate during training
   * @param problem why it diverged, or empty
   */
  record Critic(RunConfig run, Surface surface, double estimate, double[] interpolateNorms,
      float[] weights, List<MetricsRow> rows, String problem) {
  }

  /**
   * Both critics on one data set.
   *
   * @param data the data set
   * @param real held-out real points
   * @param fake held-out points of P_r + N(0, I)
   * @param exactW1 the exact W1 between {@code real} and {@code fake} (optimal assignment)
   * @param critics clipping, then gradient penalty
   */
  record Result(BuiltInDataset data, double[] real, double[] fake, double exactW1,
      List<Critic> critics) {
  }

  /** Clipping c = 0.01, then GP lambda = 10 at real-fake interpolates. */
  static List<RunConfig> runs(Settings s) {
    return List.of(new RunConfig(new MethodConfig.Clipping(0.01), s.clipOptimizer()),
        new RunConfig(new MethodConfig.GradientPenalty(MethodConfig.GradientPenalty.PAPER_LAMBDA, false,
            PenaltySamples.REAL_FAKE_INTERPOLATES), s.gpOptimizer()));
  }

  private FixedGeneratorCritics() {
  }

  /** Trains both critics on {@code data} with seed {@code seed} and measures them. */
  static Result train(BuiltInDataset data, Settings s, long seed) {
    NetworkConfig net = new NetworkConfig(3, s.width(), Activation.RELU, WeightInit.REFERENCE);
    int criticIters = 5;
    int iterations = s.criticSteps() / criticIters;
    ExperimentConfig config = new ExperimentConfig(data.cliName(), TrainingMode.FIXED_GENERATOR, 1.0,
        seed, iterations, s.batch(), criticIters, net, net, runs(s),
        new EvaluationConfig(s.grid(), Math.max(1, iterations / 20), 1024, s.points()));
    ThreadBudget.fitTo(s.batch(), s.width());
    List<Critic> critics = new ArrayList<>();
    double[] real = null;
    double[] fake = null;
    for (int i = 0; i < config.runs().size(); i++) {
      Trainer trainer = new Trainer(config, i, new Dataset.BuiltIn(data));
      for (int it = 0; it < iterations && !trainer.diverged(); it++) {
        trainer.iterate();
      }
      Evaluation e = trainer.evaluate(EvaluationRequest.LIVE);
      if (real == null) {
        real = e.real();
        fake = e.fake();
      } else if (!Arrays.equals(real, e.real()) || !Arrays.equals(fake, e.fake())) {
        // Runs of one experiment draw their held-out points from the same seeded streams.
        throw new IllegalStateException("the runs measured different held-out points");
      }
      double estimate = trainer.readCritic(real).meanValue() - trainer.readCritic(fake).meanValue();
      double[] norms = trainer.readCritic(interpolates(real, fake, new Rng(seed))).gradientNorms();
      critics.add(new Critic(trainer.run(), e.surface(), estimate, norms, trainer.criticWeights(),
          trainer.rows(), trainer.problem()));
    }
    return new Result(data, real, fake, ExactW1.between(real, fake), critics);
  }

  /** eps a_i + (1 - eps) b_i, eps ~ U[0, 1] per pair, as the gradient penalty samples them. */
  static double[] interpolates(double[] a, double[] b, Rng rng) {
    double[] mixed = new double[a.length];
    for (int i = 0; i < a.length; i += 2) {
      double eps = rng.uniform();
      mixed[i] = eps * a[i] + (1 - eps) * b[i];
      mixed[i + 1] = eps * a[i + 1] + (1 - eps) * b[i + 1];
    }
    return mixed;
  }
}
