package org.wganlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad point file gives one readable sentence naming the file and, if it applies, the line. */
class PointSetCsvErrorsTest {
  @TempDir Path dir;

  @Test
  void missingFile() {
    Path file = dir.resolve("absent.csv");
    assertProblem(file, 0, "file not found");
  }

  @Test
  void folderInsteadOfFile() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder.csv"));
    assertProblem(folder, 0, "this is a folder, not a CSV file");
  }

  @Test
  void unreadableFile() throws IOException {
    Path file = write("secret.csv", "1,2\n3,4\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
    // The super-user reads anything, so the check is only meaningful for an ordinary account.
    assumeFalse(Files.isReadable(file), "running with rights that ignore file permissions");
    assertProblem(file, 0, "the file cannot be read: permission denied");
  }

  @Test
  void emptyFile() throws IOException {
    assertProblem(write("empty.csv", ""), 0, "the file contains no points (expected lines like 0.5,-1.25)");
  }

  @Test
  void onlyHeaderAndComments() throws IOException {
    assertProblem(write("header.csv", "# nothing yet\nx,y\n\n"), 0,
        "the file contains no points (expected lines like 0.5,-1.25)");
  }

  @Test
  void notANumberQuotesTheToken() throws IOException {
    assertProblem(write("word.csv", "x,y\n1,2\n3,four\n"), 3, "the y value \"four\" is not a number");
  }

  @Test
  void aVeryLongBadTokenIsShortened() throws IOException {
    String token = "a".repeat(100);
    assertProblem(write("long.csv", token + ",1\n"), 1,
        "the x value \"" + "a".repeat(40) + "...\" is not a number");
  }

  @Test
  void aSecondHeaderIsNotANumber() throws IOException {
    assertProblem(write("twice.csv", "x,y\n1,2\nx,y\n"), 3, "the x value \"x\" is not a number");
  }

  @Test
  void commaAsDecimalSeparatorIsNotANumber() throws IOException {
    assertProblem(write("locale.csv", "1;5,2;5\n"), 1,
        "the x value \"1;5\" is not a number");
  }

  @Test
  void tooManyColumns() throws IOException {
    assertProblem(write("three.csv", "1,2\n3,4\n\n5,6,7\n"), 4, "expected 2 columns (x,y), found 3");
  }

  @Test
  void oneColumnWithAnotherSeparatorGetsAHint() throws IOException {
    assertProblem(write("semicolon.csv", "1;2\n"), 1, "expected 2 columns (x,y), found 1"
        + " (columns must be separated by commas, with '.' as the decimal point)");
  }

  @Test
  void missingValue() throws IOException {
    assertProblem(write("gap.csv", "1,2\n3,\n"), 2, "the y value is missing");
  }

  @Test
  void notANumberValue() throws IOException {
    assertProblem(write("nan.csv", "1,2\nNaN,4\n"), 2, "the x value \"NaN\" is not a finite number");
  }

  @Test
  void infiniteValues() throws IOException {
    assertProblem(write("inf.csv", "1,-Infinity\n"), 1, "the y value \"-Infinity\" is not a finite number");
    assertProblem(write("overflow.csv", "1,2\n1e400,0\n"), 2,
        "the x value \"1e400\" is not a finite number");
  }

  @Test
  void absurdMagnitude() throws IOException {
    assertProblem(write("huge.csv", "1,2\n3,-2.5e7\n"), 2,
        "the y value \"-2.5e7\" is too large: coordinates must lie between -1000000 and 1000000");
  }

  @Test
  void singlePoint() throws IOException {
    assertProblem(write("one.csv", "x,y\n1,2\n"), 0,
        "the file contains only 1 point, but at least 2 are needed");
  }

  @Test
  void tooManyPoints() throws IOException {
    Path file = write("many.csv", "x,y\n" + "0,1\n".repeat(PointSetCsv.MAX_POINTS + 1));
    assertProblem(file, PointSetCsv.MAX_POINTS + 2,
        "too many points: the limit is 1,000,000 points per file");
  }

  @Test
  void fileLargerThanTheSizeLimit() throws IOException {
    Path file = dir.resolve("huge-file.csv");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(PointSetCsv.MAX_BYTES + 1);
    }
    assertProblem(file, 0, "the file is too large (67,108,865 bytes): the limit is 64 MiB");
  }

  @Test
  void notUtf8() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "x,y\n1,2\n3,4 # caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertProblem(file, 3, "the file is not UTF-8 text (save it as UTF-8 CSV)");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** The exception carries the file and line, and its message is exactly {@code file:line: problem}. */
  private static void assertProblem(Path file, int line, String problem) {
    DataFormatException e =
        catchThrowableOfType(DataFormatException.class, () -> PointSetCsv.read(file));
    assertThat(e).as("reading %s should fail", file).isNotNull();
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.getMessage()).isEqualTo(file + (line > 0 ? ":" + line : "") + ": " + problem);
    assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\n");
  }
}
