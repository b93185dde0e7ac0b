package org.wganlab.data.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Builds small IDX files byte by byte, so that tests control every header field and pixel. */
final class IdxTestFiles {
  private IdxTestFiles() {}

  /** An IDX file: {@code magic}, the {@code sizes} as given, then {@code values}. */
  static byte[] idx(int magic, int[] sizes, byte[] values) {
    ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * sizes.length + values.length);
    buffer.putInt(magic);
    for (int size : sizes) {
      buffer.putInt(size);
    }
    return buffer.put(values).array();
  }

  /** Gray images whose byte at flat index {@code i} is {@code pattern(i)}. */
  static byte[] grayImages(int count, int rows, int cols) {
    return idx(IdxReader.GRAY_IMAGES_MAGIC, new int[] {count, rows, cols}, pattern(count * rows * cols));
  }

  /** Labels 0, 1, 2, ... modulo 10. */
  static byte[] labels(int count) {
    byte[] values = new byte[count];
    for (int i = 0; i < count; i++) {
      values[i] = (byte) (i % 10);
    }
    return idx(IdxReader.LABELS_MAGIC, new int[] {count}, values);
  }

  /** The pixel pattern: byte {@code i} holds {@code (13 * i) mod 256}; 60 bytes or more reach 255. */
  static byte[] pattern(int length) {
    byte[] values = new byte[length];
    for (int i = 0; i < length; i++) {
      values[i] = (byte) (13 * i % 256);
    }
    return values;
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Path write(Path file, byte[] bytes) {
    try {
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
