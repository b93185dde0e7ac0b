package org.wganlab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Copies of arrays into Java memory, row-major. ND4J's {@code toDoubleMatrix()} reads element by
 * element (tens of milliseconds for a 256 x 2 matrix); a row-major copy read in one block takes
 * microseconds, which matters on every training step.
 */
public final class HostArrays {
  private HostArrays() {
  }

  /** All elements in row-major order as doubles. */
  public static double[] doubles(INDArray array) {
    INDArray dense = array.dup('c');
    double[] values = dense.data().asDouble();
    return values.length == dense.length() ? values
        : java.util.Arrays.copyOf(values, (int) dense.length());
  }

  /** All elements in row-major order as floats. */
  public static float[] floats(INDArray array) {
    INDArray dense = array.dup('c');
    float[] values = dense.data().asFloat();
    return values.length == dense.length() ? values
        : java.util.Arrays.copyOf(values, (int) dense.length());
  }
}
