package org.wganlab.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.common.AtomicFiles;
import org.wganlab.common.FileWriteException;
import org.wganlab.common.OutputRefusedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an atomic write may replace: a regular file, or the file a symbolic link names; never a
 * folder, a pipe or an empty path. A failed write names the file and keeps what was there.
 */
class OutputRulesTest {
  @TempDir
  Path dir;

  private static void write(Path target, String text) throws IOException {
    AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aPipeIsRefusedAndStaysAPipe() throws Exception {
    Path pipe = SpecialFiles.fifo(dir.resolve("pipe"));
    assertThatThrownBy(() -> write(pipe, "x"))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessage(pipe + ": exists and is not a regular file (a device, pipe or socket); it is"
            + " left as it is");
    assertThat(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.exists(pipe, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(entries()).containsExactly("pipe");
  }

  @Test
  void aFolderIsRefusedAndKept() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("figure.png"));
    assertThatThrownBy(() -> write(folder, "x"))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessage(folder + ": is a folder, not a file");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void anEmptyPathIsRefused() {
    assertThatThrownBy(() -> write(Path.of(""), "x"))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessage("\"\": an empty path names no file");
  }

  @Test
  void aSymbolicLinkIsFollowedAndItsTargetReplacedAtomically() throws IOException {
    Path data = Files.createDirectory(dir.resolve("data"));
    Path target = Files.writeString(data.resolve("points.csv"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target);
    write(link, "new");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(target);
    assertThat(Files.readString(target)).isEqualTo("new");
    try (Stream<Path> files = Files.list(data)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aLinkToNothingIsRefused() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("missing.csv"));
    assertThatThrownBy(() -> write(link, "x"))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("a symbolic link to a file that does not exist");
    assertThat(entries()).containsExactly("dangling.csv");
  }

  @Test
  void aFullDiskNamesTheFileAndKeepsTheOldOne() throws IOException {
    Path target = Files.writeString(dir.resolve("metrics.csv"), "complete old table\n");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write(new byte[100_000]);
      throw new IOException("No space left on device");
    })).isInstanceOf(FileWriteException.class)
        .hasMessage("cannot write " + target + ": No space left on device");
    assertThat(Files.readString(target)).isEqualTo("complete old table\n");
    assertThat(entries()).containsExactly("metrics.csv");
  }

  @Test
  void aWriteRemovesTheLeftoversOfItsOwnFileAndNothingElse() throws IOException {
    Path target = dir.resolve("ring.csv");
    Files.writeString(dir.resolve(".ring.csv.3fa2b1c0d.tmp"), "killed half way");
    Files.writeString(dir.resolve(".other.csv.3fa2b1c0d.tmp"), "another file's");
    Files.writeString(dir.resolve(".ring.csv.notes.tmp"), "not a name this program gives");
    AtomicFiles.write(target, out -> out.write("x,y\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(entries()).containsExactly(".other.csv.3fa2b1c0d.tmp", ".ring.csv.notes.tmp",
        "ring.csv");
  }

  private List<String> entries() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
