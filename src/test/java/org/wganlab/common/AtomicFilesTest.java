package org.wganlab.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void writesTheBodyAndLeavesOnlyTheTarget() throws IOException {
    Path target = dir.resolve("table.csv");
    AtomicFiles.write(target, out -> out.write(bytes("a,b\n1,2\n")));
    assertThat(Files.readString(target)).isEqualTo("a,b\n1,2\n");
    assertThat(entries()).containsExactly("table.csv");
  }

  @Test
  void replacesAnExistingTarget() throws IOException {
    Path target = dir.resolve("figure.png");
    Files.writeString(target, "old");
    AtomicFiles.write(target, out -> out.write(bytes("new")));
    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(entries()).containsExactly("figure.png");
  }

  @Test
  void failingBodyLeavesNeitherTargetNorTemporaryFile() {
    Path target = dir.resolve("out.csv");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write(bytes("half a fi"));
                      throw new IOException("disk on fire");
                    }))
        .isInstanceOf(FileWriteException.class)
        .hasMessage("cannot write " + target + ": disk on fire");
    assertThat(entries()).isEmpty();
  }

  @Test
  void failingBodyKeepsAnExistingTargetUnchanged() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "previous content");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write(bytes("partial"));
                      throw new IllegalStateException("bug in the writer");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(Files.readString(target)).isEqualTo("previous content");
    assertThat(entries()).containsExactly("out.csv");
  }

  @Test
  void missingDirectoryIsNamedInTheMessage() {
    Path missing = dir.resolve("no-such-dir");
    assertThatThrownBy(() -> AtomicFiles.write(missing.resolve("x.png"), out -> out.write(1)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("does not exist");
    assertThat(entries()).isEmpty();
  }

  @Test
  void parentThatIsAFileIsReportedToo() throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("plain.txt"), "x");
    assertThatThrownBy(() -> AtomicFiles.write(notADirectory.resolve("x.png"), out -> out.write(1)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(notADirectory.toString());
  }

  private List<String> entries() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
