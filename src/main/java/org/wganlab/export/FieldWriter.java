package org.wganlab.export;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * Writes the fields of a {@link SealedFile}: numbers as their exact big-endian bits, as
 * {@link DataOutputStream} does, and arrays as a length followed by the values, which
 * {@link FieldReader} reads back.
 */
public final class FieldWriter extends DataOutputStream {
  /** Values are turned into bytes a chunk at a time, not with one call per byte. */
  private final ByteBuffer chunk = ByteBuffer.allocate(1 << 13);

  FieldWriter(OutputStream out) {
    super(out);
  }

  /** Puts values {@code from} to {@code from + n} of an array into a chunk. */
  @FunctionalInterface
  private interface Fill {
    void put(ByteBuffer chunk, int from, int n);
  }

  /** Writes {@code values} with their length. */
  public void writeFloats(float[] values) throws IOException {
    writeArray(values.length, Float.BYTES, (c, from, n) -> c.asFloatBuffer().put(values, from, n));
  }

  /** Writes {@code values} with their length. */
  public void writeDoubles(double[] values) throws IOException {
    writeArray(values.length, Double.BYTES,
        (c, from, n) -> c.asDoubleBuffer().put(values, from, n));
  }

  /** Writes {@code values} with their length. */
  public void writeInts(int[] values) throws IOException {
    writeArray(values.length, Integer.BYTES, (c, from, n) -> c.asIntBuffer().put(values, from, n));
  }

  private void writeArray(int length, int bytesEach, Fill fill) throws IOException {
    writeInt(length);
    int each = chunk.capacity() / bytesEach;
    for (int from = 0; from < length; from += each) {
      int n = Math.min(each, length - from);
      chunk.clear();
      fill.put(chunk, from, n);
      write(chunk.array(), 0, n * bytesEach);
    }
  }
}
