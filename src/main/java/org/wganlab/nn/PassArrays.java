package org.wganlab.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How ND4J arrays enter and leave a network's passes: an argument is read in place when it is a dense
 * row-major matrix of the network's precision (the common case) and copied into scratch memory
 * otherwise; a result leaves as a new array. Arguments are checked against the shape the pass needs,
 * because BLAS reads past a matrix that is too small, or uses part of one too large, without a word.
 */
final class PassArrays {
  private final DataType type;
  private final Scratch scratch;

  PassArrays(DataType type, Scratch scratch) {
    this.type = type;
    this.scratch = scratch;
  }

  /** The rows of {@code x}, which must have {@code cols} columns, as a pass's input. */
  NativeBlock input(INDArray x, int cols) {
    requireShape(x, x.rows(), cols, "input");
    return readable(x, Scratch.Role.INPUT);
  }

  /** {@code array}, which must be {@code rows x cols}, as the seed of a backward pass. */
  NativeBlock seed(INDArray array, int rows, int cols) {
    requireShape(array, rows, cols, "upstream gradient");
    return readable(array, Scratch.Role.SEED);
  }

  /** A new {@code rows x cols} array (in the current workspace, if any) holding a block's values. */
  INDArray output(NativeBlock block, int rows, int cols) {
    INDArray out = Nd4j.createUninitialized(type, rows, cols);
    NativeBlock.over(out).copyFrom(block, rows * cols);
    return out;
  }

  private NativeBlock readable(INDArray array, Scratch.Role role) {
    if (array.dataType() == type && NativeBlock.isDenseRowMajor(array)) {
      return NativeBlock.over(array);
    }
    INDArray dense = array.castTo(type).dup('c');
    int count = Math.toIntExact(dense.length());
    NativeBlock copy = scratch.get(role, 0, count);
    copy.copyFrom(NativeBlock.over(dense), count);
    return copy;
  }

  private static void requireShape(INDArray array, long rows, long cols, String what) {
    if (array.rank() != 2 || array.rows() != rows || array.columns() != cols) {
      throw new IllegalArgumentException(what + " must be " + rows + " x " + cols + ", not "
          + Arrays.toString(array.shape()));
    }
  }
}
