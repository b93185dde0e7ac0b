package org.wganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wganlab.export.ConfigJson;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.method.PenaltySamples;
import org.wganlab.train.ExperimentConfig;

/** The train command end to end: files, reruns from config.json, and refusals. */
class TrainCommandTest {
  private static final String[] SMALL = {"--width", "16", "--depth", "2", "--batch", "32",
      "--grid", "16", "--seed", "3", "--quiet"};

  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static String[] with(String[] base, String... more) {
    return Stream.concat(Stream.of(more), Stream.of(base)).toArray(String[]::new);
  }

  /** metrics.csv without the wall-time column, which differs between identical runs. */
  private static List<String> metricsWithoutSeconds(Path run) throws IOException {
    return Files.readAllLines(run.resolve("metrics.csv")).stream()
        .map(line -> line.replaceAll("^((?:[^,]*,){7})[^,]*", "$1")).toList();
  }

  @Test
  void theLearningRateDefaultFollowsTheMethodAsHelpSays() throws IOException {
    assertThat(run("train", "--help").out().replaceAll("\\s+", " "))
        .contains("default: 5e-5 for clip, 1e-4 for the other methods, whichever optimizer");
    Path out = dir.resolve("rmsprop");
    CliRun r = run(with(SMALL, "train", "--method", "gp", "--method", "clip", "--optimizer",
        "rmsprop", "--iterations", "1", "--out", out.toString()));
    assertThat(r.code()).as(r.err()).isZero();
    String config = Files.readString(out.resolve("config.json")).replaceAll("\\s+", " ");
    assertThat(config).contains("\"kind\" : \"rmsprop\", \"learningRate\" : 1.0E-4")
        .contains("\"kind\" : \"rmsprop\", \"learningRate\" : 5.0E-5");
  }

  @Test
  void theGpuIsRefusedWithItsReasonForTheToyNetworks() {
    Path out = dir.resolve("gpu");
    CliRun r = run(with(SMALL, "train", "--backend", "cuda", "--iterations", "1", "--out",
        out.toString()));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("--backend cuda applies to the image networks only (image,"
        + " bench --image); the toy networks run on the CPU");
    assertThat(out).doesNotExist();
    assertThat(run(with(SMALL, "train", "--backend", "cpu", "--iterations", "1", "--out",
        out.toString())).code()).isZero();
  }

  @Test
  void trainsThreeMethodsSideBySideAndWritesEveryFile() throws IOException {
    Path out = dir.resolve("run");
    CliRun r = run(with(SMALL, "train", "--method", "clip", "--method", "gp", "--method", "div",
        "--iterations", "10", "--log-every", "5", "--out", out.toString()));
    assertThat(r.code()).as(r.err()).isZero();
    List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
    assertThat(metrics.get(0)).startsWith("iteration,run,method,wasserstein_estimate,critic_loss,"
        + "generator_loss");
    assertThat(metrics).hasSize(1 + 2 * 3);
    assertThat(metrics.get(1)).startsWith("5,0,clip,");
    assertThat(metrics.get(6)).startsWith("10,2,div,");
    assertThat(Files.readAllLines(out.resolve("samples.csv"))).hasSizeGreaterThan(3 * 2 * 100);
    for (String method : List.of("0-clip", "1-gp", "2-div")) {
      assertThat(ImageIO.read(out.resolve("surface-" + method + ".png").toFile()).getWidth())
          .isEqualTo(720);
      assertThat(Files.readAllLines(out.resolve("surface-" + method + ".csv"))).hasSize(1 + 16 * 16);
    }
    assertThat(r.out()).contains("WGAN-GP lambda=0.1").contains("modes");
  }

  @Test
  void configJsonRerunsTheSameRun() throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    assertThat(run(with(SMALL, "train", "--method", "gp", "--iterations", "6", "--log-every", "3",
        "--out", first.toString())).code()).isZero();
    CliRun rerun = run("train", "--config", first.resolve("config.json").toString(), "--quiet",
        "--out", second.toString());
    assertThat(rerun.code()).as(rerun.err()).isZero();
    assertThat(Files.readString(second.resolve("config.json")))
        .isEqualTo(Files.readString(first.resolve("config.json")));
    assertThat(metricsWithoutSeconds(second)).isEqualTo(metricsWithoutSeconds(first));
  }

  @Test
  void aDivergedRunExitsThreeNamesItsCauseAndStillWritesItsFiles() throws IOException {
    Path out = dir.resolve("diverged");
    // Plain SGD at 0.5 overshoots at once: the GP critic's loss is NaN within two iterations.
    CliRun r = run(with(SMALL, "train", "--method", "gp", "--optimizer", "sgd", "--lr", "0.5",
        "--iterations", "20", "--out", out.toString()));
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.out()).containsPattern("diverged: critic loss became NaN at iteration \\d+");
    assertThat(out.resolve("config.json")).isRegularFile();
    List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
    assertThat(metrics.get(0)).endsWith(",exact_w1,status,problem");
    String[] last = metrics.get(metrics.size() - 1).split(",", -1);
    assertThat(last[11]).isEqualTo("diverged");
    assertThat(last[12]).startsWith("critic loss became NaN at iteration " + last[0]);
    assertThat(metrics.subList(1, metrics.size() - 1)).allMatch(row -> row.endsWith(",ok,"));
  }

  @Test
  void aDivergedRunsFilesShowItsLastGoodStateExactlyAndSaySo() throws IOException {
    Path diverged = dir.resolve("diverged");
    Path upToIt = dir.resolve("up-to-it");
    String[] sgd = {"--method", "gp", "--optimizer", "sgd", "--lr", "0.5", "--log-every", "1"};
    CliRun r = run(with(with(SMALL, sgd), "train", "--iterations", "20", "--out",
        diverged.toString()));
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    // With these settings the critic's loss is NaN in iteration 3, so iteration 2 was the last good.
    assertThat(r.out()).contains("diverged: critic loss became NaN at iteration 3")
        .contains("its samples and surface show its last good state, iteration 2");
    List<String> metrics = Files.readAllLines(diverged.resolve("metrics.csv"));
    assertThat(metrics.get(metrics.size() - 2)).startsWith("2,0,gp,").endsWith(",ok,");
    assertThat(metrics.get(metrics.size() - 1)).startsWith("3,0,gp,");
    // The same run stopped at iteration 2 writes the very same samples and surface.
    assertThat(run(with(with(SMALL, sgd), "train", "--iterations", "2", "--out", upToIt.toString()))
        .code()).isZero();
    for (String file : List.of("samples.csv", "surface-0-gp.csv")) {
      String text = Files.readString(diverged.resolve(file));
      assertThat(text).as(file).doesNotContain("NaN").doesNotContain("Infinity")
          .isEqualTo(Files.readString(upToIt.resolve(file)));
    }
    java.awt.image.BufferedImage png = ImageIO.read(diverged.resolve("surface-0-gp.png").toFile());
    java.awt.image.BufferedImage same = ImageIO.read(upToIt.resolve("surface-0-gp.png").toFile());
    // Same plot, another title: the rows under the title are the same pixels.
    int top = png.getHeight() / 8;
    assertThat(png.getRGB(0, top, png.getWidth(), png.getHeight() - top, null, 0, png.getWidth()))
        .isEqualTo(same.getRGB(0, top, png.getWidth(), png.getHeight() - top, null, 0,
            png.getWidth()));
    assertThat(png.getRGB(0, 0, png.getWidth(), top, null, 0, png.getWidth()))
        .isNotEqualTo(same.getRGB(0, 0, png.getWidth(), top, null, 0, png.getWidth()));
  }

  @Test
  void fixedGeneratorModeReportsTheExactW1() throws IOException {
    Path out = dir.resolve("fixed");
    CliRun r = run(with(SMALL, "train", "--fixed-generator", "--method", "gp", "--iterations", "4",
        "--log-every", "2", "--out", out.toString()));
    assertThat(r.code()).as(r.err()).isZero();
    List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
    String[] last = metrics.get(metrics.size() - 1).split(",", -1);
    assertThat(Double.parseDouble(last[10])).isBetween(0.5, 2.5);
    assertThat(last[5]).isEqualTo("NaN");
    assertThat(r.out()).contains("exact W1");
  }

  @Test
  void aFixedGeneratorTrainsTheGradientPenaltyAtThePapersLambdaUnlessOneIsGiven() throws Exception {
    ExperimentConfig paper = trained("paper", "--fixed-generator", "--method", "clip", "--method",
        "gp");
    assertThat(paper.runs().get(1).method()).isEqualTo(new MethodConfig.GradientPenalty(
        MethodConfig.GradientPenalty.PAPER_LAMBDA, false, PenaltySamples.REAL_FAKE_INTERPOLATES));
    assertThat(paper.runs().get(0).method()).isEqualTo(MethodConfig.defaults(MethodKind.CLIP));
    ExperimentConfig own = trained("own", "--fixed-generator", "--method", "gp", "--lambda", "0.1");
    assertThat(own.runs().get(0).method()).isEqualTo(MethodConfig.defaults(MethodKind.GP));
    ExperimentConfig gan = trained("gan", "--method", "gp");
    assertThat(gan.runs().get(0).method()).isEqualTo(MethodConfig.defaults(MethodKind.GP));
  }

  /** The config.json a two-iteration {@code train} with {@code options} writes into {@code name}. */
  private ExperimentConfig trained(String name, String... options) throws Exception {
    Path out = dir.resolve(name);
    String[] args = Stream.concat(Stream.of("train", "--iterations", "2", "--out", out.toString()),
        Stream.of(options)).toArray(String[]::new);
    CliRun r = run(with(SMALL, args));
    assertThat(r.code()).as(r.err()).isZero();
    return ConfigJson.read(out.resolve("config.json"), ExperimentConfig.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--lambda=-1", "--p=1", "--clip=0", "--depth=0", "--method=bogus",
      "--frobnicate", "--batch=1", "--activation=elu", "--optimizer=lbfgs", "--iterations=0"})
  void invalidInputPrintsUsageExitsTwoAndWritesNothing(String bad) {
    Path out = dir.resolve("never");
    CliRun r = run(with(SMALL, "train", "--iterations", "2", bad, "--out", out.toString()));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Usage: wgan-lab train");
    assertThat(out).doesNotExist();
  }

  @Test
  void malformedCsvNamesFileAndLineExitsTwoAndWritesNothing() throws IOException {
    Path csv = dir.resolve("points.csv");
    Files.writeString(csv, "x,y\n0.5,1.0\n0.25,abc\n");
    Path out = dir.resolve("never");
    CliRun r = run("train", "--data", csv.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("points.csv:3:").doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  void aCsvFileTrainsLikeABuiltInSet() throws IOException {
    Path out = dir.resolve("csv-run");
    CliRun r = run(with(SMALL, "train", "--data", "toydata/ring.csv", "--method", "div",
        "--iterations", "2", "--out", out.toString()));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("config.json"))).contains("toydata/ring.csv");
  }

  @Test
  void aCsvFarFromTheOriginIsMeasuredInAViewAroundItsPoints() throws IOException {
    Path far = dir.resolve("far.csv");
    StringBuilder csv = new StringBuilder("x,y\n");
    for (int i = 0; i < 64; i++) {
      csv.append(100 + Math.cos(i) * 2).append(',').append(200 + Math.sin(i) * 2).append('\n');
    }
    Files.writeString(far, csv);
    Path out = dir.resolve("far-run");
    CliRun r = run(with(SMALL, "train", "--data", far.toString(), "--iterations", "2",
        "--out", out.toString()));
    assertThat(r.code()).as(r.err()).isZero();
    List<double[]> grid = Files.readAllLines(out.resolve("surface-0-gp.csv")).stream().skip(1)
        .map(line -> line.split(",")).map(c -> new double[] {Double.parseDouble(c[0]),
            Double.parseDouble(c[1])}).toList();
    // The points span [98, 102] x [198, 202]: the view holds them with a margin, not [-3, 3]^2.
    assertThat(grid.stream().mapToDouble(p -> p[0]).min().orElseThrow()).isBetween(96.0, 98.0);
    assertThat(grid.stream().mapToDouble(p -> p[0]).max().orElseThrow()).isBetween(102.0, 104.0);
    assertThat(grid.stream().mapToDouble(p -> p[1]).min().orElseThrow()).isBetween(196.0, 198.0);
    assertThat(Files.readString(out.resolve("config.json"))).contains("\"yMin\" : 19");
    // --range still decides when it is given.
    Path fixed = dir.resolve("fixed-run");
    assertThat(run(with(SMALL, "train", "--data", far.toString(), "--iterations", "1", "--range",
        "3", "--out", fixed.toString())).code()).isZero();
    assertThat(Files.readAllLines(fixed.resolve("surface-0-gp.csv")).get(1)).startsWith("-3.0,-3.0,");
  }
}
