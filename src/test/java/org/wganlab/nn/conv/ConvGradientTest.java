package org.wganlab.nn.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.Rng;
import org.wganlab.nn.Critic;

/**
 * First-order passes of the image networks against central finite differences in double precision, on
 * tiny shapes where every parameter can be probed: 12 x 12 colour images and DIM 2, so the maps go
 * 12 -> 6 -> 3 -> 2 with uneven SAME padding at the first two convolutions, and the generator crops
 * a 4 x 4 map to 3 x 3 as the reference one crops 8 x 8 to 7 x 7.
 */
class ConvGradientTest {
  static final ImageNetSpec TINY = new ImageNetSpec(3, 12, 2, 5, 0.2);
  static final double STEP = 1e-6;

  /** {@code n} rows of Gaussian values times {@code scale}. */
  static INDArray gaussianRows(int n, int d, long seed, double scale) {
    Rng rng = new Rng(seed);
    double[] values = new double[n * d];
    for (int i = 0; i < values.length; i++) {
      values[i] = scale * rng.gaussian();
    }
    return Nd4j.create(values, new long[] {n, d}, DataType.DOUBLE);
  }

  /** Biases are zero at creation; random ones make the check cover their gradients too. */
  static double[] withRandomBiases(double[] params, long seed) {
    Rng rng = new Rng(seed);
    double[] p = params.clone();
    for (int i = 0; i < p.length; i++) {
      p[i] += 0.05 * rng.gaussian();
    }
    return p;
  }

  /**
   * Compares {@code analytic} with central differences of {@code f} over every {@code stride}-th
   * parameter of {@code network} and along one random direction in all of them, and checks that
   * {@code f} depends on the parameters at all.
   */
  static void assertMatchesFiniteDifferences(ConvNetwork network, double[] analytic,
      ToDoubleFunction<ConvNetwork> f, int stride) {
    double[] p = network.parameterValues();
    double largest = 0;
    for (int i = 0; i < p.length; i += stride) {
      double saved = p[i];
      p[i] = saved + STEP;
      network.setParameterValues(p);
      double plus = f.applyAsDouble(network);
      p[i] = saved - STEP;
      network.setParameterValues(p);
      double minus = f.applyAsDouble(network);
      p[i] = saved;
      double numeric = (plus - minus) / (2 * STEP);
      largest = Math.max(largest, Math.abs(numeric));
      assertThat(analytic[i]).as("parameter %d of %d", i, p.length)
          .isCloseTo(numeric, offset(1e-6 * Math.max(1, Math.abs(numeric))));
    }
    assertThat(largest).as("the function must depend on the parameters").isGreaterThan(1e-3);
    // One probe along a random direction covers every parameter at once, the skipped ones too.
    Rng rng = new Rng(analytic.length);
    double[] direction = new double[p.length];
    double[] moved = new double[p.length];
    double predicted = 0;
    for (int i = 0; i < p.length; i++) {
      direction[i] = rng.gaussian();
      predicted += analytic[i] * direction[i];
    }
    double[] values = new double[2];
    for (int side = 0; side < 2; side++) {
      double sign = side == 0 ? 1 : -1;
      for (int i = 0; i < p.length; i++) {
        moved[i] = p[i] + sign * STEP * direction[i];
      }
      network.setParameterValues(moved);
      values[side] = f.applyAsDouble(network);
    }
    network.setParameterValues(p);
    double numeric = (values[0] - values[1]) / (2 * STEP);
    assertThat(predicted).as("directional derivative")
        .isCloseTo(numeric, offset(1e-6 * Math.max(1, Math.abs(numeric))));
  }

  static ConvCritic tinyCritic() {
    ConvCritic critic = ConvCritic.create(TINY, DataType.DOUBLE, new Rng(1));
    critic.setParameterValues(withRandomBiases(critic.parameterValues(), 2));
    return critic;
  }

  @Test
  void criticValueGradientMatchesFiniteDifferences() {
    ConvCritic critic = tinyCritic();
    INDArray x = gaussianRows(4, TINY.imageVolume(), 3, 1.0);
    INDArray weights = gaussianRows(4, 1, 4, 1.0);
    critic.zeroGradient();
    critic.accumulateValueGradient(x, weights);
    double[] analytic = critic.gradient().toDoubleVector();
    assertMatchesFiniteDifferences(critic, analytic,
        net -> ((Critic) net).values(x).mul(weights).sumNumber().doubleValue(), 3);
  }

  @Test
  void criticInputGradientMatchesFiniteDifferences() {
    ConvCritic critic = tinyCritic();
    INDArray x = gaussianRows(3, TINY.imageVolume(), 5, 1.0);
    Critic.Readout readout = critic.readout(x);
    double[] values = critic.values(x).toDoubleVector();
    assertThat(readout.values().toDoubleVector()).containsExactly(values);
    for (int i = 0; i < x.rows(); i++) {
      for (int j = 0; j < x.columns(); j += 7) {
        double saved = x.getDouble(i, j);
        x.putScalar(i, j, saved + STEP);
        double plus = critic.values(x).getDouble(i, 0);
        x.putScalar(i, j, saved - STEP);
        double minus = critic.values(x).getDouble(i, 0);
        x.putScalar(i, j, saved);
        assertThat(readout.inputGradients().getDouble(i, j)).as("row %d pixel %d", i, j)
            .isCloseTo((plus - minus) / (2 * STEP), offset(1e-7));
      }
    }
  }

  @Test
  void generatorGradientMatchesFiniteDifferences() {
    ConvGenerator generator = ConvGenerator.create(TINY, DataType.DOUBLE, new Rng(6));
    generator.setParameterValues(withRandomBiases(generator.parameterValues(), 7));
    INDArray z = gaussianRows(3, TINY.noiseDim(), 8, 1.0);
    INDArray upstream = gaussianRows(3, TINY.imageVolume(), 9, 1.0);
    generator.zeroGradient();
    INDArray out = generator.accumulateGradient(z, images -> upstream);
    assertThat(out.minNumber().doubleValue()).isGreaterThan(0.0);
    assertThat(out.maxNumber().doubleValue()).isLessThan(1.0);
    double[] analytic = generator.gradient().toDoubleVector();
    assertMatchesFiniteDifferences(generator, analytic,
        net -> ((ConvGenerator) net).generate(z).mul(upstream).sumNumber().doubleValue(), 3);
  }
}
