package org.wganlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wganlab.image.ImageExperiment;
import org.wganlab.method.MethodKind;
import org.wganlab.train.ExperimentConfig;

/**
 * Config files are read strictly (what the writer would never write is refused), every refusal is
 * one line naming the file and the field as the file spells it, and a relative data path is relative
 * to the config's own folder.
 */
class ConfigJsonTest {
  private static final String GOOD = ConfigJson.toJson(
      ExperimentConfig.reference("8gaussians", List.of(MethodKind.GP)));

  @TempDir
  Path dir;

  private Path file(String text) throws IOException {
    return Files.writeString(dir.resolve("config.json"), text, StandardCharsets.UTF_8);
  }

  private String refusal(String text) throws IOException {
    Path file = file(text);
    try {
      ConfigJson.read(file, ExperimentConfig.class);
    } catch (ConfigJson.InvalidConfigException e) {
      assertThat(e.getMessage()).startsWith(file + ": ").doesNotContain("java", "org.wganlab",
          "Exception", "\n");
      return e.getMessage().substring(file.toString().length() + 2);
    }
    throw new AssertionError("accepted: " + text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"iterations\" : 1000|\"iterations\" : \"64\"|line 6, iterations: expected a whole number, found \"64\"",
      "\"iterations\" : 1000|\"iterations\" : 20.7|line 6, iterations: expected a whole number, found 20.7",
      "\"seed\" : 1|\"seed\" : true|line 5, seed: expected a whole number, found true or false",
      "\"beta2\" : 0.9|\"beta2\" : \"0.9\"|line 32, runs[0].optimizer.beta2: expected a number, found \"0.9\"",
      "\"beta2\" : 0.9|\"beta2\" : 0.9, \"gamma\" : 1|unknown field runs[0].optimizer.gamma (the fields here are beta1, beta2, kind, learningRate)",
      "\"width\" : 512|\"width\" : 9999|in critic: width must be in [1, 4096], got 9999",
      "\"beta2\" : 0.9|\"beta2\" : 1.0|in runs[0].optimizer: beta2 must be in [0, 0.99999], got 1.0",
      "\"iterations\" : 1000|\"iterations\" : -1|iterations must be at least 1 (0, no end, is for the desktop app only), got -1",
      "\"seed\" : 1,||field seed is missing",
      "\"critic\" : {|\"critic\" : null, \"unused\" : {|critic is required",
      "\"seed\" : 1|\"seed\" : 1, \"unused\" : 2|unknown field unused (the fields here are batch, critic, criticIters, data, evaluation, fixedSigma, generator, iterations, mode, runs, seed)",
      "\"method\" : \"gp\"|\"method\" : \"gpx\"|line 23, runs[0].method: unknown method 'gpx'",
      "\"iterations\" : 1000|\"iterations\" : 99999999999|line 6, iterations: the number 99999999999 is too large",
      "\"seed\" : 1|\"seed\" : 1, \"seed\" : 2|line 5: not valid JSON: Duplicate field 'seed'"})
  void aFieldThatIsWrongIsNamed(String good, String bad, String message) throws IOException {
    assertThat(GOOD).contains(good);
    assertThat(refusal(GOOD.replaceFirst(java.util.regex.Pattern.quote(good),
        bad == null ? "" : java.util.regex.Matcher.quoteReplacement(bad)))).isEqualTo(message);
  }

  @Test
  void nullEmptyAndTrailingTextAreRefused() throws IOException {
    assertThat(refusal("null")).isEqualTo("holds null, not a config object");
    assertThat(refusal("")).isEqualTo("the file is empty");
    assertThat(refusal("[1, 2]")).isEqualTo("line 1: expected an object {...}, found a list");
    assertThat(refusal(GOOD + "{}")).endsWith(": more text after the end of the config object");
    assertThat(refusal(GOOD + "garbage")).contains("not valid JSON");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "\"seed\" : 1|\"seed\" : NaN|line 5: not valid JSON: NaN is not a number a config can hold",
      "\"seed\" : 1|\"seed\" : -Infinity|line 5: not valid JSON: -Infinity is not a number a config can hold",
      "\"seed\" : 1|\"seed\" : 01|line 5: not valid JSON: a number that starts with 0",
      "\"seed\" : 1|\"seed\" : 1 /* one */|line 5: not valid JSON: '/': JSON has no comments",
      "\"seed\" : 1|'seed' : 1|line 5: not valid JSON: ''' where a field name in double quotes belongs",
      "\"seed\" : 1,|\"seed\" : 1|line 6: not valid JSON: '\"' where a comma between two entries belongs",
      "\"seed\" : 1|\"seed\" : yes|line 5: not valid JSON: 'yes' where a value belongs (text in double quotes, a number, true, false, null, a list or an object)"})
  void textThatIsNotJsonIsToldInTheProgramsWords(String good, String bad, String message)
      throws IOException {
    assertThat(GOOD).contains(good);
    assertThat(refusal(GOOD.replaceFirst(java.util.regex.Pattern.quote(good),
        java.util.regex.Matcher.quoteReplacement(bad)))).isEqualTo(message);
  }

  @Test
  void theParsersLimitsAreStatedWithTheLine() throws IOException {
    String deep = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);
    assertThat(refusal(deep)).isEqualTo("line 1: objects and lists nested more than 32 deep (a"
        + " config nests four)");
    assertThat(refusal("{\n\"seed\":\n" + "[".repeat(40) + "]".repeat(40) + "}"))
        .isEqualTo("line 3: objects and lists nested more than 32 deep (a config nests four)");
    assertThat(refusal(GOOD.replace("\"seed\" : 1", "\"seed\" : 1" + "0".repeat(200))))
        .isEqualTo("not valid JSON: a number of more than 100 characters");
    assertThat(refusal(GOOD.replace("\"8gaussians\"", "\"" + "a".repeat(200_000) + "\"")))
        .isEqualTo("data: a text of more than 100000 characters");
    Path large = file(" ".repeat(ConfigJson.MAX_BYTES + 1) + GOOD);
    assertThatThrownBy(() -> ConfigJson.read(large, ExperimentConfig.class)).hasMessage(large + ": " + (ConfigJson.MAX_BYTES
        + 1 + GOOD.length()) + " bytes, more than the 1048576 a config file may have");
    assertThatThrownBy(() -> ConfigJson.read(dir, ExperimentConfig.class)).hasMessage(dir + ": not a regular file");
  }

  @Test
  void aWholeNumberWhereADecimalBelongsIsRead() throws Exception {
    assertThat(GOOD).contains("\"fixedSigma\" : 1.0");
    ExperimentConfig read = ConfigJson.read(file(GOOD.replace("\"fixedSigma\" : 1.0",
        "\"fixedSigma\" : 2")), ExperimentConfig.class);
    assertThat(read.fixedSigma()).isEqualTo(2.0);
  }

  @Test
  void aByteOrderMarkIsSkippedAsInCsvFiles() throws Exception {
    Path file = file("\uFEFF" + GOOD);
    assertThat(ConfigJson.read(file, ExperimentConfig.class).iterations()).isEqualTo(1000);
  }

  @Test
  void aRelativeDataPathIsRelativeToTheConfigsFolder() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data")).resolve("ring.csv");
    Path runs = Files.createDirectories(dir.resolve("runs").resolve("a"));
    Path cwd = Path.of("").toAbsolutePath();
    String typed = cwd.relativize(data).toString();
    ExperimentConfig config = ExperimentConfig.reference(typed, List.of(MethodKind.GP));
    Path saved = runs.resolve("config.json");
    ConfigJson.write(saved, config);
    String sep = saved.getFileSystem().getSeparator();
    assertThat(Files.readString(saved)).contains("\"data\" : \"" + (".." + sep + ".." + sep + "data"
        + sep + "ring.csv").replace("\\", "\\\\") + "\"");
    // Read back through a path relative to the working folder, it means the same file.
    ExperimentConfig read = ConfigJson.read(cwd.relativize(saved), ExperimentConfig.class);
    assertThat(Path.of(read.data()).toAbsolutePath().normalize()).isEqualTo(data);
  }

  @Test
  void builtInNamesAndAbsolutePathsAreKept() throws Exception {
    Path saved = dir.resolve("config.json");
    ConfigJson.write(saved, ExperimentConfig.reference("ring", List.of(MethodKind.GP)));
    assertThat(ConfigJson.read(saved, ExperimentConfig.class).data()).isEqualTo("ring");
    String absolute = dir.resolve("points.csv").toString();
    ConfigJson.write(saved, ExperimentConfig.reference(absolute, List.of(MethodKind.GP)));
    assertThat(ConfigJson.read(saved, ExperimentConfig.class).data()).isEqualTo(absolute);
    // A file called ring beside the config stays a file, not the built-in set.
    String sep = saved.getFileSystem().getSeparator();
    ConfigJson.write(saved, ExperimentConfig.reference(dir.resolve("ring").toString(),
        List.of(MethodKind.GP)).withData(Path.of("").toAbsolutePath().relativize(dir.resolve("ring"))
        .toString()));
    assertThat(Files.readString(saved)).contains("\"data\" : \"." + sep.replace("\\", "\\\\")
        + "ring\"");
  }

  @Test
  void anImageRunsDataFolderFollowsTheSameRule() throws Exception {
    Path images = Files.createDirectories(dir.resolve("images"));
    Path run = Files.createDirectories(dir.resolve("runs").resolve("f"));
    String typed = Path.of("").toAbsolutePath().relativize(images).toString();
    ImageExperiment experiment = ImageExperiment.reference(typed, List.of(MethodKind.GP));
    ConfigJson.write(run.resolve("config.json"), experiment);
    String sep = run.getFileSystem().getSeparator().replace("\\", "\\\\");
    assertThat(Files.readString(run.resolve("config.json")))
        .contains("\"data\" : \".." + sep + ".." + sep + "images\"");
    ImageExperiment read = ConfigJson.read(run.resolve("config.json"), ImageExperiment.class);
    assertThat(Path.of(read.data()).toAbsolutePath().normalize()).isEqualTo(images);
  }

  @Test
  void aGridMovedOffTheOriginIsKeptAndAnOlderSquareGridIsStillRead() throws Exception {
    ExperimentConfig good = ConfigJson.fromJson(GOOD, "good", ExperimentConfig.class);
    ExperimentConfig far = good.withEvaluation(good.evaluation().withGrid(
        new org.wganlab.metrics.GridSpec(32, 97.5, 196, 7)));
    assertThat(ConfigJson.read(file(ConfigJson.toJson(far)), ExperimentConfig.class)).isEqualTo(far);
    String older = GOOD.replaceAll("\"xMin\" : -3\\.0,\\s*\"yMin\" : -3\\.0,\\s*\"side\" : 6\\.0",
        "\"min\" : -2.0, \"max\" : 2.0");
    assertThat(older).isNotEqualTo(GOOD);
    assertThat(ConfigJson.read(file(older), ExperimentConfig.class).evaluation().grid())
        .isEqualTo(new org.wganlab.metrics.GridSpec(128, -2, 2));
    assertThat(refusal(older.replace("\"min\" : -2.0,", "\"min\" : -2.0, \"side\" : 1.0,")))
        .contains("a grid needs either xMin, yMin and side, or min and max");
  }
}
