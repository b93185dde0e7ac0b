package org.wganlab.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.common.OutputRefusedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The run-folder rule: new runs into empty folders, --overwrite deletes only a run's own files. */
class RunFolderTest {
  private static final Predicate<String> OWN =
      name -> name.equals("config.json") || name.matches("sub/run-\\d+\\.png");

  @TempDir
  Path dir;

  @Test
  void aMissingFolderIsCreated() throws IOException {
    Path run = dir.resolve("a").resolve("b");
    RunFolder.prepare(run, RunFolder.Use.NEW, OWN, null);
    assertThat(run).isEmptyDirectory();
  }

  @Test
  void aFolderHoldingOnlyLeftoversIsCleanedAndUsed() throws IOException {
    Path run = Files.createDirectories(dir.resolve("run").resolve("sub"));
    Files.writeString(run.resolve(".run-1.png.a1b2c3.tmp"), "killed");
    Files.writeString(run.getParent().resolve(".surface-0-gp.csv.ffee01.tmp"), "killed");
    RunFolder.prepare(run.getParent(), RunFolder.Use.NEW, OWN, null);
    assertThat(files(run.getParent())).isEmpty();
  }

  @Test
  void anEarlierRunIsRefusedWithTheWayOut() throws IOException {
    Path run = Files.createDirectories(dir.resolve("run"));
    Files.writeString(run.resolve("config.json"), "{}");
    assertThatThrownBy(() -> RunFolder.prepare(run, RunFolder.Use.NEW, OWN,
        "or --resume to continue it"))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessage(run + ": already holds a run (such as config.json); add --overwrite to delete"
            + " it and write a new one, or --resume to continue it, or name a new folder");
    assertThat(files(run)).containsExactly("config.json");
  }

  @Test
  void overwriteDeletesTheRunsOwnFilesOnly() throws IOException {
    Path run = Files.createDirectories(dir.resolve("run").resolve("sub")).getParent();
    Files.writeString(run.resolve("config.json"), "{}");
    Files.writeString(run.resolve("sub").resolve("run-7.png"), "png");
    Files.writeString(run.resolve("sub").resolve(".run-8.png.0af.tmp"), "half");
    RunFolder.prepare(run, RunFolder.Use.OVERWRITE, OWN, null);
    assertThat(files(run)).isEmpty();
    assertThat(run.resolve("sub")).isEmptyDirectory();
  }

  @Test
  void aFileTheProgramDidNotWriteIsNeverDeleted() throws IOException {
    Path run = Files.createDirectories(dir.resolve("run"));
    Files.writeString(run.resolve("config.json"), "{}");
    Files.writeString(run.resolve("notes.txt"), "mine");
    for (RunFolder.Use use : List.of(RunFolder.Use.NEW, RunFolder.Use.OVERWRITE)) {
      assertThatThrownBy(() -> RunFolder.prepare(run, use, OWN, null))
          .isInstanceOf(OutputRefusedException.class)
          .hasMessage(run + ": holds files that a run of this kind does not write (such as"
              + " notes.txt); name a new or empty folder");
    }
    assertThat(files(run)).containsExactly("config.json", "notes.txt");
  }

  @Test
  void aFileWhereTheFolderBelongsAndAnEmptyPathAreRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("run"), "x");
    assertThatThrownBy(() -> RunFolder.prepare(file, RunFolder.Use.NEW, OWN, null))
        .isInstanceOf(OutputRefusedException.class).hasMessage(file + ": exists and is not a folder");
    assertThatThrownBy(() -> RunFolder.prepare(Path.of(""), RunFolder.Use.OVERWRITE, OWN, null))
        .isInstanceOf(OutputRefusedException.class).hasMessageContaining("an empty path");
  }

  @Test
  void aLinkedFolderIsLookedInto() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real"));
    Files.writeString(real.resolve("config.json"), "{}");
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    assertThatThrownBy(() -> RunFolder.prepare(link, RunFolder.Use.NEW, OWN, null))
        .isInstanceOf(OutputRefusedException.class).hasMessageContaining("already holds a run");
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted()
          .toList();
    }
  }
}
