package org.wganlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each activation's slope and curvature are the derivatives of its value, by central differences. */
class ActivationTest {
  private static final double STEP = 1e-6;
  /** Points away from the kink of the piecewise-linear activations. */
  private static final double[] POINTS = {-3.1, -1.2, -0.4, 0.3, 0.9, 2.7};

  @ParameterizedTest
  @EnumSource(Activation.class)
  void slopeAndCurvatureAreTheDerivatives(Activation activation) {
    for (double z : POINTS) {
      double h = activation.value(z);
      double slope = activation.slope(z, h);
      double numericSlope = (activation.value(z + STEP) - activation.value(z - STEP)) / (2 * STEP);
      assertThat(slope).as("%s slope at %s", activation, z).isCloseTo(numericSlope, within(1e-8));
      double numericCurvature = (slopeAt(activation, z + STEP) - slopeAt(activation, z - STEP))
          / (2 * STEP);
      assertThat(activation.curvature(slope, h)).as("%s curvature at %s", activation, z)
          .isCloseTo(numericCurvature, within(1e-7));
    }
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void aNanInputStaysNan(Activation activation) {
    // A diverging layer must reach the loss as NaN, where the trainer notices it.
    assertThat(activation.value(Double.NaN)).isNaN();
  }

  private static double slopeAt(Activation activation, double z) {
    return activation.slope(z, activation.value(z));
  }

  @org.junit.jupiter.api.Test
  void reluLoopsOnFloatBlocksAgreeWithTheScalarDefinitions() {
    float[] z = {-2f, -0f, 0f, Float.MIN_VALUE, 1e-30f, 0.5f, -1e-30f, 3f, -Float.MAX_VALUE,
        Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN,
        Float.intBitsToFloat(0xffc00000)};
    NativeBlock in = NativeBlock.allocate(org.nd4j.linalg.api.buffer.DataType.FLOAT, z.length);
    for (int i = 0; i < z.length; i++) {
      in.set(i, z[i]);
    }
    NativeBlock h = NativeBlock.allocate(org.nd4j.linalg.api.buffer.DataType.FLOAT, z.length);
    NativeBlock slopes = NativeBlock.allocate(org.nd4j.linalg.api.buffer.DataType.FLOAT, z.length);
    NativeBlock target = NativeBlock.allocate(org.nd4j.linalg.api.buffer.DataType.FLOAT, z.length);
    target.fill(z.length, 7.0);
    Activation.RELU.apply(in, h, z.length);
    Activation.RELU.slopes(in, h, slopes, z.length);
    Activation.RELU.multiplyBySlopes(target, in, h, z.length);
    for (int i = 0; i < z.length; i++) {
      double slope = Activation.RELU.slope(z[i], h.get(i));
      // Boxed, so that NaN equals NaN (and +0 and -0 stay apart).
      assertThat(Double.valueOf(h.get(i))).as("relu(%s)", z[i])
          .isEqualTo(Double.valueOf((float) Activation.RELU.value(z[i])));
      assertThat(Double.valueOf(slopes.get(i))).as("step(%s)", z[i]).isEqualTo(Double.valueOf(slope));
      assertThat(Double.valueOf(target.get(i))).as("7 step(%s)", z[i])
          .isEqualTo(Double.valueOf(7 * slope));
    }
    // An adjoint that is already NaN stays NaN wherever the step is 0, as in the double path.
    NativeBlock nan = NativeBlock.allocate(org.nd4j.linalg.api.buffer.DataType.FLOAT, z.length);
    nan.fill(z.length, Double.NaN);
    Activation.RELU.multiplyBySlopes(nan, in, h, z.length);
    for (int i = 0; i < z.length; i++) {
      assertThat(nan.get(i)).as("NaN step(%s)", z[i]).isNaN();
    }
  }
}
