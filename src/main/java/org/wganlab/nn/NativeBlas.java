package org.wganlab.nn;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;

/**
 * Row-major matrix products on {@link NativeBlock}s, straight into the OpenBLAS that ND4J itself
 * loads (so ND4J's thread setting applies). Going around ND4J's matrix-multiply operation saves its
 * per-call context, argument buffers and output array; the arithmetic is the same library call.
 */
final class NativeBlas {
  private NativeBlas() {
  }

  /**
   * {@code C = alpha op(A) op(B) + beta C} with {@code op(A)} of shape {@code m x k} and
   * {@code op(B)} of shape {@code k x n}, all three stored row-major.
   *
   * @param a stored {@code m x k}, or {@code k x m} when {@code transposeA}
   * @param b stored {@code k x n}, or {@code n x k} when {@code transposeB}
   * @param c stored {@code m x n}
   */
  static void gemm(NativeBlock a, boolean transposeA, NativeBlock b, boolean transposeB,
      NativeBlock c, int m, int n, int k, double alpha, double beta) {
    if (m == 0 || n == 0) {
      return;
    }
    requireCapacity(a, (long) m * k, "A");
    requireCapacity(b, (long) k * n, "B");
    requireCapacity(c, (long) m * n, "C");
    int lda = transposeA ? m : k;
    int ldb = transposeB ? k : n;
    int ta = transposeA ? CblasTrans : CblasNoTrans;
    int tb = transposeB ? CblasTrans : CblasNoTrans;
    if (a.isSingle() != b.isSingle() || a.isSingle() != c.isSingle()) {
      throw new IllegalArgumentException("mixed precision product");
    }
    if (c.isSingle()) {
      cblas_sgemm(CblasRowMajor, ta, tb, m, n, k, (float) alpha, (FloatPointer) a.pointer(), lda,
          (FloatPointer) b.pointer(), ldb, (float) beta, (FloatPointer) c.pointer(), n);
    } else {
      cblas_dgemm(CblasRowMajor, ta, tb, m, n, k, alpha, (DoublePointer) a.pointer(), lda,
          (DoublePointer) b.pointer(), ldb, beta, (DoublePointer) c.pointer(), n);
    }
  }

  /**
   * Adds the column sums of {@code m} (read as {@code rows x cols}) to the first {@code cols} elements
   * of {@code target}: the product {@code 1^T m} that every bias gradient is.
   */
  static void addColumnSums(NativeBlock m, int rows, int cols, NativeBlock target,
      NativeBlock ones) {
    gemm(ones, true, m, false, target, 1, cols, rows, 1.0, 1.0);
  }

  /**
   * Writes {@code row} (its first {@code cols} elements) into each of {@code rows} rows of
   * {@code target}: the product {@code 1 row}.
   */
  static void broadcastRows(NativeBlock row, int rows, int cols, NativeBlock target,
      NativeBlock ones) {
    gemm(ones, false, row, false, target, rows, cols, 1, 1.0, 0.0);
  }

  private static void requireCapacity(NativeBlock block, long elements, String which) {
    // BLAS would read or write past the end without a word; fail loudly instead.
    if (block.capacity() < elements) {
      throw new IllegalArgumentException(which + " holds " + block.capacity() + " elements, the product needs "
          + elements);
    }
  }
}
