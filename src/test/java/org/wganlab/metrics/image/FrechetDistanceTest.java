package org.wganlab.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FrechetDistanceTest {

  @Test
  void diagonalCovariancesGiveTheSumOfSquaredRootDifferences() {
    double[] meanA = {1, 2, 3};
    double[] meanB = {0, 2, 5};
    double[] varA = {4, 1, 0.25};
    double[] varB = {1, 9, 0.25};
    // For commuting covariances the trace term splits per axis: (sqrt(a) - sqrt(b))^2.
    double expected = 1 + 0 + 4 + (2 - 1) * (2 - 1) + (1 - 3) * (1 - 3) + 0;
    assertThat(FrechetDistance.between(moments(meanA, diagonal(varA)), moments(meanB, diagonal(varB))))
        .isCloseTo(expected, within(1e-9));
  }

  @Test
  void rotatedCovarianceMatchesTheTwoByTwoClosedForm() {
    double angle = 0.7;
    double c = Math.cos(angle);
    double s = Math.sin(angle);
    double[] covA = {3, 0, 0, 0.5};
    // R diag(2, 0.1) R^T: does not commute with covA, so (covA covB)^(1/2) is a genuine matrix root.
    double[] covB = {2 * c * c + 0.1 * s * s, (2 - 0.1) * c * s, (2 - 0.1) * c * s,
        2 * s * s + 0.1 * c * c};
    double traceProduct = covA[0] * covB[0] + covA[1] * covB[2] + covA[2] * covB[1] + covA[3] * covB[3];
    double detProduct = (covA[0] * covA[3] - covA[1] * covA[2]) * (covB[0] * covB[3] - covB[1] * covB[2]);
    // A 2 x 2 matrix with positive eigenvalues l1, l2 has Tr sqrt = sqrt(l1 + l2 + 2 sqrt(l1 l2)).
    double traceRoot = Math.sqrt(traceProduct + 2 * Math.sqrt(detProduct));
    double expected = 0.25 + 1 + covA[0] + covA[3] + covB[0] + covB[3] - 2 * traceRoot;
    GaussianMoments a = moments(new double[] {0.5, 0}, covA);
    GaussianMoments b = moments(new double[] {0, 1}, covB);
    assertThat(FrechetDistance.between(a, b)).isCloseTo(expected, within(1e-9));
    assertThat(FrechetDistance.between(b, a)).isCloseTo(expected, within(1e-9));
  }

  @Test
  void aSampleIsAtDistanceZeroFromItselfEvenWhenItsCovarianceIsSingular() {
    SplittableRandom random = new SplittableRandom(3);
    for (int n : new int[] {1000, 60}) {
      float[] features = new float[n * 128];
      for (int k = 0; k < features.length; k++) {
        // ReLU-like features: many exact zeros, like a real feature layer.
        features[k] = (float) Math.max(0, random.nextGaussian() + 0.2);
      }
      GaussianMoments moments = GaussianMoments.ofSample(features, 128);
      assertThat(FrechetDistance.between(moments, moments)).isCloseTo(0, within(1e-6));
    }
  }

  @Test
  void sampleMomentsAreTheUnbiasedEstimates() {
    GaussianMoments moments = GaussianMoments.ofSample(new float[] {1, 0, 3, 2, 5, 4}, 2);
    assertThat(moments.mean()).containsExactly(3, 2);
    assertThat(moments.covariance()).containsExactly(4, 4, 4, 4);
  }

  @Test
  void rejectsMismatchedDimensions() {
    assertThatThrownBy(() -> FrechetDistance.between(moments(new double[] {0}, new double[] {1}),
        moments(new double[] {0, 0}, diagonal(new double[] {1, 1}))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 and 2");
  }

  private static GaussianMoments moments(double[] mean, double[] covariance) {
    return GaussianMoments.of(mean, covariance);
  }

  private static double[] diagonal(double[] values) {
    int d = values.length;
    double[] m = new double[d * d];
    for (int i = 0; i < d; i++) {
      m[i * d + i] = values[i];
    }
    return m;
  }
}
