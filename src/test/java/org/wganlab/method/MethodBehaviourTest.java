package org.wganlab.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.Rng;
import org.wganlab.nn.Activation;
import org.wganlab.nn.Mlp;
import org.wganlab.nn.MlpSpec;
import org.wganlab.nn.WeightInit;

/** What each method does to the weights, where it samples, and which settings it refuses. */
class MethodBehaviourTest {

  private static Mlp critic() {
    return Mlp.create(new MlpSpec(2, 1, 2, 16, Activation.RELU, WeightInit.HE_UNIFORM),
        DataType.DOUBLE, new Rng(1));
  }

  private static INDArray batch(double x, double y, int n) {
    double[] xy = new double[2 * n];
    for (int i = 0; i < n; i++) {
      xy[2 * i] = x;
      xy[2 * i + 1] = y;
    }
    return Nd4j.create(xy, new long[] {n, 2}, DataType.DOUBLE);
  }

  @Test
  void clippingClampsEveryParameterToPlusMinusC() {
    Mlp net = critic();
    new MethodConfig.Clipping(0.01).create().afterCriticStep(net);
    double[] p = net.parameterValues();
    assertThat(java.util.Arrays.stream(p).map(Math::abs).max().orElseThrow()).isEqualTo(0.01);
    long atBound = java.util.Arrays.stream(p).filter(v -> Math.abs(v) == 0.01).count();
    // He-uniform weights are far larger than 0.01: almost all of them pile up at the bounds.
    assertThat(atBound).isGreaterThan(p.length / 2);
  }

  @Test
  void spectralNormalisationMakesEveryLayerOneLipschitz() {
    Mlp net = critic();
    LipschitzMethod sn = new MethodConfig.SpectralNorm(1).create();
    for (int i = 0; i < 30; i++) {
      sn.afterCriticStep(net);
    }
    for (INDArray w : net.weightMatrices()) {
      assertThat(spectralNorm(w, 500)).isCloseTo(1.0, offset(1e-3));
    }
  }

  /** Largest singular value by many power iterations from a fixed start, independent of the method. */
  private static double spectralNorm(INDArray w, int iterations) {
    INDArray u = Nd4j.ones(w.dataType(), w.rows(), 1);
    double sigma = 0;
    for (int k = 0; k < iterations; k++) {
      INDArray v = Nd4j.gemm(w, u, true, false);
      v.divi(v.norm2Number().doubleValue());
      INDArray wv = w.mmul(v);
      sigma = wv.norm2Number().doubleValue();
      u = wv.divi(sigma);
    }
    return sigma;
  }

  @Test
  void gradientPenaltyValueIsTheMeanOfItsFormula() {
    Mlp net = critic();
    INDArray real = batch(0.5, -0.25, 8);
    INDArray fake = batch(-1, 2, 8);
    PenaltyTerm term = new MethodConfig.GradientPenalty(10, false,
        PenaltySamples.REAL_FAKE_INTERPOLATES).create().addPenalty(net, real, fake, new Rng(2));
    double expected = 0;
    for (double n : term.gradientNorms()) {
      expected += 10 * (n - 1) * (n - 1);
    }
    assertThat(term.value()).isCloseTo(expected / 8, offset(1e-12));
    assertThat(term.points().rows()).isEqualTo(8);
  }

  @Test
  void interpolatesLieOnTheSegmentsBetweenPairedPoints() {
    INDArray real = batch(1, 1, 5);
    INDArray fake = batch(-1, 3, 5);
    double[] xy = PenaltySamples.REAL_FAKE_INTERPOLATES.draw(real, fake, new Rng(9))
        .dup('c').data().asDouble();
    for (int i = 0; i < 5; i++) {
      double t = (xy[2 * i] + 1) / 2;
      assertThat(t).isBetween(0.0, 1.0);
      assertThat(xy[2 * i + 1]).isCloseTo(3 - 2 * t, offset(1e-12));
    }
  }

  @Test
  void imageSizedBatchesMixOnTheBackendWithTheSameWeightsAsSmallOnes() {
    // 3 rows of 2000 values pass the limit for mixing in Java; the weights come from the same stream.
    int d = 2000;
    INDArray a = Nd4j.rand(DataType.DOUBLE, 3, d);
    INDArray b = Nd4j.rand(DataType.DOUBLE, 3, d);
    INDArray mixed = PenaltySamples.interpolate(a, b, new Rng(21));
    Rng weights = new Rng(21);
    for (int i = 0; i < 3; i++) {
      double eps = weights.uniform();
      for (int j = 0; j < d; j += 97) {
        assertThat(mixed.getDouble(i, j)).as("row %d column %d", i, j)
            .isCloseTo(eps * a.getDouble(i, j) + (1 - eps) * b.getDouble(i, j), offset(1e-12));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(PenaltySamples.class)
  void everyChoiceOfRDrawsPointsFromItsPool(PenaltySamples samples) {
    INDArray real = batch(1, 0, 6);
    INDArray fake = batch(0, 1, 6);
    double[] xy = samples.draw(real, fake, new Rng(4)).dup('c').data().asDouble();
    int expectedRows = samples == PenaltySamples.REAL_AND_FAKE ? 12 : 6;
    assertThat(xy).hasSize(2 * expectedRows);
    for (int i = 0; i < expectedRows; i++) {
      // Every pool here lies on the segment x + y = 1 between (1, 0) and (0, 1).
      assertThat(xy[2 * i] + xy[2 * i + 1]).isCloseTo(1.0, offset(1e-12));
      if (samples == PenaltySamples.REAL) {
        assertThat(xy[2 * i]).isEqualTo(1.0);
      }
      if (samples == PenaltySamples.FAKE) {
        assertThat(xy[2 * i]).isEqualTo(0.0);
      }
    }
  }

  @Test
  void invalidSettingsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> new MethodConfig.Clipping(0)).hasMessageContaining("clip c");
    assertThatThrownBy(() -> new MethodConfig.GradientPenalty(-1, false,
        PenaltySamples.REAL_FAKE_INTERPOLATES)).hasMessageContaining("lambda");
    assertThatThrownBy(() -> new MethodConfig.Divergence(2, 1, PenaltySamples.REAL))
        .hasMessageContaining("p must be greater than 1");
    assertThatThrownBy(() -> new MethodConfig.SpectralNorm(0)).hasMessageContaining("power");
  }
}
