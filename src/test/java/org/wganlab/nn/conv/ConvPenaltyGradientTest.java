package org.wganlab.nn.conv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.wganlab.data.Rng;
import org.wganlab.method.LipschitzMethod;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.PenaltySamples;
import org.wganlab.method.PenaltyTerm;
import org.wganlab.nn.Critic;

/**
 * The exact double backprop through the convolutional critic: for the gradient penalty (two- and
 * one-sided) and the Wasserstein divergence with each of the six choices of r(x), the gradient the
 * method adds equals central finite differences of the penalty it reports, in double precision. The
 * methods are the toy mode's classes, unchanged; the penalty points depend only on the re-seeded random
 * stream, so every probe sees the same points.
 */
class ConvPenaltyGradientTest {

  static Stream<Arguments> methods() {
    List<MethodConfig> methods = new ArrayList<>();
    methods.add(new MethodConfig.GradientPenalty(10, false, PenaltySamples.REAL_FAKE_INTERPOLATES));
    methods.add(new MethodConfig.GradientPenalty(10, true, PenaltySamples.REAL_FAKE_INTERPOLATES));
    for (PenaltySamples samples : PenaltySamples.values()) {
      methods.add(new MethodConfig.Divergence(2, 6, samples));
    }
    return methods.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methods")
  void penaltyGradientMatchesFiniteDifferences(MethodConfig config) {
    ConvCritic critic = ConvGradientTest.tinyCritic();
    // Larger weights make ||grad D|| cross 1, so the one-sided penalty is active at some points.
    double[] p = critic.parameterValues();
    for (int i = 0; i < p.length; i++) {
      p[i] *= 1.5;
    }
    critic.setParameterValues(p);
    int d = ConvGradientTest.TINY.imageVolume();
    INDArray real = ConvGradientTest.gaussianRows(4, d, 11, 0.8);
    INDArray fake = ConvGradientTest.gaussianRows(4, d, 12, 1.2);
    LipschitzMethod method = config.create();

    critic.zeroGradient();
    PenaltyTerm term = method.addPenalty(critic, real, fake, new Rng(13));
    double[] analytic = critic.gradient().toDoubleVector();
    assertThat(term.gradientNorms()).isNotEmpty();
    assertThat(term.value()).isGreaterThan(0.0);

    // Every 13th parameter (all layers and kinds) and one random direction, a few seconds a method.
    ConvGradientTest.assertMatchesFiniteDifferences(critic, analytic,
        net -> method.addPenalty((Critic) net, real, fake, new Rng(13)).value(), 13);
  }
}
