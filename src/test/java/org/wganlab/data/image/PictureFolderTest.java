package org.wganlab.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.wganlab.data.image.ImageDataOptions.ALL_IMAGES;
import static org.wganlab.data.image.ProblemAssertions.assertProblem;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.data.DataFormatException;

/** Pictures of any size become centre-cropped squares, in a fixed order and split. */
class PictureFolderTest {
  /** Area averages add a few weighted terms in float arithmetic, so they may be off by an ulp or so. */
  private static final float ROUNDING = 1e-6f;
  private static final int[] ORANGE = {200, 100, 50};

  @TempDir Path dir;

  @Test
  void aWidePictureIsScaledAndCroppedToItsCentre() throws DataFormatException {
    write("wide.png", widePicture());
    ImageSet colour = PictureFolder.load(dir, new ImageDataOptions(28, 3, ALL_IMAGES)).train();
    assertThat(colour.count()).isEqualTo(1);
    assertThat(colour.channels()).isEqualTo(3);
    assertThat(colour.height()).isEqualTo(28);
    assertThat(colour.width()).isEqualTo(28);
    // The red and blue 5-pixel borders are cropped away: the corners are pure orange.
    for (int c = 0; c < 3; c++) {
      assertThat(colour.pixel(0, c, 0, 0)).isCloseTo(ORANGE[c] / 255f, within(ROUNDING));
      assertThat(colour.pixel(0, c, 0, 27)).isCloseTo(ORANGE[c] / 255f, within(ROUNDING));
    }
    // 30 rows onto 28: target row 13 covers source rows 13.93 to 15, the last orange ones.
    assertThat(colour.pixel(0, 0, 13, 5)).isCloseTo(200 / 255f, within(ROUNDING));
    assertThat(colour.pixel(0, 0, 14, 5)).isEqualTo(0f);
  }

  @Test
  void grayIsTheLuminanceOfTheColour() throws DataFormatException {
    write("wide.png", widePicture());
    ImageSet gray = PictureFolder.load(dir, new ImageDataOptions(32, 1, ALL_IMAGES)).train();
    assertThat(gray.channels()).isEqualTo(1);
    assertThat(gray.height()).isEqualTo(32);
    // 0.299 * 200 + 0.587 * 100 + 0.114 * 50 = 124.2
    assertThat(gray.pixel(0, 0, 0, 0)).isCloseTo(124.2f / 255f, within(ROUNDING));
  }

  @Test
  void aSmallTallGrayPictureKeepsItsStoredGrayLevels() throws DataFormatException {
    // 20x50: rows 15 to 34 are the centre square; its left half is 128, its right half 0.
    BufferedImage tall = new BufferedImage(20, 50, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < 50; y++) {
      for (int x = 0; x < 20; x++) {
        tall.getRaster().setSample(x, y, 0, y < 15 || y >= 35 ? 255 : x < 10 ? 128 : 0);
      }
    }
    write("tall.png", tall);
    ImageSet images = PictureFolder.load(dir, new ImageDataOptions(28, 1, ALL_IMAGES)).train();
    // Enlarging 20 to 28: target column 13 covers source 9.29 to 10, column 14 covers 10 to 10.71.
    assertThat(images.pixel(0, 0, 0, 13)).isCloseTo(128 / 255f, within(ROUNDING));
    assertThat(images.pixel(0, 0, 27, 13)).isCloseTo(128 / 255f, within(ROUNDING));
    assertThat(images.pixel(0, 0, 0, 14)).isEqualTo(0f);
  }

  @Test
  void downscalingAveragesAreasInsteadOfPickingPixels() throws DataFormatException {
    BufferedImage checkerboard = new BufferedImage(56, 56, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < 56; y++) {
      for (int x = 0; x < 56; x++) {
        checkerboard.getRaster().setSample(x, y, 0, (x + y) % 2 == 0 ? 255 : 0);
      }
    }
    write("checks.png", checkerboard);
    ImageSet images = PictureFolder.load(dir, new ImageDataOptions(28, 1, ALL_IMAGES)).train();
    float[] pixels = new float[28 * 28];
    images.copyImage(0, pixels, 0);
    float[] halves = new float[28 * 28];
    Arrays.fill(halves, 0.5f);
    assertThat(pixels).containsExactly(halves);
  }

  @Test
  void picturesAreSortedByNameAndEveryTenthIsForTesting() throws DataFormatException {
    for (int k : new int[] {7, 10, 0, 3, 9, 1, 5, 2, 8, 4, 6}) {
      write(String.format("p%02d.png", k), uniformGray(10 * k));
    }
    TrainTestImages data = PictureFolder.load(dir, new ImageDataOptions(28, 1, ALL_IMAGES));
    assertThat(firstPixels(data.train())).containsExactly(0, 10, 20, 30, 40, 50, 60, 70, 80, 100);
    assertThat(firstPixels(data.test())).containsExactly(90);
    assertThat(data.train().labels()).isEmpty();
  }

  @Test
  void aTrainingLimitKeepsTheFirstTrainingPictures() throws DataFormatException {
    for (int k = 0; k < 11; k++) {
      write(String.format("p%02d.png", k), uniformGray(10 * k));
    }
    TrainTestImages data = PictureFolder.load(dir, new ImageDataOptions(28, 1, 3));
    assertThat(firstPixels(data.train())).containsExactly(0, 10, 20);
    assertThat(firstPixels(data.test())).containsExactly(90);
  }

  @Test
  void otherFilesHiddenFilesAndSubfoldersAreIgnored() throws IOException, DataFormatException {
    write("b.PNG", uniformGray(40));
    write("a.jpeg", uniformGray(128));
    Files.writeString(dir.resolve("notes.txt"), "not a picture");
    Files.writeString(dir.resolve("._b.png"), "macOS metadata, not a picture");
    Files.createDirectory(dir.resolve("samples"));
    Files.writeString(dir.resolve("samples/c.png"), "would fail if read");
    ImageSet train = PictureFolder.load(dir, new ImageDataOptions(28, 1, ALL_IMAGES)).train();
    assertThat(train.count()).isEqualTo(2);
    // JPEG is lossy, but a flat gray survives within a level or two.
    assertThat(train.pixel(0, 0, 14, 14)).isCloseTo(128 / 255f, within(2 / 255f));
    assertThat(train.pixel(1, 0, 14, 14)).isCloseTo(40 / 255f, within(ROUNDING));
  }

  @Test
  void aFileThatIsNoPicture() throws IOException {
    Path fake = Files.writeString(dir.resolve("fake.png"), "hello");
    assertProblem(fake, () -> PictureFolder.load(dir, new ImageDataOptions(28, 1, ALL_IMAGES)),
        "not a picture that can be read (PNG or JPEG expected)");
  }

  @Test
  void aDamagedPicture() throws IOException {
    Path png = write("cut.png", widePicture());
    byte[] bytes = Files.readAllBytes(png);
    Files.write(png, Arrays.copyOf(bytes, bytes.length / 2));
    assertProblem(png, () -> PictureFolder.load(dir, new ImageDataOptions(28, 1, ALL_IMAGES)),
        "the picture cannot be decoded (damaged or of an unsupported kind)");
  }

  @Test
  void anUnreadablePicture() throws IOException {
    Path png = write("secret.png", uniformGray(5));
    Files.setPosixFilePermissions(png, PosixFilePermissions.fromString("-w-------"));
    // The super-user reads anything, so the check is only meaningful for an ordinary account.
    assumeFalse(Files.isReadable(png), "running with rights that ignore file permissions");
    assertProblem(png, () -> PictureFolder.load(dir, new ImageDataOptions(28, 1, ALL_IMAGES)),
        "the file cannot be read: permission denied");
  }

  @Test
  void aPictureDeclaringTooManyPixelsIsRefusedFromItsHeaderBeforeDecoding() throws IOException {
    Path small = write("bomb.png", uniformGray(5));
    // Decoding 40,000 x 40,000 gray pixels would ask for 1.6 GB before finding the data too short.
    Path bomb = Files.write(small, PngHeaders.declaring(Files.readAllBytes(small), 40_000, 40_000));
    long start = System.nanoTime();
    assertProblem(bomb, () -> PictureFolder.load(dir, new ImageDataOptions(28, 1, 0)),
        "the picture declares 40000 x 40000 pixels, more than the 25 megapixels a picture may have");
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);
  }

  @Test
  void aPictureOfExactlyTheLimitIsNotRefusedForItsSize() throws IOException {
    Path small = write("edge.png", uniformGray(5));
    // 5,000 x 5,000 is the limit: it passes the size check and then fails on its short data.
    Path edge = Files.write(small, PngHeaders.declaring(Files.readAllBytes(small), 5_000, 5_000));
    assertProblem(edge, () -> PictureFolder.load(dir, new ImageDataOptions(28, 1, 0)),
        "the picture cannot be decoded (damaged or of an unsupported kind)");
  }

  @Test
  void aFolderWithoutPictures() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "nothing to see");
    assertProblem(dir, () -> PictureFolder.load(dir, new ImageDataOptions(28, 1, ALL_IMAGES)),
        "the folder holds no PNG or JPEG pictures (subfolders are not searched)");
  }

  /** 40x30: a 5-pixel red border left, a blue one right, between them orange above black. */
  private static BufferedImage widePicture() {
    BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    int orange = ORANGE[0] << 16 | ORANGE[1] << 8 | ORANGE[2];
    for (int y = 0; y < 30; y++) {
      for (int x = 0; x < 40; x++) {
        int rgb = x < 5 ? 0xff0000 : x >= 35 ? 0x0000ff : y < 15 ? orange : 0;
        picture.setRGB(x, y, rgb);
      }
    }
    return picture;
  }

  private static BufferedImage uniformGray(int level) {
    BufferedImage picture = new BufferedImage(30, 30, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < 30; y++) {
      for (int x = 0; x < 30; x++) {
        picture.getRaster().setSample(x, y, 0, level);
      }
    }
    return picture;
  }

  /** Each image's top-left value, back in 0..255 levels. */
  private static List<Integer> firstPixels(ImageSet images) {
    Integer[] levels = new Integer[images.count()];
    for (int i = 0; i < levels.length; i++) {
      levels[i] = Math.round(images.pixel(i, 0, 0, 0) * 255);
    }
    return List.of(levels);
  }

  private Path write(String name, BufferedImage picture) {
    Path file = dir.resolve(name);
    String format = name.toLowerCase(Locale.ROOT).endsWith(".png") ? "png" : "jpeg";
    try {
      if (!ImageIO.write(picture, format, file.toFile())) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
