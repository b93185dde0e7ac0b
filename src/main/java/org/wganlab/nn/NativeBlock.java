package org.wganlab.nn;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A run of float or double elements in native memory that BLAS reaches through a pointer and Java
 * loops reach through a direct buffer, both made once.
 *
 * <p>Why not ND4J arrays for the intermediates of a pass: every ND4J array and every ND4J operation
 * registers native resources for release through phantom references. Those reference objects live
 * until the next garbage collection has found their owners dead, so a collection has to copy all that
 * were made since the previous one; at classroom sizes a training step made about two hundred, and
 * copying them was what made the collector's pauses long. A pass over these blocks makes none.
 */
final class NativeBlock {
  private final boolean single;
  private final Pointer pointer;
  private final FloatBuffer floats;
  private final DoubleBuffer doubles;
  private final int capacity;
  /** Keeps the memory of a wrapped array alive for as long as this block is. */
  private final INDArray owner;

  private NativeBlock(Pointer pointer, int capacity, INDArray owner) {
    this.pointer = pointer;
    this.capacity = capacity;
    this.owner = owner;
    this.single = pointer instanceof FloatPointer;
    this.floats = single ? ((FloatPointer) pointer).asBuffer() : null;
    this.doubles = single ? null : ((DoublePointer) pointer).asBuffer();
  }

  /** Fresh zeroed memory for {@code capacity} elements of {@code type} (FLOAT or DOUBLE). */
  static NativeBlock allocate(DataType type, int capacity) {
    int size = Math.max(1, capacity);
    Pointer memory = switch (type) {
      case FLOAT -> new FloatPointer(size).zero();
      case DOUBLE -> new DoublePointer(size).zero();
      default -> throw new IllegalArgumentException("only FLOAT and DOUBLE networks, not " + type);
    };
    return new NativeBlock(memory, size, null);
  }

  /**
   * The memory of {@code array} itself, which must be dense in row-major order: writes go through to
   * the array (this is how gradients accumulate straight into a network's gradient vector).
   */
  static NativeBlock over(INDArray array) {
    if (!isDenseRowMajor(array)) {
      throw new IllegalArgumentException("not a dense row-major array: " + array.shapeInfoToString());
    }
    int length = Math.toIntExact(array.length());
    if (length == 0) {
      // An empty array has no memory to point at; nothing will be read from it or written to it.
      return allocate(array.dataType(), 0);
    }
    // A view's data buffer already starts at the view's first element (its offset is built in).
    Pointer base = array.data().addressPointer();
    Pointer start = switch (array.dataType()) {
      case FLOAT -> new FloatPointer(base).position(0).limit(length);
      case DOUBLE -> new DoublePointer(base).position(0).limit(length);
      default -> throw new IllegalArgumentException("only FLOAT and DOUBLE, not " + array.dataType());
    };
    return new NativeBlock(start, length, array);
  }

  /** {@link #over} of each array. */
  static NativeBlock[] overEach(INDArray[] arrays) {
    NativeBlock[] blocks = new NativeBlock[arrays.length];
    for (int i = 0; i < arrays.length; i++) {
      blocks[i] = over(arrays[i]);
    }
    return blocks;
  }

  /** Whether {@link #over} can wrap {@code array} without a copy. */
  static boolean isDenseRowMajor(INDArray array) {
    if (array.rank() != 2) {
      return false;
    }
    if (array.length() == 0) {
      // Nothing to lay out (ND4J gives empty arrays zero strides).
      return true;
    }
    long rows = array.size(0);
    long cols = array.size(1);
    long[] stride = array.stride();
    // A stride along a dimension of size one is never used, whatever it says.
    return (cols == 1 || stride[1] == 1) && (rows == 1 || stride[0] == cols);
  }

  /** Number of elements this block holds. */
  int capacity() {
    return capacity;
  }

  /** The pointer BLAS takes: a {@link FloatPointer} or a {@link DoublePointer}. */
  Pointer pointer() {
    return pointer;
  }

  /** Whether the elements are float32. */
  boolean isSingle() {
    return single;
  }

  double get(int i) {
    return single ? floats.get(i) : doubles.get(i);
  }

  void set(int i, double value) {
    if (single) {
      floats.put(i, (float) value);
    } else {
      doubles.put(i, value);
    }
  }

  void add(int i, double value) {
    if (single) {
      floats.put(i, floats.get(i) + (float) value);
    } else {
      doubles.put(i, doubles.get(i) + value);
    }
  }

  /** The float32 elements, or null for a double block; for loops that run per element. */
  FloatBuffer floats() {
    return floats;
  }

  /** Copies the first {@code count} elements of {@code source} (any precision) into this block. */
  void copyFrom(NativeBlock source, int count) {
    if (single && source.single) {
      for (int i = 0; i < count; i++) {
        floats.put(i, source.floats.get(i));
      }
      return;
    }
    for (int i = 0; i < count; i++) {
      set(i, source.get(i));
    }
  }

  /** Sets the first {@code count} elements to {@code value}. */
  void fill(int count, double value) {
    for (int i = 0; i < count; i++) {
      set(i, value);
    }
  }

  /** Multiplies the first {@code count} elements by those of {@code factors}, element by element. */
  void multiplyBy(NativeBlock factors, int count) {
    if (single && factors.single) {
      for (int i = 0; i < count; i++) {
        floats.put(i, floats.get(i) * factors.floats.get(i));
      }
      return;
    }
    for (int i = 0; i < count; i++) {
      set(i, get(i) * factors.get(i));
    }
  }

  /** Sum of the squares of the first {@code count} elements. */
  double sumOfSquares(int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      double v = get(i);
      sum += v * v;
    }
    return sum;
  }
}
