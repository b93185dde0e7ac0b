package org.wganlab.export;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Arrays in the project's binary files (checkpoints, trained states): a length, then the values as
 * their exact bits. A length read back is bounded, so that a damaged one is reported as damage
 * instead of asking for gigabytes.
 */
public final class BinaryArrays {
  /** The longest array a file may hold. */
  public static final int MAX_LENGTH = 1 << 28;

  private BinaryArrays() {
  }

  /** Writes {@code values} with their length. */
  public static void writeFloats(DataOutputStream out, float[] values) throws IOException {
    out.writeInt(values.length);
    for (float value : values) {
      out.writeFloat(value);
    }
  }

  /** Writes {@code values} with their length. */
  public static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
    out.writeInt(values.length);
    for (double value : values) {
      out.writeDouble(value);
    }
  }

  /** Writes {@code values} with their length. */
  public static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int value : values) {
      out.writeInt(value);
    }
  }

  /** Reads what {@link #writeFloats} wrote; {@code file} names the file in a refusal. */
  public static float[] readFloats(DataInputStream in, Path file) throws IOException {
    float[] values = new float[length(in, file)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readFloat();
    }
    return values;
  }

  /** Reads what {@link #writeDoubles} wrote. */
  public static double[] readDoubles(DataInputStream in, Path file) throws IOException {
    double[] values = new double[length(in, file)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readDouble();
    }
    return values;
  }

  /** Reads what {@link #writeInts} wrote. */
  public static int[] readInts(DataInputStream in, Path file) throws IOException {
    int[] values = new int[length(in, file)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readInt();
    }
    return values;
  }

  /**
   * Reads a length (of an array or a list) and refuses one that no file of the project writes.
   *
   * @throws DamagedFileException for a negative or huge length
   */
  public static int length(DataInputStream in, Path file) throws IOException {
    int value = in.readInt();
    if (value < 0 || value > MAX_LENGTH) {
      throw new DamagedFileException(file, "damaged (a length of " + value + ")");
    }
    return value;
  }
}
