package org.wganlab.data.image;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.wganlab.data.image.IdxTestFiles.grayImages;
import static org.wganlab.data.image.IdxTestFiles.gzip;
import static org.wganlab.data.image.IdxTestFiles.idx;
import static org.wganlab.data.image.IdxTestFiles.labels;
import static org.wganlab.data.image.IdxTestFiles.write;
import static org.wganlab.data.image.ProblemAssertions.assertProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad IDX file gives one line naming the file and what is wrong with it. */
class IdxReaderErrorsTest {
  @TempDir Path dir;

  @Test
  void missingFile() {
    assertImagesProblem(dir.resolve("absent"), "file not found");
  }

  @Test
  void folderInsteadOfFile() throws IOException {
    assertImagesProblem(Files.createDirectory(dir.resolve("folder")), "this is a folder, not an IDX file");
  }

  @Test
  void unreadableFile() throws IOException {
    Path file = write(dir.resolve("secret"), grayImages(1, 2, 2));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
    // The super-user reads anything, so the check is only meaningful for an ordinary account.
    assumeFalse(Files.isReadable(file), "running with rights that ignore file permissions");
    assertImagesProblem(file, "the file cannot be read: permission denied");
  }

  @Test
  void emptyFile() {
    assertImagesProblem(write(dir.resolve("empty"), new byte[0]), "the file is empty");
  }

  @Test
  void fileEndingInsideTheHeader() {
    byte[] header = Arrays.copyOf(grayImages(1, 2, 2), 10);
    assertImagesProblem(write(dir.resolve("short"), header), "truncated: the file ends inside the IDX header");
    assertImagesProblem(write(dir.resolve("short.gz"), gzip(Arrays.copyOf(header, 3))),
        "truncated: the file ends inside the IDX header");
  }

  @Test
  void labelsWhereImagesAreExpectedNameBothKinds() {
    assertImagesProblem(write(dir.resolve("labels"), labels(3)),
        "wrong magic number 0x00000801 (IDX labels), expected 0x00000803 (IDX images)"
            + " or 0x00000804 (IDX colour images)");
  }

  @Test
  void imagesWhereLabelsAreExpected() {
    Path file = write(dir.resolve("images"), grayImages(1, 2, 2));
    assertProblem(file, () -> IdxReader.readLabels(file),
        "wrong magic number 0x00000803 (IDX images), expected 0x00000801 (IDX labels)");
  }

  @Test
  void aFileOfAnotherFormatShowsItsMagicNumber() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    assertImagesProblem(write(dir.resolve("picture.png"), png), "wrong magic number 0x89504E47,"
        + " expected 0x00000803 (IDX images) or 0x00000804 (IDX colour images)");
  }

  @Test
  void zeroSize() {
    byte[] file = idx(IdxReader.GRAY_IMAGES_MAGIC, new int[] {2, 0, 5}, new byte[0]);
    assertImagesProblem(write(dir.resolve("flat"), file), "the header gives a size of 0 in dimension 2 of 3");
  }

  @Test
  void truncatedData() {
    byte[] file = grayImages(3, 4, 5);
    assertImagesProblem(write(dir.resolve("cut"), Arrays.copyOf(file, file.length - 20)),
        "truncated: the header announces 3 images of 4x5 pixels (60 bytes) but only 40 bytes follow");
  }

  @Test
  void moreDataThanTheHeaderAnnounces() {
    byte[] file = Arrays.copyOf(labels(4), labels(4).length + 2);
    Path path = write(dir.resolve("long.gz"), gzip(file));
    assertProblem(path, () -> IdxReader.readLabels(path),
        "the header announces 4 labels (4 bytes) but 6 bytes follow");
  }

  @Test
  void headerTooLargeToHold() {
    byte[] file = idx(IdxReader.GRAY_IMAGES_MAGIC, new int[] {-1, 28, 28}, new byte[0]);
    assertImagesProblem(write(dir.resolve("huge"), file),
        "the header announces 4294967295 images of 28x28 pixels, too many to hold in memory");
  }

  @Test
  void truncatedGzip() {
    byte[] zipped = gzip(grayImages(3, 28, 28));
    assertImagesProblem(write(dir.resolve("cut.gz"), Arrays.copyOf(zipped, zipped.length / 2)),
        "the gzip data are truncated");
  }

  @Test
  void corruptGzipChecksum() {
    byte[] zipped = gzip(grayImages(3, 28, 28));
    // The CRC-32 of the data sits in the trailer's first four bytes.
    zipped[zipped.length - 8] ^= 0x55;
    assertImagesProblem(write(dir.resolve("crc.gz"), zipped), "the gzip data are corrupt");
  }

  @Test
  void corruptGzipHeader() {
    byte[] zipped = gzip(grayImages(1, 2, 2));
    zipped[2] = 7; // compression method: only 8 (deflate) exists
    assertImagesProblem(write(dir.resolve("method.gz"), zipped), "the gzip data are corrupt");
  }

  private static void assertImagesProblem(Path file, String problem) {
    assertProblem(file, () -> IdxReader.readImages(file), problem);
  }
}
