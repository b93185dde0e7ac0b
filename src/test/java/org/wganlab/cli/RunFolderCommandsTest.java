package org.wganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.export.SpecialFiles;

/**
 * The output rules end to end: nothing that is not a regular file is replaced, an empty --out is
 * refused, a run never lands beside another run's files unless --overwrite deletes them first, the
 * leftovers of a killed run are removed, and each failure is one line with its exit code.
 */
class RunFolderCommandsTest {
  private static final String[] SMALL = {"--width", "8", "--depth", "1", "--batch", "16",
      "--grid", "8", "--iterations", "2", "--quiet"};

  @TempDir
  Path dir;

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> all = Files.list(folder)) {
      return all.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aRunFolderUnderAFileIsRefusedNamingTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
    Path under = file.resolve("run");
    CliRun r = CliRun.of("train", "--iterations", "1", "--quiet", "--out", under.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("wgan-lab train: " + under + ": lies under " + file
        + ", which is a file, not a folder\n");
    assertThat(Files.readString(file)).isEqualTo("mine");
  }

  @Test
  void dataRefusesAPipeAndLeavesIt() throws Exception {
    Path pipe = SpecialFiles.fifo(dir.resolve("pipe.csv"));
    CliRun r = CliRun.of("data", "ring", "--out", pipe.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).isEqualTo("wgan-lab data: " + pipe + ": exists and is not a regular file"
        + " (a device, pipe or socket); it is left as it is\n");
    assertThat(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS)).isFalse();
  }

  @Test
  void dataWritesThroughASymbolicLinkToItsTarget() throws IOException {
    Path target = Files.writeString(dir.resolve("target.csv"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target);
    Files.writeString(dir.resolve(".target.csv.0123abcd.tmp"), "left by a killed run");
    CliRun r = CliRun.of("data", "ring", "--n", "10", "--out", link.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllLines(target)).hasSize(11).startsWith("x,y");
    assertThat(files(dir)).containsExactly("link.csv", "target.csv");
  }

  @Test
  void anEmptyOutIsRefused() {
    for (String[] args : List.of(new String[] {"data", "ring", "--out="},
        new String[] {"train", "--out", ""}, new String[] {"image", "--resume", "--out="})) {
      CliRun r = CliRun.of(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.err().lines().findFirst().orElse("")).contains("\"\"");
    }
  }

  @Test
  void aSecondRunIntoAFolderIsRefusedThenOverwritesWhenAsked() throws IOException {
    Path out = dir.resolve("run");
    assertThat(CliRun.train(SMALL, "--method", "clip", "--method", "div", "--out", out.toString())
        .code()).isZero();
    List<String> first = files(out);
    CliRun again = CliRun.train(SMALL, "--method", "gp", "--out", out.toString());
    assertThat(again.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(again.err()).isEqualTo("wgan-lab train: " + out + ": already holds a run (such as"
        + " config.json); add --overwrite to delete it and write a new one, or name a new folder\n");
    assertThat(files(out)).isEqualTo(first);

    Files.writeString(out.resolve(".surface-0-gp.csv.5e1f00a2b.tmp"), "left by a killed run");
    CliRun overwrite = CliRun.train(SMALL, "--method", "gp", "--overwrite", "--out",
        out.toString());
    assertThat(overwrite.code()).as(overwrite.err()).isZero();
    assertThat(files(out)).containsExactly("config.json", "metrics.csv", "samples.csv",
        "surface-0-gp.csv", "surface-0-gp.png");
  }

  @Test
  void overwriteNeverDeletesAFileTheProgramDidNotWrite() throws IOException {
    Path out = Files.createDirectories(dir.resolve("home"));
    Files.writeString(out.resolve("config.json"), "{}");
    Files.writeString(out.resolve("thesis.tex"), "mine");
    CliRun r = CliRun.train(SMALL, "--overwrite", "--out", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("thesis.tex").doesNotContain("Usage");
    assertThat(files(out)).containsExactly("config.json", "thesis.tex");
  }

  @Test
  void aFolderWithOnlyLeftoversIsCleanedAndUsed() throws IOException {
    Path out = Files.createDirectories(dir.resolve("killed"));
    Files.writeString(out.resolve(".surface-0-gp.csv.9a8b7c6d.tmp"), "x".repeat(10_000));
    CliRun r = CliRun.train(SMALL, "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(files(out)).noneMatch(name -> name.endsWith(".tmp"));
  }

  @Test
  void aFolderThatCannotBeCreatedIsAnInputOutputFailureNamingIt() {
    Path proc = Path.of("/proc/self");
    assumeTrue(Files.isDirectory(proc), "needs Linux's /proc, where no folder can be made");
    Path out = proc.resolve("wganlab-run");
    CliRun r = CliRun.train(SMALL, "--out", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.IO_FAILURE);
    assertThat(r.err()).startsWith("wgan-lab train: cannot write " + out + ": ")
        .doesNotContain("Exception").hasLineCount(1);
  }
}
