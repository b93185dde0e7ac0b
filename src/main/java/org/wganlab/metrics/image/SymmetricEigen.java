package org.wganlab.metrics.image;

import java.util.function.DoubleUnaryOperator;

/**
 * Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method, in double
 * precision.
 *
 * <p>Jacobi is chosen over a tridiagonal QR for its simplicity and because it computes small
 * eigenvalues to high relative accuracy, which matters here: covariance matrices of network features
 * are nearly singular and their square roots amplify errors in the smallest eigenvalues. For the
 * 128 x 128 matrices of the quality metric a decomposition takes a few milliseconds.
 */
final class SymmetricEigen {
  private static final int MAX_SWEEPS = 100;

  private final int size;
  private final double[] values;
  private final double[] vectors;

  private SymmetricEigen(int size, double[] values, double[] vectors) {
    this.size = size;
    this.values = values;
    this.vectors = vectors;
  }

  /**
   * Decomposes the symmetric {@code size x size} row-major {@code matrix} (left unchanged) as
   * {@code V diag(values) V^T}. Only symmetric input gives a meaningful result; the caller ensures it.
   *
   * @throws IllegalArgumentException if the array does not hold {@code size * size} finite values
   */
  public static SymmetricEigen of(double[] matrix, int size) {
    if (size < 1 || matrix.length != size * size) {
      throw new IllegalArgumentException(matrix.length + " values are not a " + size + " x " + size
          + " matrix");
    }
    double[] a = matrix.clone();
    double[] v = new double[size * size];
    double total = 0;
    for (int i = 0; i < size; i++) {
      v[i * size + i] = 1;
    }
    for (double x : a) {
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException("matrix has a non-finite entry: " + x);
      }
      total += x * x;
    }
    for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonalSquares(a, size) > 1e-30 * total; sweep++) {
      for (int p = 0; p < size - 1; p++) {
        for (int q = p + 1; q < size; q++) {
          if (a[p * size + q] != 0) {
            rotate(a, v, size, p, q);
          }
        }
      }
    }
    double[] values = new double[size];
    for (int i = 0; i < size; i++) {
      values[i] = a[i * size + i];
    }
    return new SymmetricEigen(size, values, v);
  }

  /** The eigenvalues, in no particular order; entry {@code i} belongs to column {@code i}. */
  public double[] values() {
    return values.clone();
  }

  /** The orthonormal eigenvectors as the columns of a row-major {@code size x size} matrix. */
  public double[] vectors() {
    return vectors.clone();
  }

  /**
   * {@code V diag(f(values)) V^T} with {@code f} applied to each eigenvalue, e.g. a square root: a
   * function of the matrix.
   */
  public double[] apply(DoubleUnaryOperator f) {
    double[] scaled = new double[size];
    for (int k = 0; k < size; k++) {
      scaled[k] = f.applyAsDouble(values[k]);
    }
    double[] result = new double[size * size];
    for (int i = 0; i < size; i++) {
      for (int j = i; j < size; j++) {
        double sum = 0;
        for (int k = 0; k < size; k++) {
          sum += vectors[i * size + k] * scaled[k] * vectors[j * size + k];
        }
        result[i * size + j] = sum;
        result[j * size + i] = sum;
      }
    }
    return result;
  }

  private static double offDiagonalSquares(double[] a, int size) {
    double sum = 0;
    for (int i = 0; i < size; i++) {
      for (int j = i + 1; j < size; j++) {
        sum += 2 * a[i * size + j] * a[i * size + j];
      }
    }
    return sum;
  }

  /**
   * Replaces {@code a} by {@code J^T a J} and {@code v} by {@code v J}, where the plane rotation
   * {@code J} in rows and columns {@code p, q} is chosen to zero {@code a[p][q]}. The tangent is the
   * smaller root of {@code t^2 + 2 theta t - 1 = 0}, which keeps the rotation angle below 45 degrees
   * and the iteration stable.
   */
  private static void rotate(double[] a, double[] v, int n, int p, int q) {
    double apq = a[p * n + q];
    double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
    double t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
    double c = 1 / Math.sqrt(t * t + 1);
    double s = t * c;
    for (int k = 0; k < n; k++) {
      double akp = a[k * n + p];
      double akq = a[k * n + q];
      a[k * n + p] = c * akp - s * akq;
      a[k * n + q] = s * akp + c * akq;
    }
    for (int k = 0; k < n; k++) {
      double apk = a[p * n + k];
      double aqk = a[q * n + k];
      a[p * n + k] = c * apk - s * aqk;
      a[q * n + k] = s * apk + c * aqk;
    }
    // Exactly zero by construction; storing it stops rounding residue from being rotated again.
    a[p * n + q] = 0;
    a[q * n + p] = 0;
    for (int k = 0; k < n; k++) {
      double vkp = v[k * n + p];
      double vkq = v[k * n + q];
      v[k * n + p] = c * vkp - s * vkq;
      v[k * n + q] = s * vkp + c * vkq;
    }
  }
}
