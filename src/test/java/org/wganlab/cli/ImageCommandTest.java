package org.wganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.data.DataFormatException;
import org.wganlab.data.image.IdxReader;
import org.wganlab.data.image.ImageSet;
import org.wganlab.export.IdxWriter;
import org.wganlab.export.SpecialFiles;

/**
 * The image command end to end on a small IDX folder the test draws (bars of four orientations), with
 * networks of DIM 4 so that every file appears within seconds: what a run writes, that a stopped and
 * resumed run logs the same numbers as an uninterrupted one, and one-line refusals of bad input.
 */
class ImageCommandTest {
  private static final String[] SMALL = {"--dim", "4", "--noise", "8", "--batch", "8",
      "--critic-iters", "2", "--seed", "5", "--quiet"};

  @TempDir
  Path dir;
  private Path data;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private String[] args(String... more) {
    return Stream.concat(Stream.of(more), Stream.concat(Stream.of("--data", data.toString(),
        "--cache", dir.resolve("cache").toString()), Stream.of(SMALL))).toArray(String[]::new);
  }

  /** {@code count} 28 x 28 images: a bright bar of one of four orientations on black, labelled. */
  static ImageSet bars(int count) {
    float[] pixels = new float[count * 28 * 28];
    int[] labels = new int[count];
    for (int i = 0; i < count; i++) {
      labels[i] = i % 4;
      for (int y = 0; y < 28; y++) {
        for (int x = 0; x < 28; x++) {
          boolean on = switch (labels[i]) {
            case 0 -> Math.abs(y - 14) < 3;
            case 1 -> Math.abs(x - 14) < 3;
            case 2 -> Math.abs(x - y) < 3;
            default -> Math.abs(x + y - 27) < 3;
          };
          pixels[(i * 28 + y) * 28 + x] = on ? 1f : 0f;
        }
      }
    }
    return new ImageSet(1, 28, 28, pixels, labels);
  }

  @BeforeEach
  void drawData() throws IOException {
    data = Files.createDirectories(dir.resolve("bars"));
    ImageSet train = bars(48);
    ImageSet test = bars(16);
    IdxWriter.writeImages(data.resolve("train-images-idx3-ubyte.gz"), train);
    IdxWriter.writeLabels(data.resolve("train-labels-idx1-ubyte.gz"), train);
    IdxWriter.writeImages(data.resolve("t10k-images-idx3-ubyte.gz"), test);
    IdxWriter.writeLabels(data.resolve("t10k-labels-idx1-ubyte.gz"), test);
  }

  @Test
  void trainsThreeMethodsSideBySideAndWritesEveryFile() throws IOException, DataFormatException {
    Path out = dir.resolve("run");
    CliRun r = run(args("image", "--method", "clip", "--method", "gp", "--method", "div",
        "--iterations", "4", "--log-every", "2", "--sample-every", "2", "--checkpoint-every", "2",
        "--out", out.toString()));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("training on 48 images of 1x28x28");
    List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
    assertThat(metrics.get(0)).isEqualTo("iteration,run,method,wasserstein_estimate,critic_loss,"
        + "generator_loss,penalty,grad_norm_median,grad_norm_p90,images_per_second,seconds,"
        + "frechet_classifier_distance,sliced_wasserstein,status,problem");
    assertThat(metrics).hasSize(1 + 2 * 3);
    assertThat(metrics.get(1)).startsWith("2,0,clip,").endsWith(",,,ok,");
    assertThat(metrics.get(6)).startsWith("4,2,div,");
    // The quality metric is due at the last iteration only (no --eval-every): both scores there.
    for (String row : metrics.subList(4, 7)) {
      assertThat(row).matches(".*,[0-9.E-]+,[0-9.E-]+,ok,");
    }
    assertThat(r.out()).contains("quality: Frechet distance in the features of a classifier");
    try (Stream<Path> cached = Files.list(dir.resolve("cache"))) {
      assertThat(cached).hasSize(1);
    }
    for (String run : List.of("0-clip", "1-gp", "2-div")) {
      assertThat(out.resolve("samples/run-" + run + "-iter-0000002.png")).isRegularFile();
      assertThat(out.resolve("samples/run-" + run + "-iter-0000004.png")).isRegularFile();
      assertThat(out.resolve("checkpoints/run-" + run + ".ckpt")).isRegularFile();
      ImageSet generated = IdxReader.readImages(out.resolve("generated-" + run + ".idx.gz"));
      assertThat(generated.count()).isEqualTo(1000);
      assertThat(generated.height()).isEqualTo(28);
    }
    assertThat(out.resolve("config.json")).isRegularFile();
    assertThat(javax.imageio.ImageIO.read(out.resolve("curves.png").toFile()).getWidth())
        .isEqualTo(2 * 2 * 560);
  }

  /** metrics.csv without images_per_second and seconds, which differ between identical runs. */
  private static List<String> metricsWithoutTiming(Path run) throws IOException {
    return Files.readAllLines(run.resolve("metrics.csv")).stream()
        .map(line -> line.replaceAll("^((?:[^,]*,){9})[^,]*,[^,]*", "$1")).toList();
  }

  @Test
  void aResumedRunLogsExactlyWhatAnUninterruptedOneLogs() throws IOException {
    Path whole = dir.resolve("whole");
    Path parts = dir.resolve("parts");
    // No quality metric: the shorter first part would score its own last iteration, 4.
    String[] common = {"--method", "gp", "--method", "clip", "--log-every", "2",
        "--checkpoint-every", "2", "--sample-every", "100", "--no-quality"};
    assertThat(run(args(Stream.concat(Stream.of("image", "--iterations", "6", "--out",
        whole.toString()), Stream.of(common)).toArray(String[]::new))).code()).isZero();
    assertThat(run(args(Stream.concat(Stream.of("image", "--iterations", "4", "--out",
        parts.toString()), Stream.of(common)).toArray(String[]::new))).code()).isZero();
    // metrics.csv as a version without the status columns wrote it: resuming rewrites it whole.
    Path metrics = parts.resolve("metrics.csv");
    Files.write(metrics, Files.readAllLines(metrics).stream()
        .map(line -> line.replaceAll(",[^,]*,[^,]*$", "")).toList());
    assertThat(Files.readAllLines(metrics).get(0)).endsWith(",sliced_wasserstein");
    // What a process killed while writing a checkpoint leaves behind; resuming clears it away.
    Path leftover = Files.writeString(parts.resolve("checkpoints/.run-0-gp.ckpt.5f3a9c.tmp"), "x");
    CliRun resumed = run("image", "--resume", "--iterations", "6", "--no-quality", "--quiet", "--out",
        parts.toString());
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains("resumed 2 of 2 runs at iteration 4");
    assertThat(leftover).doesNotExist();
    List<String> expected = metricsWithoutTiming(whole);
    assertThat(expected).hasSize(1 + 3 * 2);
    assertThat(metricsWithoutTiming(parts)).containsExactlyElementsOf(expected);
  }

  @Test
  void aDivergedRunExitsThreeAndItsLastRowNamesTheIterationAndCause() throws IOException {
    Path out = dir.resolve("diverged");
    // Plain SGD at a rate of 10 throws the networks out of float range within the first iterations.
    CliRun r = run(args("image", "--method", "gp", "--method", "clip", "--optimizer", "sgd", "--lr",
        "10", "--iterations", "6", "--log-every", "1", "--no-quality", "--out", out.toString()));
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.out()).containsPattern("diverged: \\w[\\w ]* became (NaN|infinite) at iteration \\d");
    List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
    List<String> diverged = metrics.stream().filter(row -> row.contains(",diverged,")).toList();
    assertThat(diverged).isNotEmpty();
    for (String row : diverged) {
      String[] cells = row.split(",", -1);
      assertThat(cells[13]).isEqualTo("diverged");
      assertThat(cells[14]).contains(" at iteration " + cells[0] + " (");
      // The iteration it diverged in never completed: no numbers, and no later row of that run.
      assertThat(cells[3]).isEmpty();
      assertThat(metrics.subList(metrics.indexOf(row) + 1, metrics.size()))
          .noneMatch(later -> later.split(",")[1].equals(cells[1]));
    }
    assertThat(metrics.subList(1, metrics.size())).filteredOn(row -> !diverged.contains(row))
        .allMatch(row -> row.endsWith(",ok,")).noneMatch(row -> row.contains("NaN"));
  }

  @Test
  void aResumedRunRefusesAFolderWhereItsCheckpointBelongs() throws IOException {
    Path out = dir.resolve("run");
    assertThat(run(args("image", "--iterations", "1", "--no-quality", "--out", out.toString()))
        .code()).isZero();
    Path checkpoint = out.resolve("checkpoints/run-0-gp.ckpt");
    Files.delete(checkpoint);
    Files.createDirectory(checkpoint);
    CliRun r = run("image", "--resume", "--iterations", "2", "--quiet", "--no-quality", "--out",
        out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("wgan-lab image: " + out + ": checkpoints/run-0-gp.ckpt"
        + " is not a regular file; a resumed run reads and writes its own file there");
    assertThat(checkpoint).isDirectory();
  }

  @Test
  void anOutThatIsAPipeOrHoldsOneIsRefusedAndLeftAsItIs() throws Exception {
    Path pipe = SpecialFiles.fifo(dir.resolve("pipe"));
    CliRun r = run(args("image", "--iterations", "1", "--no-quality", "--out", pipe.toString()));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("wgan-lab image: " + pipe + ": exists and is not a folder");
    Path out = Files.createDirectories(dir.resolve("run").resolve("checkpoints"));
    Path checkpoint = SpecialFiles.fifo(out.resolve("run-0-gp.ckpt"));
    CliRun overwrite = run(args("image", "--iterations", "1", "--no-quality", "--overwrite",
        "--out", out.getParent().toString()));
    assertThat(overwrite.code()).isEqualTo(2);
    assertThat(overwrite.err()).contains("holds files that a run of this kind does not write (such as"
        + " checkpoints/run-0-gp.ckpt)");
    for (Path special : List.of(pipe, checkpoint)) {
      assertThat(Files.isRegularFile(special, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
      assertThat(Files.exists(special, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isTrue();
    }
  }

  @Test
  void fullyConnectedNetworksTrainOnTheFlattenedImages() throws IOException {
    Path out = dir.resolve("mlp");
    CliRun r = run(args("image", "--network", "mlp", "--method", "gp", "--iterations", "2",
        "--log-every", "1", "--no-quality", "--out", out.toString()));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readAllLines(out.resolve("metrics.csv"))).hasSize(3);
    assertThat(Files.readString(out.resolve("config.json"))).contains("\"network\" : \"mlp\"");
  }

  @Test
  void aFolderHoldingOtherFilesIsRefusedEvenWithOverwrite() throws IOException {
    Path out = Files.createDirectories(dir.resolve("taken"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    CliRun r = run(args("image", "--iterations", "1", "--overwrite", "--out", out.toString()));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("wgan-lab image: " + out + ": holds files that a run"
        + " of this kind does not write (such as notes.txt); name a new or empty folder");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(out.resolve("notes.txt"));
    }
  }

  @Test
  void anEarlierRunIsRefusedThenReplacedWithOverwrite() throws IOException {
    Path out = dir.resolve("run");
    assertThat(run(args("image", "--method", "clip", "--iterations", "2", "--sample-every", "1",
        "--no-quality", "--out", out.toString())).code()).isZero();
    CliRun refused = run(args("image", "--method", "gp", "--iterations", "1", "--no-quality",
        "--out", out.toString()));
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err().strip()).isEqualTo("wgan-lab image: " + out + ": already holds a run"
        + " (such as checkpoints/run-0-clip.ckpt); add --overwrite to delete it and write a new one,"
        + " or --resume to continue it, or name a new folder");
    assertThat(run(args("image", "--method", "gp", "--iterations", "1", "--no-quality",
        "--resume", "--overwrite", "--out", out.toString())).code()).isEqualTo(2);
    Files.writeString(out.resolve("samples").resolve(".run-0-gp-iter-0000001.png.77aa.tmp"), "x");
    CliRun replaced = run(args("image", "--method", "gp", "--iterations", "1", "--no-quality",
        "--overwrite", "--out", out.toString()));
    assertThat(replaced.code()).as(replaced.err()).isZero();
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()
          .replace('\\', '/')).sorted()).containsExactly("checkpoints/run-0-gp.ckpt", "config.json",
          "curves.png", "generated-0-gp.idx.gz", "metrics.csv",
          "samples/run-0-gp-iter-0000001.png");
    }
  }

  @Test
  void aDamagedCheckpointIsBadInputNamedInOneLine() throws IOException {
    Path out = dir.resolve("run");
    assertThat(run(args("image", "--iterations", "1", "--no-quality", "--out", out.toString()))
        .code()).isZero();
    Path checkpoint = out.resolve("checkpoints").resolve("run-0-gp.ckpt");
    byte[] whole = Files.readAllBytes(checkpoint);
    Files.write(checkpoint, java.util.Arrays.copyOf(whole, whole.length / 2));
    CliRun r = run("image", "--resume", "--iterations", "2", "--quiet", "--no-quality", "--out",
        out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("wgan-lab image: " + checkpoint + ": checkpoint is damaged: its"
        + " contents do not match their checksum\n");
    // One flipped byte in the middle of the weights, the file otherwise whole.
    whole[whole.length / 2] ^= 0x01;
    Files.write(checkpoint, whole);
    CliRun flipped = run("image", "--resume", "--iterations", "2", "--quiet", "--no-quality",
        "--out", out.toString());
    assertThat(flipped.code()).isEqualTo(2);
    assertThat(flipped.err()).isEqualTo(r.err());
    assertThat(Files.readAllLines(out.resolve("metrics.csv"))).hasSize(2);
  }

  @Test
  void aRunThatCannotFitInMemoryIsRefusedBeforeAnythingIsWritten() {
    Path out = dir.resolve("never");
    CliRun r = run("image", "--dim", "512", "--batch", "1024", "--size", "32", "--channels", "3",
        "--data", data.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("wgan-lab image: this experiment needs about 22.8 GB of memory");
    assertThat(out).doesNotExist();
  }

  @Test
  void aMissingDataFolderIsOneLineAndWritesNothing() {
    Path out = dir.resolve("never");
    Path missing = dir.resolve("nowhere");
    CliRun r = run("image", "--data", missing.toString(), "--iterations", "1", "--quiet", "--out",
        out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("wgan-lab image: " + missing + ": folder not found");
    assertThat(out).doesNotExist();
  }

  @Test
  void aCorruptDataFileIsNamedInOneLine() throws IOException {
    Path out = dir.resolve("never");
    Path images = data.resolve("train-images-idx3-ubyte.gz");
    byte[] bytes = Files.readAllBytes(images);
    Files.write(images, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    CliRun r = run(args("image", "--iterations", "1", "--out", out.toString()));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("wgan-lab image: " + images + ": ")
        .doesNotContain("\n").doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  void badValuesAreUsageErrors() {
    CliRun r = run(args("image", "--size", "30", "--out", dir.resolve("x").toString()));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("size must be 28 or 32, got 30").contains("Usage:");
  }
}
