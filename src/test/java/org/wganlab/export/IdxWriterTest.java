package org.wganlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.data.DataFormatException;
import org.wganlab.data.image.IdxReader;
import org.wganlab.data.image.ImageSet;

/** Gzipped IDX files that the reader reads back, byte for byte as MNIST lays them out. */
class IdxWriterTest {
  @TempDir Path dir;

  @Test
  void grayImagesAreAGzippedIdx3File() throws IOException {
    ImageSet images = new ImageSet(1, 2, 3, new float[] {0f, 1f, 0.5f, 0.2f, -0.2f, 1.3f,
        0.998f, 0.002f, 0.25f, 0.75f, 0.1f, 0.9f}, null);
    Path file = dir.resolve("samples-idx3-ubyte.gz");
    IdxWriter.writeImages(file, images);
    byte[] raw = Files.readAllBytes(file);
    assertThat(raw[0] & 0xff).isEqualTo(0x1f);
    assertThat(raw[1] & 0xff).isEqualTo(0x8b);
    assertThat(unsigned(gunzip(file))).containsExactly(
        0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 3,
        // round(v * 255) clamped: 127.5 rounds up, -0.2 and 1.3 are clamped.
        0, 255, 128, 51, 0, 255,
        254, 1, 64, 191, 26, 230);
  }

  @Test
  void valuesReadFromIdxComeBackUnchanged() throws IOException, DataFormatException {
    float[] levels = new float[256];
    for (int k = 0; k < 256; k++) {
      levels[k] = k / 255f;
    }
    int[] labels = {3, 255};
    ImageSet images = new ImageSet(1, 8, 16, levels, labels);
    IdxWriter.writeImages(dir.resolve("images.gz"), images);
    IdxWriter.writeLabels(dir.resolve("labels.gz"), images);
    ImageSet back = IdxReader.readImages(dir.resolve("images.gz"));
    assertThat(back.count()).isEqualTo(2);
    assertThat(back.height()).isEqualTo(8);
    assertThat(back.width()).isEqualTo(16);
    float[] values = new float[256];
    back.copyImage(0, values, 0);
    back.copyImage(1, values, 128);
    assertThat(values).containsExactly(levels);
    assertThat(IdxReader.readLabels(dir.resolve("labels.gz"))).containsExactly(3, 255);
  }

  @Test
  void colourImagesAreAnIdx4FileInChannelOrder() throws IOException, DataFormatException {
    float[] pixels = new float[2 * 3 * 2 * 2];
    pixels[12 + 2 * 4 + 3] = 1f; // image 1, blue, row 1, column 1
    ImageSet images = new ImageSet(3, 2, 2, pixels, null);
    Path file = dir.resolve("colour.gz");
    IdxWriter.writeImages(file, images);
    assertThat(Arrays.copyOf(unsigned(gunzip(file)), 20)).containsExactly(
        0, 0, 8, 4, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 2);
    ImageSet back = IdxReader.readImages(file);
    assertThat(back.channels()).isEqualTo(3);
    assertThat(back.pixel(1, 2, 1, 1)).isEqualTo(1f);
    assertThat(back.pixel(1, 1, 1, 1)).isEqualTo(0f);
  }

  @Test
  void labelsMustExistAndFitInAByte() {
    ImageSet unlabelled = new ImageSet(1, 1, 1, new float[1], null);
    assertThatThrownBy(() -> IdxWriter.writeLabels(dir.resolve("l.gz"), unlabelled))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the images have no labels to write");
    ImageSet wide = new ImageSet(1, 1, 1, new float[2], new int[] {4, 300});
    assertThatThrownBy(() -> IdxWriter.writeLabels(dir.resolve("l.gz"), wide))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label 300 of image 1 does not fit in an IDX byte (0 to 255)");
    assertThat(dir.resolve("l.gz")).doesNotExist();
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  private static int[] unsigned(byte[] bytes) {
    int[] values = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      values[i] = bytes[i] & 0xff;
    }
    return values;
  }
}
