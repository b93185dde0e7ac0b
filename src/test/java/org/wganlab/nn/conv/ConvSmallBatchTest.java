package org.wganlab.nn.conv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.Rng;
import org.wganlab.method.LipschitzMethod;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.PenaltySamples;
import org.wganlab.method.PenaltyTerm;
import org.wganlab.nn.Critic;
import org.wganlab.nn.NetworkMemory;

/**
 * The conv critic at batches of 1 to 5, where a 28 x 28 batch holds at most 4,096 values and a host
 * network would mix its penalty points in Java: the conv critic's arrays live on the backend (a GPU's
 * memory with CUDA), so its points are mixed by ND4J operations, its weights copied through ND4J, and
 * its penalty gradients stay exact.
 */
class ConvSmallBatchTest {
  private static final ImageNetSpec MNIST = new ImageNetSpec(1, 28, 4, 8, 0.2);

  @ParameterizedTest(name = "batch {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void penaltyPointsAreMixedOnTheBackendAndItsGradientIsExact(int n) {
    ConvCritic image = ConvCritic.create(MNIST, DataType.FLOAT, new Rng(1));
    assertThat(image.memory()).isEqualTo(NetworkMemory.BACKEND);
    int d = MNIST.imageVolume();
    INDArray real = ConvGradientTest.gaussianRows(n, d, 21, 1.0).castTo(DataType.FLOAT);
    INDArray fake = ConvGradientTest.gaussianRows(n, d, 22, 1.0).castTo(DataType.FLOAT);
    INDArray points = PenaltySamples.REAL_FAKE_INTERPOLATES.draw(real, fake, new Rng(5),
        image.memory());
    Rng weights = new Rng(5);
    double[] eps = new double[n];
    for (int i = 0; i < n; i++) {
      eps[i] = weights.uniform();
    }
    // The backend's float operations, bit for bit (mixing in Java in double rounds differently).
    INDArray expected = real.sub(fake)
        .muliColumnVector(Nd4j.create(eps, new long[] {n, 1}, DataType.FLOAT)).addi(fake);
    assertThat(points.toFloatMatrix()).isEqualTo(expected.toFloatMatrix());

    ConvCritic critic = ConvGradientTest.tinyCritic();
    int tiny = ConvGradientTest.TINY.imageVolume();
    INDArray realTiny = ConvGradientTest.gaussianRows(n, tiny, 11, 0.8);
    INDArray fakeTiny = ConvGradientTest.gaussianRows(n, tiny, 12, 1.2);
    for (MethodConfig config : List.of(
        new MethodConfig.GradientPenalty(10, false, PenaltySamples.REAL_FAKE_INTERPOLATES),
        new MethodConfig.Divergence(2, 6, PenaltySamples.POOLED_INTERPOLATES))) {
      LipschitzMethod method = config.create();
      critic.zeroGradient();
      PenaltyTerm term = method.addPenalty(critic, realTiny, fakeTiny, new Rng(13));
      assertThat(term.value()).as(config.label()).isGreaterThan(0.0);
      ConvGradientTest.assertMatchesFiniteDifferences(critic, critic.gradient().toDoubleVector(),
          net -> method.addPenalty((Critic) net, realTiny, fakeTiny, new Rng(13)).value(), 29);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {1, 5})
  void weightValuesAreTheWeightMatricesCopiedThroughNd4j(int seed) {
    ConvCritic critic = ConvCritic.create(MNIST, DataType.FLOAT, new Rng(seed));
    float[] values = critic.weightValues();
    int at = 0;
    for (INDArray w : critic.weightMatrices()) {
      float[] expected = w.dup('c').reshape(w.length()).toFloatVector();
      for (float v : expected) {
        assertThat(values[at++]).isEqualTo(v);
      }
    }
    assertThat(at).isEqualTo(values.length);
  }
}
