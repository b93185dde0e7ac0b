package org.wganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figure command end to end: the files of a quick figure, and the refusals. */
class FigureCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesThePngTheDataAndTheClaims() throws IOException {
    Path out = dir.resolve("fig1c");
    CliRun run = CliRun.of("figure", "fig1c", "--quick", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    BufferedImage png = ImageIO.read(out.resolve("fig1c.png").toFile());
    assertThat(png.getWidth()).isGreaterThan(2000);
    List<String> claims = Files.readAllLines(out.resolve("claims.csv"));
    assertThat(claims.get(0)).isEqualTo("claim,measured,threshold,verdict,detail");
    assertThat(claims).hasSize(4);
    assertThat(claims.subList(1, 4)).allSatisfy(line -> assertThat(line).contains(",held,"));
    List<String> bins = Files.readAllLines(out.resolve("fig1c-weight-histograms.csv"));
    assertThat(bins.get(0)).isEqualTo("run,bin_center,count");
    assertThat(bins).hasSize(161);
    assertThat(run.out()).contains("3 of 3 claims held").contains("within 5% of +-c");
    assertThat(run.err()).contains("fig1c: training 12-layer networks");
    // The same figure again into its own folder replaces its files.
    assertThat(CliRun.of("figure", "fig1c", "--quick", "--out", out.toString()).code()).isZero();
  }

  @Test
  void anUnknownFigureIsAUsageError() {
    CliRun run = CliRun.of("figure", "fig2", "--out", dir.resolve("x").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("unknown figure 'fig2' (use fig1a, fig1b, fig1c or rx)");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void refusesAFileAndAFolderHoldingOtherFilesBeforeTraining() throws IOException {
    Path file = Files.writeString(dir.resolve("taken.txt"), "mine");
    CliRun onFile = CliRun.of("figure", "fig1b", "--quick", "--out", file.toString());
    assertThat(onFile.code()).isEqualTo(2);
    assertThat(onFile.err()).isEqualTo("wgan-lab figure: " + file + ": exists and is not a folder\n");
    assertThat(Files.readString(file)).isEqualTo("mine");

    Path other = Files.createDirectory(dir.resolve("other"));
    Files.writeString(other.resolve("claims.csv"), "someone else's");
    CliRun mixed = CliRun.of("figure", "fig1b", "--quick", "--out", other.toString());
    assertThat(mixed.code()).isEqualTo(2);
    assertThat(mixed.err()).contains("already holds other files").doesNotContain("training");
    assertThat(Files.readString(other.resolve("claims.csv"))).isEqualTo("someone else's");

    Path under = file.resolve("fig");
    CliRun underFile = CliRun.of("figure", "fig1b", "--quick", "--out", under.toString());
    assertThat(underFile.code()).isEqualTo(2);
    assertThat(underFile.err()).isEqualTo("wgan-lab figure: " + under + ": lies under " + file
        + ", which is a file, not a folder\n");

    CliRun empty = CliRun.of("figure", "fig1b", "--quick", "--out", "");
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).isEqualTo("wgan-lab figure: \"\": an empty path names no folder\n");
  }

  @Test
  void aFolderThatCannotBeMadeIsAnInputOutputFailureWithItsReasonBeforeTraining() {
    // A folder the system refuses to create even for the super-user: /sys is read-only on Linux.
    Path refused = Path.of("/sys/wgan-lab-figure");
    assumeTrue(Files.isDirectory(refused.getParent()) && cannotCreate(refused),
        "needs a folder the system will not create");
    CliRun run = CliRun.of("figure", "fig1b", "--quick", "--out", refused.toString());
    assertThat(run.code()).isEqualTo(74);
    assertThat(run.err()).startsWith("wgan-lab figure: cannot write " + refused + ": ")
        .doesNotContain("training").hasLineCount(1);
    assertThat(run.err().strip()).doesNotEndWith(": ");
  }

  private static boolean cannotCreate(Path folder) {
    try {
      Files.createDirectory(folder);
      Files.delete(folder);
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}
