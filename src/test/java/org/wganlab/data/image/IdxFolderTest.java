package org.wganlab.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wganlab.data.image.IdxTestFiles.grayImages;
import static org.wganlab.data.image.IdxTestFiles.gzip;
import static org.wganlab.data.image.IdxTestFiles.idx;
import static org.wganlab.data.image.IdxTestFiles.labels;
import static org.wganlab.data.image.IdxTestFiles.write;
import static org.wganlab.data.image.ImageDataOptions.ALL_IMAGES;
import static org.wganlab.data.image.ProblemAssertions.assertProblem;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.data.DataFormatException;

/** A folder of the four IDX files becomes labelled training and test splits of the asked shape. */
class IdxFolderTest {
  private static final ImageDataOptions GRAY_28 = new ImageDataOptions(28, 1, ALL_IMAGES);

  @TempDir Path dir;

  @Test
  void gzippedStandardNamesGiveBothSplitsWithLabels() throws DataFormatException {
    writeFolder(".gz", 3, 2, 28, 28, true);
    TrainTestImages data = IdxFolder.load(dir, GRAY_28);
    assertThat(data.train().count()).isEqualTo(3);
    assertThat(data.test().count()).isEqualTo(2);
    assertThat(data.train().labels()).hasValueSatisfying(l -> assertThat(l).containsExactly(0, 1, 2));
    assertThat(data.test().labels()).hasValueSatisfying(l -> assertThat(l).containsExactly(0, 1));
    assertThat(data.train().channels()).isEqualTo(1);
    assertThat(data.train().height()).isEqualTo(28);
    // Flat byte 2 * 28 + 3 = 59 holds 13 * 59 mod 256 = 255.
    assertThat(data.train().pixel(0, 0, 2, 3)).isEqualTo(1f);
    assertThat(data.test().pixel(0, 0, 0, 1)).isEqualTo(13 / 255f);
  }

  @Test
  void dottedPlainNamesAreAccepted() throws DataFormatException {
    write(dir.resolve("train-images.idx3-ubyte"), grayImages(2, 28, 28));
    write(dir.resolve("train-labels.idx1-ubyte"), labels(2));
    write(dir.resolve("t10k-images.idx3-ubyte"), grayImages(1, 28, 28));
    write(dir.resolve("t10k-labels.idx1-ubyte"), labels(1));
    TrainTestImages data = IdxFolder.load(dir, GRAY_28);
    assertThat(data.train().count()).isEqualTo(2);
    assertThat(data.test().count()).isEqualTo(1);
  }

  @Test
  void size32PadsTheDigitsCentred() throws DataFormatException {
    writeFolder("", 2, 1, 28, 28, false);
    ImageSet train = IdxFolder.load(dir, new ImageDataOptions(32, 1, ALL_IMAGES)).train();
    assertThat(train.height()).isEqualTo(32);
    assertThat(train.width()).isEqualTo(32);
    assertThat(train.pixel(0, 0, 2 + 2, 3 + 2)).isEqualTo(1f);
    assertThat(train.pixel(0, 0, 1, 5)).isEqualTo(0f);
    assertThat(train.pixel(1, 0, 31, 31)).isEqualTo(0f);
    assertThat(train.labels()).hasValueSatisfying(l -> assertThat(l).containsExactly(0, 1));
  }

  @Test
  void anOddMarginPutsTheExtraPixelBelowAndRight() throws DataFormatException {
    writeFolder("", 1, 1, 4, 5, false);
    ImageSet train = IdxFolder.load(dir, GRAY_28).train();
    // 24 spare rows split 12 above, 23 spare columns split 11 left; source (1, 1) is flat byte 6: 78.
    assertThat(train.pixel(0, 0, 13, 12)).isEqualTo(78 / 255f);
    assertThat(train.pixel(0, 0, 11, 12)).isEqualTo(0f);
  }

  @Test
  void colourRepeatsTheGrayValueInEveryChannel() throws DataFormatException {
    writeFolder("", 2, 1, 28, 28, false);
    ImageSet train = IdxFolder.load(dir, new ImageDataOptions(28, 3, ALL_IMAGES)).train();
    assertThat(train.channels()).isEqualTo(3);
    for (int c = 0; c < 3; c++) {
      assertThat(train.pixel(0, c, 2, 3)).isEqualTo(1f);
      // Image 1 starts at flat byte 784; byte 785 holds 13 * 785 mod 256 = 221.
      assertThat(train.pixel(1, c, 0, 1)).isEqualTo(221 / 255f);
    }
  }

  @Test
  void colourIdxAskedInGrayBecomesLuminance() throws DataFormatException {
    // One 1x2 colour image: a pure red pixel and a pure green one.
    byte[] pixels = {(byte) 255, 0, 0, (byte) 255, 0, 0};
    write(dir.resolve("train-images-idx3-ubyte"), idx(IdxReader.COLOUR_IMAGES_MAGIC,
        new int[] {1, 3, 1, 2}, pixels));
    write(dir.resolve("train-labels-idx1-ubyte"), labels(1));
    write(dir.resolve("t10k-images-idx3-ubyte"), idx(IdxReader.COLOUR_IMAGES_MAGIC,
        new int[] {1, 3, 1, 2}, pixels));
    write(dir.resolve("t10k-labels-idx1-ubyte"), labels(1));
    ImageSet train = IdxFolder.load(dir, GRAY_28).train();
    assertThat(train.channels()).isEqualTo(1);
    assertThat(train.pixel(0, 0, 13, 13)).isEqualTo(0.299f);
    assertThat(train.pixel(0, 0, 13, 14)).isEqualTo(0.587f);
  }

  @Test
  void aTrainingLimitCutsOnlyTheTrainingSplit() throws DataFormatException {
    writeFolder(".gz", 5, 3, 28, 28, true);
    TrainTestImages data = IdxFolder.load(dir, new ImageDataOptions(28, 1, 2));
    assertThat(data.train().count()).isEqualTo(2);
    assertThat(data.train().labels()).hasValueSatisfying(l -> assertThat(l).containsExactly(0, 1));
    assertThat(data.test().count()).isEqualTo(3);
  }

  @Test
  void missingFilesAreNamedWithTheFourExpectedNames() {
    write(dir.resolve("train-images-idx3-ubyte.gz"), gzip(grayImages(1, 28, 28)));
    write(dir.resolve("train-labels-idx1-ubyte"), labels(1));
    assertProblem(dir, () -> IdxFolder.load(dir, GRAY_28), "missing t10k-images-idx3-ubyte[.gz],"
        + " t10k-labels-idx1-ubyte[.gz]: an IDX folder holds train-images-idx3-ubyte,"
        + " train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte,"
        + " each possibly gzipped (.gz)");
  }

  @Test
  void labelsAndImagesOfDifferentCounts() {
    writeFolder(".gz", 3, 2, 28, 28, true);
    Path testLabels = write(dir.resolve("t10k-labels-idx1-ubyte.gz"), gzip(labels(5)));
    assertProblem(testLabels, () -> IdxFolder.load(dir, GRAY_28),
        "5 labels for the 2 images in t10k-images-idx3-ubyte.gz");
  }

  @Test
  void trainingAndTestImagesOfDifferentSizes() {
    writeFolder("", 3, 2, 28, 28, false);
    Path testImages = write(dir.resolve("t10k-images-idx3-ubyte"), grayImages(2, 4, 5));
    assertProblem(testImages, () -> IdxFolder.load(dir, GRAY_28), "the test images are 4x5 pixels"
        + " but the training images in train-images-idx3-ubyte are 28x28 pixels");
  }

  @Test
  void imagesLargerThanTheSizeAskedFor() {
    writeFolder("", 1, 1, 32, 32, false);
    assertProblem(dir.resolve("train-images-idx3-ubyte"), () -> IdxFolder.load(dir, GRAY_28),
        "the images are 32x32 pixels, larger than the 28x28 asked for");
  }

  @Test
  void aDamagedFileIsNamedWithItsFolder() {
    writeFolder(".gz", 3, 2, 28, 28, true);
    byte[] zipped = gzip(labels(2));
    Path testLabels = write(dir.resolve("t10k-labels-idx1-ubyte.gz"),
        Arrays.copyOf(zipped, zipped.length - 10));
    assertProblem(testLabels, () -> IdxFolder.load(dir, GRAY_28), "the gzip data are truncated");
  }

  /** The four files under their standard names plus {@code suffix}, gzipped or not. */
  private void writeFolder(String suffix, int train, int test, int rows, int cols, boolean gzipped) {
    writePart("train-images-idx3-ubyte" + suffix, grayImages(train, rows, cols), gzipped);
    writePart("train-labels-idx1-ubyte" + suffix, labels(train), gzipped);
    writePart("t10k-images-idx3-ubyte" + suffix, grayImages(test, rows, cols), gzipped);
    writePart("t10k-labels-idx1-ubyte" + suffix, labels(test), gzipped);
  }

  private void writePart(String name, byte[] bytes, boolean gzipped) {
    write(dir.resolve(name), gzipped ? gzip(bytes) : bytes);
  }
}
