package org.wganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every value that is accepted works, and one that would not is refused with its bound before
 * anything is written; config files are refused in one line naming the file and field; a config
 * reruns from any working folder.
 */
class ValuesAndConfigsTest {
  private static final String[] SMALL = {"--width", "8", "--depth", "1", "--batch", "16",
      "--grid", "8", "--quiet"};

  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--sigma=1e300|sigma must be greater than 0 and at most 100000.0, got 1.0E300",
      "--range=1e308|grid range must lie within [-1000000, 1000000] with max > min",
      "--beta2=0|Adam's beta2 must be greater than beta1 squared (0.25), got 0.0",
      "--beta2=1e-10|Adam's beta2 must be greater than beta1 squared (0.25), got 1.0E-10",
      "--beta2=0.99999999|beta2 must be in [0, 0.99999], got 0.99999999",
      "--iterations=-1|--iterations must be at least 1, got -1",
      "--lambda=1e300|lambda must be 0 or more and at most 1000000, got 1e+300",
      "--k=1e300|k must be greater than 0 and at most 1000000, got 1e+300",
      "--p=1000|p must be greater than 1 and at most 20, got 1000"})
  void aValueThatWouldNotWorkIsRefusedWithItsBound(String option, String message) {
    Path out = dir.resolve("never");
    CliRun r = CliRun.train(SMALL, "--fixed-generator", option, "--out", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).startsWith(message).contains("Usage: wgan-lab train");
    assertThat(out).doesNotExist();
  }

  @Test
  void valuesAtTheBoundsTrain() throws IOException {
    Path out = dir.resolve("bounds");
    CliRun r = CliRun.train(SMALL, "--fixed-generator", "--sigma", "1e5", "--range", "1e6",
        "--beta2", "0.99999", "--iterations", "3", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("diverged").doesNotContain("NaN");
    assertThat(Files.readString(out.resolve("surface-0-gp.csv"))).doesNotContain("NaN");
  }

  @Test
  void aRunThatCannotFitInMemoryIsRefusedWithTheFigure() {
    Path out = dir.resolve("never");
    CliRun r = CliRun.of("train", "--width", "4096", "--depth", "12", "--batch", "4096",
        "--out", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).matches("wgan-lab train: this experiment needs about 2\\d\\.\\d GB of memory"
        + " and \\d+\\.\\d GB is available .*\n");
    assertThat(out).doesNotExist();
  }

  private Path config(String name, String replace, String with) throws IOException {
    Path first = dir.resolve("first");
    if (!Files.exists(first)) {
      assertThat(CliRun.train(SMALL, "--iterations", "1", "--out", first.toString()).code()).isZero();
    }
    String text = Files.readString(first.resolve("config.json"));
    assertThat(text).contains(replace);
    int at = text.indexOf(replace);
    return Files.writeString(dir.resolve(name),
        text.substring(0, at) + with + text.substring(at + replace.length()));
  }

  @Test
  void iterationsZeroAndMinusOneInAConfigGetOneMessageNamingTheFile() throws IOException {
    for (String value : List.of("0", "-1")) {
      Path file = config("it" + value + ".json", "\"iterations\" : 1,",
          "\"iterations\" : " + value + ",");
      CliRun r = CliRun.of("train", "--config", file.toString(), "--out", dir.resolve("x").toString());
      assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.err()).isEqualTo("wgan-lab train: " + file + ": iterations must be at least 1"
          + " (0, no end, is for the desktop app only), got " + value + "\n");
    }
  }

  @Test
  void aNullConfigIsNamedAndABomIsAccepted() throws IOException {
    Path nothing = Files.writeString(dir.resolve("null.json"), "null");
    CliRun r = CliRun.of("train", "--config", nothing.toString(), "--out", dir.resolve("x").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).isEqualTo("wgan-lab train: " + nothing + ": holds null, not a config object\n");
    Path bom = config("bom.json", "{", "\uFEFF{");
    CliRun ok = CliRun.of("train", "--config", bom.toString(), "--quiet", "--out",
        dir.resolve("bom").toString());
    assertThat(ok.code()).as(ok.err()).isZero();
  }

  @Test
  void aConfigRerunsFromAnotherWorkingFolder() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.createDirectories(project.resolve("data"));
    assertThat(CliRun.of("data", "moons", "--n", "200", "--out",
        project.resolve("data").resolve("m.csv").toString()).code()).isZero();
    // Typed relative to the project folder, in a process started there.
    assertThat(child(project, "train", "--data", "data/m.csv", "--iterations", "2", "--out",
        "runs/a")).isZero();
    Path config = project.resolve("runs").resolve("a").resolve("config.json");
    String sep = config.getFileSystem().getSeparator().replace("\\", "\\\\");
    assertThat(Files.readString(config)).contains("\"data\" : \".." + sep + ".." + sep + "data"
        + sep + "m.csv\"");
    // Rerun from elsewhere, by an absolute path.
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    assertThat(child(elsewhere, "train", "--config", config.toString(), "--out", "b")).isZero();
    // Everything from the seconds column on is dropped: timing differs from run to run.
    assertThat(Files.readString(elsewhere.resolve("b").resolve("metrics.csv")).lines()
        .map(l -> l.replaceAll(",[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*$", "")).toList())
        .isEqualTo(Files.readString(config.resolveSibling("metrics.csv")).lines()
            .map(l -> l.replaceAll(",[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*$", "")).toList());
  }

  /** Runs the command line in a child JVM working in {@code folder}; returns its exit code. */
  private static int child(Path folder, String... args) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-cp",
        System.getProperty("java.class.path"), "org.wganlab.Main"));
    command.addAll(List.of(args));
    command.addAll(List.of(SMALL));
    Process p = new ProcessBuilder(command).directory(folder.toFile())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    return p.exitValue();
  }
}
