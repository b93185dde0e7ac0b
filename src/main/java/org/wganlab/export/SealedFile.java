package org.wganlab.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.wganlab.common.AtomicFiles;

/**
 * The one container of the project's binary state files (trained states, checkpoints): a magic word
 * and a version (4 bytes each), the payload's fields, and last a checksum of everything before it.
 * Written atomically ({@link AtomicFiles}), so that a killed write leaves the previous file or the
 * new one. Read whole: the magic word, the version and the checksum are checked before any field is
 * parsed, and the fields are then read with the bytes left counted ({@link FieldReader}), so that no
 * length can ask for more than the file holds. Every refusal is a {@link DamagedFileException} naming
 * the file.
 */
public final class SealedFile {
  /** Far above any state the app can hold in memory; a larger file is not one of ours. */
  static final long MAX_BYTES = 1L << 30;
  private static final int HEADER_BYTES = 2 * Integer.BYTES;

  private SealedFile() {
  }

  /**
   * One kind of sealed file.
   *
   * @param noun what the file is called in messages ("trained state", "checkpoint")
   * @param magic the first four bytes
   * @param version the one version this program writes and reads
   * @param checksum the trailer's kind
   * @param olderVersions why a file of an older version is refused and what to do, or empty
   */
  public record Format(String noun, int magic, int version, Checksum checksum,
      String olderVersions) {
  }

  /** The checksum trailing a file. Each format keeps the one it was first written with. */
  public enum Checksum {
    /** CRC-32 written as a long: finds truncation and accidental damage. */
    CRC32(Long.BYTES),
    /** SHA-256: finds the same, and makes a crafted match impractical. */
    SHA_256(32);

    private final int bytes;

    Checksum(int bytes) {
      this.bytes = bytes;
    }

    /** The trailer's length in bytes. */
    public int bytes() {
      return bytes;
    }

    Sum start() {
      try {
        return this == CRC32 ? new Sum(new CRC32(), null)
            : new Sum(null, MessageDigest.getInstance("SHA-256"));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java runtime has SHA-256", e);
      }
    }
  }

  /** A checksum being computed: a CRC-32 or a message digest, whichever is not null. */
  private record Sum(CRC32 crc, MessageDigest digest) {
    void update(byte[] data, int offset, int length) {
      if (crc != null) {
        crc.update(data, offset, length);
      } else {
        digest.update(data, offset, length);
      }
    }

    byte[] finish() {
      return crc != null ? ByteBuffer.allocate(Long.BYTES).putLong(crc.getValue()).array()
          : digest.digest();
    }
  }

  /** Writes a payload's fields. */
  @FunctionalInterface
  public interface Payload {
    /** Writes the fields to {@code out}; the container adds the header and the checksum. */
    void writeTo(FieldWriter out) throws IOException;
  }

  /** Reads a payload's fields back. */
  @FunctionalInterface
  public interface Parser<T> {
    /** Reads every field from {@code in}; the container refuses bytes left over. */
    T parse(FieldReader in) throws IOException;
  }

  /** Writes {@code payload} as a {@code format} file, replacing any previous {@code file} atomically. */
  public static void write(Path file, Format format, Payload payload) throws IOException {
    AtomicFiles.write(file, stream -> {
      Sum sum = format.checksum().start();
      FieldWriter out = new FieldWriter(new BufferedOutputStream(new Summing(stream, sum), 1 << 16));
      out.writeInt(format.magic());
      out.writeInt(format.version());
      payload.writeTo(out);
      out.flush();
      stream.write(sum.finish());
    });
  }

  /**
   * Reads a {@code format} file: its header and checksum, then its fields with {@code parser}.
   *
   * @throws DamagedFileException when the file is missing, of another kind or version, truncated,
   *     damaged, or its fields do not parse; the message names the file
   * @throws IOException when it cannot be read
   */
  public static <T> T read(Path file, Format format, Parser<T> parser) throws IOException {
    byte[] bytes = readAll(file, format);
    ByteBuffer header = ByteBuffer.wrap(bytes);
    if (bytes.length < Integer.BYTES || header.getInt(0) != format.magic()) {
      throw new DamagedFileException(file, "not a WGAN Lab " + format.noun());
    }
    if (bytes.length < HEADER_BYTES) {
      throw new DamagedFileException(file, format.noun() + " is truncated");
    }
    int version = header.getInt(Integer.BYTES);
    if (version != format.version()) {
      throw new DamagedFileException(file, format.noun() + " version " + version
          + ", this program reads version " + format.version()
          + (version < format.version() && !format.olderVersions().isEmpty()
              ? ": " + format.olderVersions() : ""));
    }
    int trailer = format.checksum().bytes();
    if (bytes.length < HEADER_BYTES + trailer) {
      throw new DamagedFileException(file, format.noun() + " is truncated");
    }
    int end = bytes.length - trailer;
    Sum sum = format.checksum().start();
    sum.update(bytes, 0, end);
    if (!MessageDigest.isEqual(sum.finish(), Arrays.copyOfRange(bytes, end, bytes.length))) {
      throw new DamagedFileException(file, format.noun() + " is damaged: its contents do not match"
          + " their checksum");
    }
    FieldReader in = new FieldReader(file, format.noun(), ByteBuffer.wrap(bytes, HEADER_BYTES,
        end - HEADER_BYTES).slice());
    T value = parser.parse(in);
    in.end();
    return value;
  }

  private static byte[] readAll(Path file, Format format) throws IOException {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new DamagedFileException(file, "too large to be a " + format.noun());
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new DamagedFileException(file, "no such file");
    }
  }

  /** Passes bytes on, adding them to a checksum. */
  private static final class Summing extends FilterOutputStream {
    private final Sum sum;

    Summing(OutputStream out, Sum sum) {
      super(out);
      this.sum = sum;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
      sum.update(data, offset, length);
      out.write(data, offset, length);
    }
  }
}
