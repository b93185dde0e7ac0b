package org.wganlab.data.image;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.wganlab.data.DataFormatException;

/**
 * Reads IDX files, the format of MNIST and Fashion-MNIST: a big-endian 32-bit magic number, one
 * big-endian 32-bit size per dimension, then the values as unsigned bytes, last dimension fastest.
 * Each file may be gzipped or not; gzip is recognised by its first two bytes (0x1f 0x8b), not by the
 * file name, because downloads are often unpacked or renamed by browsers.
 *
 * <p>Three kinds are read: gray images (magic {@code 0x00000803}, sizes count, rows, columns), colour
 * images (magic {@code 0x00000804}, sizes count, channels, rows, columns, as written by this program for
 * colour data) and labels (magic {@code 0x00000801}, size count). Pixel bytes become {@code value / 255f}.
 * A file that cannot be used is reported as a {@link DataFormatException} of one line naming the file.
 */
public final class IdxReader {
  /** Magic number of an IDX label file: unsigned bytes, one dimension. */
  public static final int LABELS_MAGIC = 0x00000801;
  /** Magic number of an IDX gray image file: unsigned bytes, three dimensions. */
  public static final int GRAY_IMAGES_MAGIC = 0x00000803;
  /** Magic number of an IDX colour image file: unsigned bytes, four dimensions (NCHW). */
  public static final int COLOUR_IMAGES_MAGIC = 0x00000804;

  /** The largest array the JVM reliably allocates. */
  private static final long MAX_VALUES = Integer.MAX_VALUE - 8;
  private static final int BUFFER_BYTES = 1 << 16;

  /** Reading code that may report a format problem; I/O failures are translated by the caller. */
  @FunctionalInterface
  private interface StreamBody<T> {
    T read(InputStream in) throws IOException, DataFormatException;
  }

  private IdxReader() {}

  /**
   * Reads an IDX image file, gray or colour, into an image set without labels.
   *
   * @param file the file, gzipped or not
   * @return the images, pixel values in [0, 1]
   * @throws DataFormatException if the file is missing, unreadable, not an IDX image file, truncated,
   *     longer than its header says, or a damaged gzip file
   */
  public static ImageSet readImages(Path file) throws DataFormatException {
    return read(file, in -> {
      int magic = readMagic(in, file);
      if (magic != GRAY_IMAGES_MAGIC && magic != COLOUR_IMAGES_MAGIC) {
        throw problem(file, "wrong magic number " + describe(magic) + ", expected "
            + describe(GRAY_IMAGES_MAGIC) + " or " + describe(COLOUR_IMAGES_MAGIC));
      }
      long[] sizes = readSizes(in, file, magic == GRAY_IMAGES_MAGIC ? 3 : 4);
      int dims = sizes.length;
      long channels = dims == 3 ? 1 : sizes[1];
      String announced = sizes[0] + " images of "
          + ImageShaping.describe(channels, sizes[dims - 2], sizes[dims - 1]);
      // Past this call every size fits in an int: their product does.
      byte[] data = readBody(in, file, sizes, announced);
      float[] pixels = new float[data.length];
      for (int i = 0; i < data.length; i++) {
        pixels[i] = (data[i] & 0xff) / 255f;
      }
      return new ImageSet((int) channels, (int) sizes[dims - 2], (int) sizes[dims - 1], pixels, null);
    });
  }

  /**
   * Reads an IDX label file.
   *
   * @param file the file, gzipped or not
   * @return one label (0 to 255) per image
   * @throws DataFormatException if the file is missing, unreadable, not an IDX label file, truncated,
   *     longer than its header says, or a damaged gzip file
   */
  public static int[] readLabels(Path file) throws DataFormatException {
    return read(file, in -> {
      int magic = readMagic(in, file);
      if (magic != LABELS_MAGIC) {
        throw problem(file, "wrong magic number " + describe(magic) + ", expected "
            + describe(LABELS_MAGIC));
      }
      long[] sizes = readSizes(in, file, 1);
      byte[] data = readBody(in, file, sizes, sizes[0] + " labels");
      int[] labels = new int[data.length];
      for (int i = 0; i < data.length; i++) {
        labels[i] = data[i] & 0xff;
      }
      return labels;
    });
  }

  /** Opens {@code file}, runs {@code body} on its (decompressed) bytes and words any I/O failure. */
  private static <T> T read(Path file, StreamBody<T> body) throws DataFormatException {
    if (Files.isDirectory(file)) {
      throw problem(file, "this is a folder, not an IDX file");
    }
    try (InputStream in = open(file)) {
      return body.read(in);
    } catch (NoSuchFileException e) {
      throw new DataFormatException(file, 0, "file not found", e);
    } catch (AccessDeniedException e) {
      throw new DataFormatException(file, 0, "the file cannot be read: permission denied", e);
    } catch (EOFException e) {
      // Every read below uses readNBytes, which reports a clean end by a short result; only the gzip
      // decoder throws EOFException, when the compressed stream stops before its end marker.
      throw new DataFormatException(file, 0, "the gzip data are truncated", e);
    } catch (ZipException e) {
      throw new DataFormatException(file, 0, "the gzip data are corrupt", e);
    } catch (IOException e) {
      throw new DataFormatException(file, 0, "the file could not be read (" + e.getMessage() + ")", e);
    }
  }

  /** The file's bytes, decompressed when the file starts with the gzip signature. */
  private static InputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
    try {
      raw.mark(2);
      boolean gzipped = raw.read() == 0x1f && raw.read() == 0x8b;
      raw.reset();
      return gzipped ? new GZIPInputStream(raw, BUFFER_BYTES) : raw;
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  private static int readMagic(InputStream in, Path file) throws IOException, DataFormatException {
    byte[] magic = in.readNBytes(4);
    if (magic.length == 0) {
      throw problem(file, "the file is empty");
    }
    if (magic.length < 4) {
      throw problem(file, "truncated: the file ends inside the IDX header");
    }
    return ByteBuffer.wrap(magic).getInt();
  }

  /** The header's sizes, each at least 1, read as the unsigned numbers the format defines. */
  private static long[] readSizes(InputStream in, Path file, int dims)
      throws IOException, DataFormatException {
    byte[] header = in.readNBytes(4 * dims);
    if (header.length < 4 * dims) {
      throw problem(file, "truncated: the file ends inside the IDX header");
    }
    ByteBuffer buffer = ByteBuffer.wrap(header);
    long[] sizes = new long[dims];
    for (int d = 0; d < dims; d++) {
      sizes[d] = Integer.toUnsignedLong(buffer.getInt());
      if (sizes[d] == 0) {
        throw problem(file, "the header gives a size of 0 in dimension " + (d + 1) + " of " + dims);
      }
    }
    return sizes;
  }

  /** Exactly the values the header announces, checking the data neither stop early nor go on. */
  private static byte[] readBody(InputStream in, Path file, long[] sizes, String announced)
      throws IOException, DataFormatException {
    long expected = 1;
    for (long size : sizes) {
      expected *= size;
      if (expected > MAX_VALUES) {
        throw problem(file, "the header announces " + announced + ", too many to hold in memory");
      }
    }
    byte[] data = in.readNBytes((int) expected);
    if (data.length < expected) {
      throw problem(file, "truncated: the header announces " + announced + " (" + expected
          + " bytes) but only " + data.length + " bytes follow");
    }
    long extra = in.transferTo(OutputStream.nullOutputStream());
    if (extra > 0) {
      throw problem(file, "the header announces " + announced + " (" + expected + " bytes) but "
          + (expected + extra) + " bytes follow");
    }
    return data;
  }

  /** {@code 0x00000803 (IDX images)}: the number as written in format descriptions, and its kind. */
  private static String describe(int magic) {
    String hex = String.format(Locale.ROOT, "0x%08X", magic);
    return switch (magic) {
      case LABELS_MAGIC -> hex + " (IDX labels)";
      case GRAY_IMAGES_MAGIC -> hex + " (IDX images)";
      case COLOUR_IMAGES_MAGIC -> hex + " (IDX colour images)";
      default -> hex;
    };
  }

  private static DataFormatException problem(Path file, String text) {
    return new DataFormatException(file, 0, text);
  }
}
