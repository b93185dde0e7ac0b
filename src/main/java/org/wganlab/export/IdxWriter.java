package org.wganlab.export;

import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.wganlab.common.AtomicFiles;
import org.wganlab.data.image.IdxReader;
import org.wganlab.data.image.ImageSet;

/**
 * Writes image sets as gzipped IDX files, the format of MNIST, so that generated samples or prepared
 * data can be read back by {@link IdxReader} and by the usual MNIST tools. Files are written atomically
 * through {@link AtomicFiles}.
 *
 * <p>Gray images become an IDX3 file (magic {@code 0x00000803}, sizes count, rows, columns), exactly
 * like MNIST's. Colour images become an IDX4 file (magic {@code 0x00000804}, sizes count, channels,
 * rows, columns: the NCHW order of {@link ImageSet}), which MNIST tools do not know but
 * {@link IdxReader} reads. Each pixel value v is stored as the unsigned byte {@code round(v * 255)}
 * clamped to 0..255, so values read from IDX files come back unchanged.
 */
public final class IdxWriter {
  private static final int BUFFER_BYTES = 1 << 16;

  /** Writes the header and values of one IDX file to an uncompressed stream. */
  @FunctionalInterface
  private interface IdxBody {
    void writeTo(DataOutputStream out) throws IOException;
  }

  private IdxWriter() {}

  /**
   * Writes the images of {@code images} (not their labels) to {@code target}, gzipped, replacing any
   * existing file.
   *
   * @throws IOException if the file cannot be written (see {@link AtomicFiles#write})
   */
  public static void writeImages(Path target, ImageSet images) throws IOException {
    int channels = images.channels();
    writeGzipped(target, out -> {
      out.writeInt(channels == 1 ? IdxReader.GRAY_IMAGES_MAGIC : IdxReader.COLOUR_IMAGES_MAGIC);
      out.writeInt(images.count());
      if (channels != 1) {
        out.writeInt(channels);
      }
      out.writeInt(images.height());
      out.writeInt(images.width());
      float[] pixels = new float[images.pixelsPerImage()];
      byte[] bytes = new byte[pixels.length];
      for (int i = 0; i < images.count(); i++) {
        images.copyImage(i, pixels, 0);
        for (int p = 0; p < pixels.length; p++) {
          bytes[p] = (byte) Math.max(0, Math.min(255, Math.round(pixels[p] * 255)));
        }
        out.write(bytes);
      }
    });
  }

  /**
   * Writes the labels of {@code images} to {@code target} as a gzipped IDX1 file (magic
   * {@code 0x00000801}), replacing any existing file.
   *
   * @throws IllegalArgumentException if the images have no labels or a label lies outside 0..255,
   *     which an IDX label byte cannot hold
   * @throws IOException if the file cannot be written (see {@link AtomicFiles#write})
   */
  public static void writeLabels(Path target, ImageSet images) throws IOException {
    int[] labels = images.labels().orElseThrow(
        () -> new IllegalArgumentException("the images have no labels to write"));
    byte[] bytes = new byte[labels.length];
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] > 255) {
        throw new IllegalArgumentException(
            "label " + labels[i] + " of image " + i + " does not fit in an IDX byte (0 to 255)");
      }
      bytes[i] = (byte) labels[i];
    }
    writeGzipped(target, out -> {
      out.writeInt(IdxReader.LABELS_MAGIC);
      out.writeInt(labels.length);
      out.write(bytes);
    });
  }

  private static void writeGzipped(Path target, IdxBody body) throws IOException {
    AtomicFiles.write(target, file -> {
      // Closing the gzip stream writes its trailer and frees the native compressor, but the file
      // itself must stay open: AtomicFiles forces it to disk before the rename.
      OutputStream keepOpen = new FilterOutputStream(file) {
        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
          out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
      try (DataOutputStream out =
          new DataOutputStream(new GZIPOutputStream(keepOpen, BUFFER_BYTES))) {
        body.writeTo(out);
      }
    });
  }
}
