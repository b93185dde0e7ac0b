package org.wganlab.export;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Reads the fields of a {@link SealedFile} whose checksum matched, in the order {@link FieldWriter}
 * wrote them, with the bytes left counted: a field past the end, or a length (of an array or a list)
 * that the bytes left cannot hold, is refused as damage naming the file, before anything is
 * allocated for it.
 */
public final class FieldReader {
  private final Path file;
  private final String noun;
  private final ByteBuffer bytes;

  FieldReader(Path file, String noun, ByteBuffer bytes) {
    this.file = file;
    this.noun = noun;
    this.bytes = bytes;
  }

  /** A refusal of this file: "{@code <file>: <noun> is damaged: <problem>}". */
  public DamagedFileException damaged(String problem) {
    return new DamagedFileException(file, noun + " is damaged: " + problem);
  }

  /** The next int. */
  public int readInt() throws DamagedFileException {
    return take(Integer.BYTES).getInt();
  }

  /** The next long. */
  public long readLong() throws DamagedFileException {
    return take(Long.BYTES).getLong();
  }

  /** The next double, bit for bit. */
  public double readDouble() throws DamagedFileException {
    return take(Double.BYTES).getDouble();
  }

  /** The next boolean (one byte, not zero for true). */
  public boolean readBoolean() throws DamagedFileException {
    return take(1).get() != 0;
  }

  /** The next {@code n} bytes. */
  public byte[] readBytes(int n) throws DamagedFileException {
    byte[] out = new byte[count(n, 1)];
    take(n).get(out);
    return out;
  }

  /** The next string as {@link java.io.DataOutput#writeUTF} wrote it. */
  public String readUtf() throws IOException {
    int length = Short.toUnsignedInt(take(Short.BYTES).getShort());
    byte[] encoded = new byte[Short.BYTES + length];
    bytes.get(bytes.position() - Short.BYTES, encoded, 0, Short.BYTES);
    take(length).get(encoded, Short.BYTES, length);
    try {
      return new DataInputStream(new ByteArrayInputStream(encoded)).readUTF();
    } catch (IOException e) {
      throw damaged("a string that is not modified UTF-8");
    }
  }

  /** What {@link FieldWriter#writeFloats} wrote. */
  public float[] readFloats() throws DamagedFileException {
    float[] values = new float[readCount(Float.BYTES)];
    take(values.length * Float.BYTES).asFloatBuffer().get(values);
    return values;
  }

  /** What {@link FieldWriter#writeDoubles} wrote. */
  public double[] readDoubles() throws DamagedFileException {
    double[] values = new double[readCount(Double.BYTES)];
    take(values.length * Double.BYTES).asDoubleBuffer().get(values);
    return values;
  }

  /** What {@link FieldWriter#writeInts} wrote. */
  public int[] readInts() throws DamagedFileException {
    int[] values = new int[readCount(Integer.BYTES)];
    take(values.length * Integer.BYTES).asIntBuffer().get(values);
    return values;
  }

  /**
   * Reads a count of items that take at least {@code bytesEach} bytes each (an array's length, a
   * list's size), refused when negative or when the bytes left cannot hold that many.
   */
  public int readCount(int bytesEach) throws DamagedFileException {
    return count(readInt(), bytesEach);
  }

  private int count(int n, int bytesEach) throws DamagedFileException {
    if (n < 0 || (long) n * bytesEach > bytes.remaining()) {
      throw damaged("a length of " + n + " where " + bytes.remaining() + " bytes are left");
    }
    return n;
  }

  /** Refuses bytes left after the last field. */
  void end() throws DamagedFileException {
    if (bytes.hasRemaining()) {
      throw damaged(bytes.remaining() + " bytes of unexpected data after the last field");
    }
  }

  /**
   * The next {@code n} bytes as a buffer of their own (big-endian, positioned at their start); the
   * reader moves past them.
   */
  private ByteBuffer take(int n) throws DamagedFileException {
    if (n > bytes.remaining()) {
      throw damaged("it ends inside a field");
    }
    ByteBuffer field = bytes.slice(bytes.position(), n);
    bytes.position(bytes.position() + n);
    return field;
  }
}
