package org.wganlab.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wganlab.data.image.IdxTestFiles.grayImages;
import static org.wganlab.data.image.IdxTestFiles.labels;
import static org.wganlab.data.image.IdxTestFiles.write;
import static org.wganlab.data.image.ImageDataOptions.ALL_IMAGES;
import static org.wganlab.data.image.ProblemAssertions.assertProblem;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.data.DataFormatException;

/** The folder's content decides how it is read; folders that hold nothing usable say why. */
class ImageDataLoaderTest {
  private static final ImageDataOptions GRAY_28 = new ImageDataOptions(28, 1, ALL_IMAGES);

  @TempDir Path dir;

  @Test
  void idxFilesWinOverPicturesLyingNextToThem() throws IOException, DataFormatException {
    writePicture("preview.png");
    write(dir.resolve("train-images-idx3-ubyte"), grayImages(2, 28, 28));
    write(dir.resolve("train-labels-idx1-ubyte"), labels(2));
    write(dir.resolve("t10k-images-idx3-ubyte"), grayImages(1, 28, 28));
    write(dir.resolve("t10k-labels-idx1-ubyte"), labels(1));
    TrainTestImages data = ImageDataLoader.load(dir, GRAY_28);
    assertThat(data.train().count()).isEqualTo(2);
    assertThat(data.train().labels()).isPresent();
  }

  @Test
  void oneIdxFileMakesAnIdxFolderWhoseMissingFilesAreReported() throws IOException {
    writePicture("preview.png");
    write(dir.resolve("t10k-labels.idx1-ubyte"), labels(1));
    assertProblem(dir, () -> ImageDataLoader.load(dir, GRAY_28), "missing train-images-idx3-ubyte[.gz],"
        + " train-labels-idx1-ubyte[.gz], t10k-images-idx3-ubyte[.gz]: an IDX folder holds"
        + " train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte,"
        + " t10k-labels-idx1-ubyte, each possibly gzipped (.gz)");
  }

  @Test
  void picturesWithoutIdxFilesArePictureData() throws IOException, DataFormatException {
    for (int i = 0; i < 10; i++) {
      writePicture("picture-" + i + ".png");
    }
    TrainTestImages data = ImageDataLoader.load(dir, new ImageDataOptions(32, 3, ALL_IMAGES));
    assertThat(data.train().count()).isEqualTo(9);
    assertThat(data.train().channels()).isEqualTo(3);
    assertThat(data.train().labels()).isEmpty();
    assertThat(data.test().count()).isOne();
  }

  @Test
  void aPictureFolderTooSmallForATestSplitSaysHowManyAreNeeded() throws IOException {
    for (int i = 0; i < 9; i++) {
      writePicture("picture-" + i + ".png");
    }
    assertProblem(dir, () -> ImageDataLoader.load(dir, GRAY_28), "the folder holds 9 pictures; at"
        + " least 10 are needed: every tenth is held out as the test split, which needs one, and the"
        + " rest train");
    Files.delete(dir.resolve("picture-1.png"));
    Files.delete(dir.resolve("picture-2.png"));
    Files.writeString(dir.resolve("notes.txt"), "not a picture");
    assertProblem(dir, () -> ImageDataLoader.load(dir, GRAY_28), "the folder holds 7 pictures; at"
        + " least 10 are needed: every tenth is held out as the test split, which needs one, and the"
        + " rest train");
  }

  @Test
  void missingFolder() {
    Path absent = dir.resolve("absent");
    assertProblem(absent, () -> ImageDataLoader.load(absent, GRAY_28), "folder not found");
  }

  @Test
  void aFileInsteadOfAFolder() {
    Path file = write(dir.resolve("train-images-idx3-ubyte"), grayImages(1, 28, 28));
    assertProblem(file, () -> ImageDataLoader.load(file, GRAY_28), "this is a file, not a folder");
  }

  @Test
  void emptyFolder() {
    assertProblem(dir, () -> ImageDataLoader.load(dir, GRAY_28), "the folder is empty");
  }

  @Test
  void aFolderHoldingNeither() throws IOException {
    Files.writeString(dir.resolve("readme.txt"), "data will come later");
    Files.createDirectory(dir.resolve("pictures"));
    assertProblem(dir, () -> ImageDataLoader.load(dir, GRAY_28), "the folder holds neither the IDX"
        + " files of MNIST or Fashion-MNIST (train-images-idx3-ubyte and its companions) nor PNG or"
        + " JPEG pictures (subfolders are not searched)");
  }

  private void writePicture(String name) throws IOException {
    ImageIO.write(new BufferedImage(30, 30, BufferedImage.TYPE_INT_RGB), "png", dir.resolve(name).toFile());
  }
}
