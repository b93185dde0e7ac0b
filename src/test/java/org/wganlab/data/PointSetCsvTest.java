package org.wganlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.export.PointFiles;

/** Reading and writing valid point files; the error cases are in {@link PointSetCsvErrorsTest}. */
class PointSetCsvTest {
  @TempDir Path dir;

  @Test
  void writtenFilesReadBackExactly() throws Exception {
    double[] xy = {Math.PI, -Math.E, 1e-300, -0.0, 999_999.999_999_9, -1e6, 0.1, 1.0 / 3};
    Path file = dir.resolve("points.csv");
    PointFiles.write(file, new PointSet(xy));
    assertThat(PointSetCsv.read(file).xy()).containsExactly(xy);
  }

  @Test
  void writtenTextHasHeaderOnePointPerLineAndUnixLineEnds() throws Exception {
    Path file = dir.resolve("points.csv");
    PointFiles.write(file, new PointSet(new double[] {1.5, -2, 0.25, 1e-7}));
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo("x,y\n1.5,-2.0\n0.25,1.0E-7\n");
  }

  @Test
  void writeReplacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
    Path file = dir.resolve("points.csv");
    Files.writeString(file, "old content that is longer than the new one, to catch truncation bugs\n");
    PointFiles.write(file, new PointSet(new double[] {1, 2, 3, 4}));
    assertThat(Files.readString(file)).isEqualTo("x,y\n1.0,2.0\n3.0,4.0\n");
    assertThat(filesIn(dir)).containsExactly(file);
  }

  @Test
  void writeOverAFolderFailsAndLeavesEverythingAsItWas() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("taken.csv"));
    assertThatThrownBy(() -> PointFiles.write(folder, new PointSet(new double[] {1, 2, 3, 4})))
        .isInstanceOf(IOException.class)
        .hasMessageEndingWith("taken.csv: is a folder, not a file");
    assertThat(Files.isDirectory(folder)).isTrue();
    assertThat(filesIn(dir)).containsExactly(folder);
  }

  @Test
  void writeIntoAMissingFolderSaysWhichFolder() {
    Path file = dir.resolve("nowhere").resolve("points.csv");
    assertThatThrownBy(() -> PointFiles.write(file, new PointSet(new double[] {1, 2, 3, 4})))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ": its folder " + file.getParent() + " does not exist");
  }

  @Test
  void writeRefusesSetsThatCouldNotBeReadBack() {
    Path file = dir.resolve("points.csv");
    assertThatThrownBy(() -> PointFiles.write(file, new PointSet(new double[] {1, 2e6, 3, 4})))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(file).doesNotExist();
  }

  @Test
  void commentsBlankLinesSpacesHeaderAndWindowsLineEndsAreAccepted() throws Exception {
    Path file = dir.resolve("hand.csv");
    Files.writeString(file, "# drawn by hand\r\n\r\n X , Y \r\n 1 , 2 \r\n#\r\n\t3.5,-4e-1\r\n  \r\n");
    assertThat(PointSetCsv.read(file).xy()).containsExactly(1, 2, 3.5, -0.4);
  }

  @Test
  void theHeaderIsOptionalAndMayFollowComments() throws Exception {
    Path bare = dir.resolve("bare.csv");
    Files.writeString(bare, "1,2\n3,4");
    assertThat(PointSetCsv.read(bare).xy()).containsExactly(1, 2, 3, 4);
    Path commented = dir.resolve("commented.csv");
    Files.writeString(commented, "# comment first\nx,y\n1,2\n3,4\n");
    assertThat(PointSetCsv.read(commented).xy()).containsExactly(1, 2, 3, 4);
  }

  @Test
  void aSpreadsheetByteOrderMarkIsIgnored() throws Exception {
    Path file = dir.resolve("excel.csv");
    Files.writeString(file, "\uFEFFx,y\n1,2\n3,4\n", StandardCharsets.UTF_8);
    assertThat(PointSetCsv.read(file).xy()).containsExactly(1, 2, 3, 4);
  }

  @Test
  void exactlyTheLimitOfPointsIsAccepted() throws Exception {
    Path file = dir.resolve("big.csv");
    Files.write(file, "0,1\n".repeat(PointSetCsv.MAX_POINTS).getBytes(StandardCharsets.US_ASCII));
    assertThat(PointSetCsv.read(file).size()).isEqualTo(PointSetCsv.MAX_POINTS);
  }

  private static List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }
}
