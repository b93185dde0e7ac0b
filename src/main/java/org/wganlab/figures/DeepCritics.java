package org.wganlab.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.data.Dataset;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.PenaltySamples;
import org.wganlab.metrics.GridSpec;
import org.wganlab.nn.Activation;
import org.wganlab.nn.OptimizerConfig;
import org.wganlab.nn.ThreadBudget;
import org.wganlab.nn.WeightInit;
import org.wganlab.train.EvaluationConfig;
import org.wganlab.train.EvaluationRequest;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.NetworkConfig;
import org.wganlab.train.RunConfig;
import org.wganlab.train.Trainer;
import org.wganlab.train.TrainingMode;

/**
 * The WGAN-GP paper's Figure 1b setting: 12-layer ReLU critics and generators trained as GANs on the
 * swiss roll, weight clipping with RMSProp 5e-5 beside the gradient penalty (lambda = 10) with Adam
 * 1e-4, recording the norm of the gradient of the critic's loss with respect to each layer's
 * activations as training goes, and the critics' weights at the end (Figure 1c).
 */
final class DeepCritics {
  /** Hidden layers of critic and generator, as in the paper. */
  static final int DEPTH = 12;

  /**
   * The size of the experiment.
   *
   * @param width units per hidden layer
   * @param iterations generator iterations (5 critic steps each)
   * @param batch real and fake points per step
   * @param measureEvery iterations between measurements of the layer norms
   */
  record Settings(int width, int iterations, int batch, int measureEvery) {
    /**
     * Full: the paper's width 512 (narrower layers change the clipped critics' gain per layer:
     * with weights at +-c, about c sqrt(width / 2)), batch 64 to keep four 12-layer runs short,
     * 100 iterations: a first run of 200 already showed every effect at iteration 100 (c = 0.1 up
     * 3.7 decades from the last layer to the first, c = 0.01 and 0.001 down 9.3 and 20.1, GP level
     * within 0.3). Quick: width 256 (the
     * narrowest where c = 0.1 still gains per layer), batch 16, 6 iterations.
     */
    static Settings of(FigureScale scale) {
      return switch (scale) {
        case FULL -> new Settings(512, 100, 64, 10);
        case QUICK -> new Settings(256, 6, 16, 2);
      };
    }
  }

  /**
   * One trained run.
   *
   * @param run its method and optimiser
   * @param iterations the iterations at which the layer norms were measured
   * @param layerNorms ||d L_W / d h_l|| per hidden layer (input side first) at each of those
   * @param weights the critic's weights at the end
   * @param problem why it diverged, or empty
   */
  record Run(RunConfig run, List<Integer> iterations, List<double[]> layerNorms, float[] weights,
      String problem) {
    /** The last measured layer norms. */
    double[] lastNorms() {
      return layerNorms.get(layerNorms.size() - 1);
    }
  }

  private DeepCritics() {
  }

  /** Clipping at {@code c} with the original WGAN's RMSProp 5e-5. */
  static RunConfig clipping(double c) {
    return new RunConfig(new MethodConfig.Clipping(c), OptimizerConfig.RMSPROP_REFERENCE);
  }

  /** The gradient penalty, lambda = 10, with the WGAN-GP toy code's Adam. */
  static RunConfig gradientPenalty() {
    return new RunConfig(new MethodConfig.GradientPenalty(MethodConfig.GradientPenalty.PAPER_LAMBDA, false,
        PenaltySamples.REAL_FAKE_INTERPOLATES), OptimizerConfig.ADAM_REFERENCE);
  }

  /** Trains {@code runs} (at most six) one after the other with the same seed and measures them. */
  static List<Run> train(List<RunConfig> runs, Settings s, long seed, Consumer<String> progress) {
    NetworkConfig net = new NetworkConfig(DEPTH, s.width(), Activation.RELU, WeightInit.REFERENCE);
    ExperimentConfig config = new ExperimentConfig(BuiltInDataset.SWISS_ROLL.cliName(),
        TrainingMode.GAN, 1.0, seed, s.iterations(), s.batch(), 5, net, net, runs,
        new EvaluationConfig(new GridSpec(16, -3, 3), s.measureEvery(), 256, 256));
    ThreadBudget.fitTo(s.batch(), s.width());
    EvaluationRequest cheap = new EvaluationRequest(false, false);
    List<Run> results = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      progress.accept("training " + DEPTH + "-layer networks on the swiss roll: "
          + runs.get(i).method().label());
      Trainer trainer = new Trainer(config, i, new Dataset.BuiltIn(BuiltInDataset.SWISS_ROLL));
      List<Integer> iterations = new ArrayList<>();
      List<double[]> norms = new ArrayList<>();
      for (int it = 0; it <= s.iterations() && !trainer.diverged(); it++) {
        if (it % s.measureEvery() == 0 || it == s.iterations()) {
          iterations.add(it);
          norms.add(trainer.evaluate(cheap).layerGradientNorms());
        }
        if (it < s.iterations()) {
          trainer.iterate();
        }
      }
      results.add(new Run(trainer.run(), iterations, norms, trainer.criticWeights(),
          trainer.problem()));
    }
    return results;
  }
}
