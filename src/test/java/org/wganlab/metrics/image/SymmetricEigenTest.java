package org.wganlab.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

  @Test
  void knownTwoByTwoHasEigenvaluesOneAndThree() {
    double[] values = SymmetricEigen.of(new double[] {2, 1, 1, 2}, 2).values();
    Arrays.sort(values);
    assertThat(values[0]).isCloseTo(1, within(1e-15));
    assertThat(values[1]).isCloseTo(3, within(1e-15));
  }

  @Test
  void reconstructsRandomSymmetricMatricesWithOrthonormalVectors() {
    SplittableRandom random = new SplittableRandom(7);
    for (int n : new int[] {1, 3, 17, 64}) {
      double[] m = new double[n * n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j <= i; j++) {
          m[i * n + j] = random.nextDouble(-1, 1);
          m[j * n + i] = m[i * n + j];
        }
      }
      SymmetricEigen eigen = SymmetricEigen.of(m, n);
      double[] v = eigen.vectors();
      double[] reconstructed = eigen.apply(x -> x);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          assertThat(reconstructed[i * n + j]).isCloseTo(m[i * n + j], within(1e-12));
          double dot = 0;
          for (int k = 0; k < n; k++) {
            dot += v[k * n + i] * v[k * n + j];
          }
          assertThat(dot).isCloseTo(i == j ? 1 : 0, within(1e-12));
        }
      }
    }
  }

  @Test
  void squareRootSquaresBackToTheMatrix() {
    double[] m = {4, 1, 0, 1, 3, 1, 0, 1, 2};
    double[] root = SymmetricEigen.of(m, 3).apply(Math::sqrt);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        double sum = 0;
        for (int k = 0; k < 3; k++) {
          sum += root[i * 3 + k] * root[k * 3 + j];
        }
        assertThat(sum).isCloseTo(m[i * 3 + j], within(1e-13));
      }
    }
  }
}
