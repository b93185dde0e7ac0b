package org.wganlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.Rng;

/**
 * The float32 passes the app trains with (their own fast loops for ReLU) compute what the double
 * passes compute, whose exactness the finite-difference tests establish: the same network in both
 * precisions, on the same points, agrees to float precision in values, input gradients, value
 * gradients and penalty gradients.
 */
class FloatPassesTest {
  /** Relative to the largest magnitude of each compared vector. */
  private static final double TOLERANCE = 2e-4;
  private static final NormPenalty GAP = TestPenalties.TWO_SIDED;

  private static INDArray points(int n, DataType type) {
    Rng rng = new Rng(5);
    double[] xy = new double[2 * n];
    for (int i = 0; i < xy.length; i++) {
      xy[i] = 1.5 * rng.gaussian();
    }
    return Nd4j.create(xy, new long[] {n, 2}, type);
  }

  private static void assertAgree(double[] single, double[] reference, String what) {
    assertThat(single).as(what).hasSameSizeAs(reference);
    double scale = 1e-12;
    for (double v : reference) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (int i = 0; i < reference.length; i++) {
      assertThat(Math.abs(single[i] - reference[i]) / scale).as("%s[%d]", what, i)
          .isLessThan(TOLERANCE);
    }
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void floatAndDoubleNetworksAgree(Activation activation) {
    MlpSpec spec = new MlpSpec(2, 1, 3, 16, activation, WeightInit.HE_UNIFORM);
    Mlp reference = Mlp.create(spec, DataType.DOUBLE, new Rng(9));
    Mlp single = Mlp.fromParameters(spec, DataType.FLOAT, reference.parameterValues());
    int n = 40;
    INDArray weights = Nd4j.ones(DataType.DOUBLE, n, 1).muli(1.0 / n);

    for (Mlp net : new Mlp[] {reference, single}) {
      net.zeroGradient();
      net.accumulateValueGradient(points(n, net.dataType()), weights.castTo(net.dataType()));
    }
    assertAgree(single.gradient().toDoubleVector(), reference.gradient().toDoubleVector(),
        "value gradient");

    Critic.Readout a = single.readout(points(n, DataType.FLOAT));
    Critic.Readout b = reference.readout(points(n, DataType.DOUBLE));
    assertAgree(HostArrays.doubles(a.values()), HostArrays.doubles(b.values()), "values");
    assertAgree(HostArrays.doubles(a.inputGradients()), HostArrays.doubles(b.inputGradients()),
        "input gradients");

    for (Mlp net : new Mlp[] {reference, single}) {
      net.zeroGradient();
      net.accumulateNormPenalty(points(n, net.dataType()), GAP);
    }
    assertAgree(single.gradient().toDoubleVector(), reference.gradient().toDoubleVector(),
        "penalty gradient");
  }
}
