package org.wganlab.metrics.image;

/**
 * The Fréchet (2-Wasserstein) distance between two Gaussians, applied to the moments of two feature
 * sets: {@code ||mu1 - mu2||^2 + Tr(C1 + C2 - 2 (C1 C2)^(1/2))}. In this package the features come
 * from a classifier trained here, not from Inception, so the values are not comparable with published
 * FID figures; they compare runs and training steps with each other.
 *
 * <p>The product {@code C1 C2} is not symmetric, but it is similar to the symmetric positive
 * semi-definite {@code S C2 S} with {@code S = C1^(1/2)}, so both have the same eigenvalues and
 * {@code Tr (C1 C2)^(1/2) = Tr (S C2 S)^(1/2)}, the sum of the square roots of that matrix's
 * eigenvalues. Two symmetric eigendecompositions in double precision give it without the complex
 * arithmetic a general matrix square root would need.
 */
public final class FrechetDistance {

  private FrechetDistance() {}

  /**
   * The Fréchet distance between Gaussians with moments {@code a} and {@code b} (a squared distance,
   * in squared feature units). Never negative: rounding that would push a distance of zero below it
   * is cut off.
   *
   * @throws IllegalArgumentException if the dimensions differ
   */
  public static double between(GaussianMoments a, GaussianMoments b) {
    int d = a.dimension();
    if (b.dimension() != d) {
      throw new IllegalArgumentException("feature sizes differ: " + d + " and " + b.dimension());
    }
    double[] meanA = a.mean();
    double[] meanB = b.mean();
    double meanTerm = 0;
    for (int i = 0; i < d; i++) {
      double diff = meanA[i] - meanB[i];
      meanTerm += diff * diff;
    }
    double[] covA = a.covariance();
    double[] covB = b.covariance();
    // Eigenvalues of a semi-definite matrix can come out slightly negative by rounding; they are 0.
    double[] rootA = SymmetricEigen.of(covA, d).apply(x -> Math.sqrt(Math.max(x, 0)));
    double[] product = symmetricPart(multiply(multiply(rootA, covB, d), rootA, d), d);
    double traceRoot = 0;
    for (double value : SymmetricEigen.of(product, d).values()) {
      traceRoot += Math.sqrt(Math.max(value, 0));
    }
    return Math.max(0, meanTerm + trace(covA, d) + trace(covB, d) - 2 * traceRoot);
  }

  private static double[] multiply(double[] x, double[] y, int d) {
    double[] result = new double[d * d];
    for (int i = 0; i < d; i++) {
      for (int k = 0; k < d; k++) {
        double xik = x[i * d + k];
        for (int j = 0; j < d; j++) {
          result[i * d + j] += xik * y[k * d + j];
        }
      }
    }
    return result;
  }

  /** {@code (m + m^T) / 2}: removes the rounding asymmetry of a product that is symmetric in theory. */
  private static double[] symmetricPart(double[] m, int d) {
    double[] result = new double[d * d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        result[i * d + j] = 0.5 * (m[i * d + j] + m[j * d + i]);
      }
    }
    return result;
  }

  private static double trace(double[] m, int d) {
    double sum = 0;
    for (int i = 0; i < d; i++) {
      sum += m[i * d + i];
    }
    return sum;
  }
}
