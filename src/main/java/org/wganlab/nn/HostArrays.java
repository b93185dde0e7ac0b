package org.wganlab.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Copies of arrays into Java memory, row-major. ND4J's {@code toDoubleMatrix()} reads element by
 * element (tens of milliseconds for a 256 x 2 matrix); reading a dense matrix's memory directly takes
 * microseconds and, unlike a {@code dup()}, leaves no ND4J array behind for the garbage collector.
 */
public final class HostArrays {
  private HostArrays() {
  }

  /** All elements in row-major order as doubles. */
  public static double[] doubles(INDArray array) {
    if (isReadable(array)) {
      NativeBlock block = NativeBlock.over(array);
      double[] values = new double[block.capacity()];
      for (int i = 0; i < values.length; i++) {
        values[i] = block.get(i);
      }
      return values;
    }
    INDArray dense = array.dup('c');
    double[] values = dense.data().asDouble();
    return values.length == dense.length() ? values
        : java.util.Arrays.copyOf(values, (int) dense.length());
  }

  /** All elements in row-major order as floats. */
  public static float[] floats(INDArray array) {
    if (isReadable(array)) {
      NativeBlock block = NativeBlock.over(array);
      float[] values = new float[block.capacity()];
      for (int i = 0; i < values.length; i++) {
        values[i] = (float) block.get(i);
      }
      return values;
    }
    INDArray dense = array.dup('c');
    float[] values = dense.data().asFloat();
    return values.length == dense.length() ? values
        : java.util.Arrays.copyOf(values, (int) dense.length());
  }

  private static boolean isReadable(INDArray array) {
    return !array.isEmpty() && NativeBlock.isDenseRowMajor(array)
        && (array.dataType() == DataType.FLOAT || array.dataType() == DataType.DOUBLE);
  }
}
