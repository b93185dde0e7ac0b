package org.wganlab.metrics.image;

/**
 * The mean and covariance of a set of feature vectors: all the Fréchet distance needs to know about
 * the set, since it treats each set as a Gaussian with these moments.
 */
public final class GaussianMoments {
  private final int dimension;
  private final double[] mean;
  private final double[] covariance;

  private GaussianMoments(int dimension, double[] mean, double[] covariance) {
    this.dimension = dimension;
    this.mean = mean;
    this.covariance = covariance;
  }

  /**
   * Moments with the given {@code mean} and symmetric row-major {@code covariance}, for known
   * distributions.
   *
   * @throws IllegalArgumentException if the sizes do not agree or the covariance is not symmetric
   */
  public static GaussianMoments of(double[] mean, double[] covariance) {
    int d = mean.length;
    if (d < 1 || covariance.length != d * d) {
      throw new IllegalArgumentException("a mean of size " + d + " needs a " + d + " x " + d
          + " covariance, got " + covariance.length + " values");
    }
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < i; j++) {
        if (covariance[i * d + j] != covariance[j * d + i]) {
          throw new IllegalArgumentException("covariance is not symmetric at (" + i + ", " + j + ")");
        }
      }
    }
    return new GaussianMoments(d, mean.clone(), covariance.clone());
  }

  /**
   * Sample mean and unbiased sample covariance (divided by {@code n - 1}) of the {@code n} vectors of
   * length {@code dimension} stored one after the other in {@code rows}. Sums run in double precision
   * over centred values, so float features lose nothing to cancellation.
   *
   * @throws IllegalArgumentException if there are fewer than two vectors or the length does not divide
   */
  public static GaussianMoments ofSample(float[] rows, int dimension) {
    if (dimension < 1 || rows.length % dimension != 0 || rows.length / dimension < 2) {
      throw new IllegalArgumentException(rows.length + " values are not at least two vectors of size "
          + dimension);
    }
    int n = rows.length / dimension;
    double[] mean = new double[dimension];
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < dimension; i++) {
        mean[i] += rows[r * dimension + i];
      }
    }
    for (int i = 0; i < dimension; i++) {
      mean[i] /= n;
    }
    double[] covariance = new double[dimension * dimension];
    double[] centred = new double[dimension];
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < dimension; i++) {
        centred[i] = rows[r * dimension + i] - mean[i];
      }
      // Upper triangle only; the lower one is mirrored below.
      for (int i = 0; i < dimension; i++) {
        double ci = centred[i];
        int row = i * dimension;
        for (int j = i; j < dimension; j++) {
          covariance[row + j] += ci * centred[j];
        }
      }
    }
    for (int i = 0; i < dimension; i++) {
      for (int j = i; j < dimension; j++) {
        double value = covariance[i * dimension + j] / (n - 1);
        covariance[i * dimension + j] = value;
        covariance[j * dimension + i] = value;
      }
    }
    return new GaussianMoments(dimension, mean, covariance);
  }

  /** Length of the feature vectors. */
  public int dimension() {
    return dimension;
  }

  /** The mean vector. */
  public double[] mean() {
    return mean.clone();
  }

  /** The covariance, row-major {@code dimension x dimension}. */
  public double[] covariance() {
    return covariance.clone();
  }
}
