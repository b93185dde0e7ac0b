package org.wganlab.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wganlab.data.image.IdxTestFiles.grayImages;
import static org.wganlab.data.image.IdxTestFiles.gzip;
import static org.wganlab.data.image.IdxTestFiles.idx;
import static org.wganlab.data.image.IdxTestFiles.labels;
import static org.wganlab.data.image.IdxTestFiles.pattern;
import static org.wganlab.data.image.IdxTestFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.data.DataFormatException;

/** IDX files, plain or gzipped, read into exact pixel values and labels. */
class IdxReaderTest {
  @TempDir Path dir;

  @Test
  void plainGrayImagesKeepShapeOrderAndValues() throws DataFormatException {
    ImageSet images = IdxReader.readImages(write(dir.resolve("images.idx"), grayImages(3, 4, 5)));
    assertThat(images.count()).isEqualTo(3);
    assertThat(images.channels()).isEqualTo(1);
    assertThat(images.height()).isEqualTo(4);
    assertThat(images.width()).isEqualTo(5);
    assertThat(images.labels()).isEmpty();
    assertThat(images.pixel(0, 0, 0, 0)).isEqualTo(0f);
    assertThat(images.pixel(0, 0, 0, 1)).isEqualTo(13 / 255f);
    // Image 1, row 2, column 3 is flat byte 20 + 13 = 33, holding 13 * 33 mod 256 = 173.
    assertThat(images.pixel(1, 0, 2, 3)).isEqualTo(173 / 255f);
    // The very last byte, index 59, holds 13 * 59 mod 256 = 255.
    assertThat(images.pixel(2, 0, 3, 4)).isEqualTo(1f);
  }

  @Test
  void gzippedImagesReadTheSameAsPlainOnes() throws DataFormatException {
    ImageSet plain = IdxReader.readImages(write(dir.resolve("plain"), grayImages(3, 4, 5)));
    ImageSet zipped = IdxReader.readImages(write(dir.resolve("zipped.gz"), gzip(grayImages(3, 4, 5))));
    assertThat(flat(zipped)).containsExactly(flat(plain));
  }

  @Test
  void gzipIsRecognisedByContentNotByName() throws DataFormatException {
    Path misnamedZip = write(dir.resolve("images-idx3-ubyte"), gzip(grayImages(2, 28, 28)));
    Path misnamedPlain = write(dir.resolve("images-idx3-ubyte.gz"), grayImages(2, 28, 28));
    assertThat(flat(IdxReader.readImages(misnamedZip)))
        .containsExactly(flat(IdxReader.readImages(misnamedPlain)));
    assertThat(IdxReader.readImages(misnamedZip).pixel(0, 0, 2, 3)).isEqualTo(255 / 255f);
  }

  @Test
  void colourImagesAreReadFromFourDimensions() throws DataFormatException {
    byte[] file = idx(IdxReader.COLOUR_IMAGES_MAGIC, new int[] {2, 3, 2, 2}, pattern(24));
    ImageSet images = IdxReader.readImages(write(dir.resolve("colour.gz"), gzip(file)));
    assertThat(images.count()).isEqualTo(2);
    assertThat(images.channels()).isEqualTo(3);
    assertThat(images.height()).isEqualTo(2);
    assertThat(images.width()).isEqualTo(2);
    // Image 1, channel 2 (blue), row 1, column 0 is flat byte 12 + 8 + 2 = 22: 13 * 22 mod 256 = 30.
    assertThat(images.pixel(1, 2, 1, 0)).isEqualTo(30 / 255f);
  }

  @Test
  void labelsArePlainOrGzipped() throws DataFormatException {
    assertThat(IdxReader.readLabels(write(dir.resolve("labels"), labels(12))))
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1);
    byte[] high = idx(IdxReader.LABELS_MAGIC, new int[] {2}, new byte[] {(byte) 200, 7});
    assertThat(IdxReader.readLabels(write(dir.resolve("labels.gz"), gzip(high)))).containsExactly(200, 7);
  }

  private static float[] flat(ImageSet images) {
    float[] values = new float[images.count() * images.pixelsPerImage()];
    for (int i = 0; i < images.count(); i++) {
      images.copyImage(i, values, i * images.pixelsPerImage());
    }
    return values;
  }
}
