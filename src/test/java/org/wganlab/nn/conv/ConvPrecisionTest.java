package org.wganlab.nn.conv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.wganlab.data.Rng;
import org.wganlab.nn.TestPenalties;

/**
 * The image networks in single precision against the same networks in double precision, at the
 * reference shapes (28 x 28, DIM 64). The finite-difference and oracle tests run in double, which
 * libnd4j computes with its own kernels; in single precision its oneDNN kernels take over where the
 * build has them (as in the app), and this checks that they compute the same passes, layout and
 * padding included.
 */
class ConvPrecisionTest {
  private static final ImageNetSpec REFERENCE = ImageNetSpec.reference(1, 28);
  private static final int BATCH = 3;

  @Test
  void criticPassesAgreeAcrossPrecisions() {
    double[] params = ConvCritic.create(REFERENCE, DataType.DOUBLE, new Rng(3)).parameterValues();
    INDArray images = ConvGradientTest.gaussianRows(BATCH, REFERENCE.imageVolume(), 4, 0.5);
    double[][] results = new double[2][];
    DataType[] types = {DataType.DOUBLE, DataType.FLOAT};
    for (int t = 0; t < 2; t++) {
      ConvCritic critic = ConvCritic.fromParameters(REFERENCE, types[t], params);
      INDArray x = images.castTo(types[t]);
      INDArray rowWeights = x.getColumn(0, true).dup().assign(1.0 / BATCH);
      double[] values = critic.accumulateValueGradient(x, rowWeights).toDoubleVector();
      double[] valueGradient = critic.gradient().toDoubleVector();
      critic.zeroGradient();
      critic.accumulateNormPenalty(x, TestPenalties.named("gp"));
      results[t] = concat(values, valueGradient, critic.gradient().toDoubleVector());
    }
    assertClose(results[1], results[0]);
  }

  @Test
  void generatorPassesAgreeAcrossPrecisions() {
    ImageNetSpec spec = REFERENCE;
    double[] params = ConvGenerator.create(spec, DataType.DOUBLE, new Rng(5)).parameterValues();
    INDArray noise = ConvGradientTest.gaussianRows(BATCH, spec.noiseDim(), 6, 1.0);
    double[][] results = new double[2][];
    DataType[] types = {DataType.DOUBLE, DataType.FLOAT};
    for (int t = 0; t < 2; t++) {
      ConvGenerator generator = ConvGenerator.fromParameters(spec, types[t], params);
      // Upstream gradient 1 - 2 y: the gradient of sum y (1 - y), which depends on every pixel.
      INDArray out = generator.accumulateGradient(noise.castTo(types[t]),
          y -> y.mul(-2.0).addi(1.0));
      results[t] = concat(out.reshape(out.length()).toDoubleVector(),
          generator.gradient().toDoubleVector());
    }
    assertClose(results[1], results[0]);
  }

  /** Every value within 1e-4 of the largest magnitude, and the values not all zero. */
  private static void assertClose(double[] single, double[] reference) {
    double largest = 0;
    double worst = 0;
    for (int i = 0; i < reference.length; i++) {
      largest = Math.max(largest, Math.abs(reference[i]));
      worst = Math.max(worst, Math.abs(single[i] - reference[i]));
    }
    assertThat(largest).isGreaterThan(0);
    assertThat(worst / largest).isLessThan(1e-4);
  }

  private static double[] concat(double[]... parts) {
    int length = 0;
    for (double[] part : parts) {
      length += part.length;
    }
    double[] all = new double[length];
    int at = 0;
    for (double[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
