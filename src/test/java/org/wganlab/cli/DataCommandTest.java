package org.wganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.data.PointSetCsv;

/** {@code data NAME --n N --seed S --out FILE.csv}, run end to end through picocli. */
class DataCommandTest {
  private static final String NAMES = "8gaussians, 25gaussians, swissroll, ring, moons, checkerboard";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void writesTheRequestedPointsToAFileThatReadsBack() throws Exception {
    Path file = dir.resolve("moons.csv");
    int code = run("moons", "--n", "300", "--seed", "9", "--out", file.toString());
    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).isEqualTo("wrote 300 points of two moons (seed 9) to " + file + "\n");
    assertThat(PointSetCsv.read(file).xy())
        .containsExactly(BuiltInDataset.TWO_MOONS.open(9).sample(300));
  }

  @Test
  void defaultsAreTwoThousandPointsWithSeedOne() throws Exception {
    Path file = dir.resolve("ring.csv");
    assertThat(run("ring", "--out", file.toString())).isZero();
    assertThat(PointSetCsv.read(file).xy()).containsExactly(BuiltInDataset.RING.open(1).sample(2000));
  }

  @Test
  void anUnknownNameListsTheChoicesAndWritesNothing() {
    Path file = dir.resolve("x.csv");
    assertThat(run("spiral", "--out", file.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("wgan-lab data: unknown data set 'spiral'; choose one of: " + NAMES + "\n");
    assertThat(out.toString()).isEmpty();
    assertThat(file).doesNotExist();
  }

  @Test
  void pointCountsOutsideTheLimitsAreRefused() {
    Path file = dir.resolve("x.csv");
    assertThat(run("ring", "--n", "1", "--out", file.toString())).isEqualTo(2);
    assertThat(run("ring", "--n", "1000001", "--out", file.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("wgan-lab data: --n must be between 2 and 1000000, got 1\n")
        .contains("got 1000001");
    assertThat(file).doesNotExist();
  }

  @Test
  void anOutputInAMissingFolderIsRefused() {
    Path file = dir.resolve("missing").resolve("x.csv");
    assertThat(run("ring", "--out", file.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("wgan-lab data: " + file + ": its folder " + file.getParent()
        + " does not exist\n");
    assertThat(dir.resolve("missing")).doesNotExist();
  }

  @Test
  void anOutputThatIsAFolderIsRefusedAndKept() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("taken"));
    assertThat(run("ring", "--out", folder.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("wgan-lab data: " + folder + ": is a folder, not a file\n");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("ring", "--n", "many", "--out", dir.resolve("x.csv").toString())).isEqualTo(2);
    assertThat(run("ring")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--out=FILE.csv'");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void helpListsEveryBuiltInName() {
    assertThat(run("--help")).isZero();
    // Help text is wrapped to the terminal width; compare with the line breaks folded into spaces.
    assertThat(out.toString().replaceAll("\\s+", " ")).contains("Usage: wgan-lab data").contains("one of: " + NAMES);
  }

  /**
   * The commands toydata/README.md documents write exactly the shipped files, byte for byte, and there
   * is one for every built-in set.
   */
  @Test
  void theDocumentedCommandsReproduceTheShippedFiles() throws Exception {
    Matcher command = Pattern.compile("java -jar target/wgan-lab\\.jar data (\\S+) (.*) --out toydata/(\\S+)")
        .matcher(Files.readString(Path.of("toydata", "README.md")));
    List<String> names = new ArrayList<>();
    while (command.find()) {
      names.add(command.group(1));
      Path regenerated = dir.resolve(command.group(3));
      List<String> args = new ArrayList<>(List.of(command.group(1)));
      args.addAll(List.of(command.group(2).split(" ")));
      args.addAll(List.of("--out", regenerated.toString()));
      assertThat(run(args.toArray(String[]::new))).isZero();
      assertThat(Files.readAllBytes(regenerated)).as(command.group(0))
          .isEqualTo(Files.readAllBytes(Path.of("toydata", command.group(3))));
    }
    assertThat(names).containsExactlyElementsOf(BuiltInDataset.cliNames());
  }

  private int run(String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "data";
    System.arraycopy(args, 0, command, 1, args.length);
    return WganLabCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(command);
  }
}
