package org.wganlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.data.Dataset;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.PenaltySamples;
import org.wganlab.nn.Activation;
import org.wganlab.nn.OptimizerConfig;
import org.wganlab.nn.OptimizerKind;
import org.wganlab.nn.WeightInit;

/**
 * The whole pipeline against the one number known exactly: with the generator fixed at
 * P_g = P_r + N(0, I), a gradient-penalty critic trained towards optimality estimates the exact W1
 * between real and fake samples closely, while a clipped critic (c = 0.01) sees almost nothing.
 */
class FixedGeneratorCriticTest {

  private static Evaluation train(MethodConfig method, OptimizerConfig optimizer) {
    NetworkConfig net = new NetworkConfig(3, 128, Activation.RELU, WeightInit.REFERENCE);
    ExperimentConfig config = ExperimentConfig.reference("8gaussians", List.of(org.wganlab.method.MethodKind.GP))
        .withRuns(List.of(new RunConfig(method, optimizer)))
        .withMode(TrainingMode.FIXED_GENERATOR)
        .withNetworks(net, net)
        .withTraining(256, 5, 300);
    Trainer trainer = new Trainer(config, 0, new Dataset.BuiltIn(BuiltInDataset.EIGHT_GAUSSIANS));
    for (int i = 0; i < 300; i++) {
      trainer.iterate();
    }
    assertThat(trainer.diverged()).isFalse();
    return trainer.evaluate(new EvaluationRequest(false, true));
  }

  @Test
  void gradientPenaltyCriticEstimatesTheExactW1() {
    Evaluation gp = train(new MethodConfig.GradientPenalty(10, false,
        PenaltySamples.REAL_FAKE_INTERPOLATES), new OptimizerConfig(OptimizerKind.ADAM, 1e-3, 0.5, 0.9));
    assertThat(gp.exactW1()).isBetween(0.6, 1.1);
    assertThat(gp.wassersteinEstimate()).isBetween(0.8 * gp.exactW1(), 1.1 * gp.exactW1());
    // Gradient norms concentrate at 1 between the distributions, the property behind the penalty.
    double[] norms = gp.penaltyGradientNorms();
    double mean = java.util.Arrays.stream(norms).average().orElseThrow();
    assertThat(mean).isBetween(0.85, 1.15);
  }

  @Test
  void clippedCriticUnderestimatesItByFar() {
    Evaluation clip = train(new MethodConfig.Clipping(0.01), OptimizerConfig.RMSPROP_REFERENCE);
    assertThat(clip.wassersteinEstimate()).isLessThan(0.1 * clip.exactW1());
  }
}
