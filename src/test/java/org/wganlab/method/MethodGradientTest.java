package org.wganlab.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.Rng;
import org.wganlab.nn.Activation;
import org.wganlab.nn.Mlp;
import org.wganlab.nn.MlpSpec;
import org.wganlab.nn.WeightInit;

/**
 * Each penalty method, with each activation and each choice of r(x), adds exactly the gradient of the
 * penalty it reports: checked against central finite differences in double precision. The penalty
 * points depend only on the random stream, so re-seeding it gives the same points at every probe.
 */
class MethodGradientTest {

  static Stream<Arguments> cases() {
    List<MethodConfig> methods = new ArrayList<>();
    methods.add(new MethodConfig.GradientPenalty(10, false, PenaltySamples.REAL_FAKE_INTERPOLATES));
    methods.add(new MethodConfig.GradientPenalty(10, true, PenaltySamples.REAL_FAKE_INTERPOLATES));
    for (PenaltySamples samples : PenaltySamples.values()) {
      methods.add(new MethodConfig.Divergence(2, 6, samples));
    }
    List<Arguments> cases = new ArrayList<>();
    for (MethodConfig method : methods) {
      for (Activation activation : Activation.values()) {
        cases.add(Arguments.of(method, activation));
      }
    }
    return cases.stream();
  }

  private static INDArray points(int n, long seed, double scale) {
    Rng rng = new Rng(seed);
    double[] xy = new double[2 * n];
    for (int i = 0; i < xy.length; i++) {
      xy[i] = scale * rng.gaussian();
    }
    return Nd4j.create(xy, new long[] {n, 2}, DataType.DOUBLE);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void penaltyGradientMatchesFiniteDifferences(MethodConfig config, Activation activation) {
    // Weights scaled up so that the one-sided penalty is active at many points.
    Mlp critic = Mlp.create(new MlpSpec(2, 1, 2, 6, activation, WeightInit.HE_UNIFORM),
        DataType.DOUBLE, new Rng(3));
    double[] p = critic.parameterValues();
    Rng noise = new Rng(4);
    for (int i = 0; i < p.length; i++) {
      p[i] = 1.6 * p[i] + 0.1 * noise.gaussian();
    }
    critic.setParameterValues(p);
    INDArray real = points(6, 8, 0.8);
    INDArray fake = points(6, 9, 1.2);
    LipschitzMethod method = config.create();

    critic.zeroGradient();
    PenaltyTerm term = method.addPenalty(critic, real, fake, new Rng(5));
    double[] analytic = critic.gradient().dup().data().asDouble();
    assertThat(term.gradientNorms()).isNotEmpty();

    double step = 1e-6;
    double largest = 0;
    for (int i = 0; i < p.length; i++) {
      double saved = p[i];
      p[i] = saved + step;
      critic.setParameterValues(p);
      double plus = method.addPenalty(critic, real, fake, new Rng(5)).value();
      p[i] = saved - step;
      critic.setParameterValues(p);
      double minus = method.addPenalty(critic, real, fake, new Rng(5)).value();
      p[i] = saved;
      double numeric = (plus - minus) / (2 * step);
      largest = Math.max(largest, Math.abs(numeric));
      assertThat(analytic[i]).as("parameter %d", i)
          .isCloseTo(numeric, offset(1e-6 * Math.max(1, Math.abs(numeric))));
    }
    assertThat(largest).as("the penalty must depend on the weights").isGreaterThan(1e-3);
  }
}
