package org.wganlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.Rng;

/**
 * Every analytic gradient of the MLP against central finite differences in double precision.
 */
class MlpGradientTest {
  private static final double STEP = 1e-6;
  private static final double TOLERANCE = 1e-7;

  private static Mlp critic(Activation activation, int depth) {
    MlpSpec spec = new MlpSpec(2, 1, depth, 5, activation, WeightInit.HE_UNIFORM);
    Mlp mlp = Mlp.create(spec, DataType.DOUBLE, new Rng(7));
    // Non-zero biases so that every path of the derivative is exercised.
    double[] p = mlp.parameterValues();
    Rng rng = new Rng(11);
    for (int i = 0; i < p.length; i++) {
      p[i] += 0.1 * rng.gaussian();
    }
    mlp.setParameterValues(p);
    return mlp;
  }

  private static INDArray points(int n, long seed) {
    Rng rng = new Rng(seed);
    double[] xy = new double[2 * n];
    for (int i = 0; i < xy.length; i++) {
      xy[i] = 1.5 * rng.gaussian();
    }
    return Nd4j.create(xy, new long[] {n, 2}, DataType.DOUBLE);
  }

  /** Central differences of {@code f} with respect to every parameter of {@code net}. */
  private static double[] numericGradient(Mlp net, ToDoubleFunction<Mlp> f) {
    double[] p = net.parameterValues();
    double[] numeric = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      double saved = p[i];
      p[i] = saved + STEP;
      net.setParameterValues(p);
      double plus = f.applyAsDouble(net);
      p[i] = saved - STEP;
      net.setParameterValues(p);
      double minus = f.applyAsDouble(net);
      p[i] = saved;
      numeric[i] = (plus - minus) / (2 * STEP);
    }
    net.setParameterValues(p);
    return numeric;
  }

  private static double[] analytic(Mlp net) {
    return net.gradient().dup().data().asDouble();
  }

  private static void assertClose(double[] actual, double[] expected) {
    assertThat(actual).hasSameSizeAs(expected);
    double scale = 0;
    for (double e : expected) {
      scale = Math.max(scale, Math.abs(e));
    }
    assertThat(scale).as("gradient must not be trivially zero").isGreaterThan(1e-4);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).as("parameter %d", i).isCloseTo(expected[i],
          org.assertj.core.data.Offset.offset(TOLERANCE * Math.max(1, scale)));
    }
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void valueGradientMatchesFiniteDifferences(Activation activation) {
    Mlp net = critic(activation, 3);
    INDArray x = points(6, 3);
    INDArray w = Nd4j.create(new double[] {0.5, -1, 0.25, 2, -0.75, 1}, new long[] {6, 1},
        DataType.DOUBLE);
    net.zeroGradient();
    net.accumulateValueGradient(x, w);
    double[] numeric = numericGradient(net, m -> m.values(x).mul(w).sumNumber().doubleValue());
    assertClose(analytic(net), numeric);
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void inputGradientMatchesFiniteDifferences(Activation activation) {
    Mlp net = critic(activation, 2);
    double[] xy = {0.3, -0.7, 1.1, 0.4};
    INDArray w = Nd4j.create(new double[] {1, -2}, new long[] {2, 1}, DataType.DOUBLE);
    double[] grad = net.inputGradient(Nd4j.create(xy, new long[] {2, 2}, DataType.DOUBLE), w)
        .dup('c').data().asDouble();
    for (int i = 0; i < xy.length; i++) {
      double[] plus = xy.clone();
      double[] minus = xy.clone();
      plus[i] += STEP;
      minus[i] -= STEP;
      double fPlus = net.values(Nd4j.create(plus, new long[] {2, 2}, DataType.DOUBLE)).mul(w)
          .sumNumber().doubleValue();
      double fMinus = net.values(Nd4j.create(minus, new long[] {2, 2}, DataType.DOUBLE)).mul(w)
          .sumNumber().doubleValue();
      assertThat(grad[i]).isCloseTo((fPlus - fMinus) / (2 * STEP),
          org.assertj.core.data.Offset.offset(1e-7));
    }
  }

  private static final NormPenalty TWO_SIDED = TestPenalties.TWO_SIDED;
  private static final NormPenalty POWER = TestPenalties.POWER;

  private static double penaltyOf(Mlp net, INDArray x, NormPenalty phi) {
    INDArray g = net.inputGradient(x, Nd4j.ones(DataType.DOUBLE, x.rows(), 1));
    double[][] rows = g.toDoubleMatrix();
    double total = 0;
    for (double[] row : rows) {
      total += phi.value(Math.sqrt(row[0] * row[0] + row[1] * row[1] + 1e-12));
    }
    return total / rows.length;
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void gradientPenaltyGradientMatchesFiniteDifferences(Activation activation) {
    Mlp net = critic(activation, 3);
    INDArray x = points(5, 21);
    net.zeroGradient();
    PenaltyEvaluation result = net.accumulateNormPenalty(x, TWO_SIDED);
    assertThat(result.value()).isCloseTo(penaltyOf(net, x, TWO_SIDED),
        org.assertj.core.data.Offset.offset(1e-12));
    assertClose(analytic(net), numericGradient(net, m -> penaltyOf(m, x, TWO_SIDED)));
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void powerPenaltyGradientMatchesFiniteDifferences(Activation activation) {
    Mlp net = critic(activation, 2);
    INDArray x = points(7, 5);
    net.zeroGradient();
    net.accumulateNormPenalty(x, POWER);
    assertClose(analytic(net), numericGradient(net, m -> penaltyOf(m, x, POWER)));
  }

  @Test
  void reluPenaltyNeverReachesHiddenBiases() {
    Mlp net = critic(Activation.RELU, 2);
    net.zeroGradient();
    net.accumulateNormPenalty(points(8, 1), TWO_SIDED);
    double[] g = analytic(net);
    MlpSpec spec = net.spec();
    int offset = 0;
    for (int l = 0; l < spec.depth(); l++) {
      offset += spec.fanIn(l) * spec.fanOut(l);
      for (int j = 0; j < spec.fanOut(l); j++) {
        assertThat(g[offset + j]).isZero();
      }
      offset += spec.fanOut(l);
    }
  }

  @Test
  void weightViewsWriteThroughToTheFlatParameters() {
    Mlp net = critic(Activation.TANH, 1);
    net.weightMatrices().get(0).putScalar(1, 2, 42.0);
    // Row 1, column 2 of the 2x5 first weight matrix is flat index 1 * 5 + 2.
    assertThat(net.parameterValues()[7]).isEqualTo(42.0);
  }
}
