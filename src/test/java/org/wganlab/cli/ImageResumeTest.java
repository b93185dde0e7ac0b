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
import org.wganlab.data.image.ImageSet;
import org.wganlab.export.IdxWriter;
import org.wganlab.export.RunFolder;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageNetwork;
import org.wganlab.image.ImageRunFolder;
import org.wganlab.image.ImageSession;
import org.wganlab.image.live.ImageLab;
import org.wganlab.image.live.TinyImageRuns;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.train.Command;
import org.wganlab.train.StepKind;

/**
 * {@code image --resume} continues exactly the run in its folder: options that restate its config
 * are accepted, those that differ are named and refused, an {@code --iterations} below the
 * checkpoints' is refused with the folder unchanged; and a stopped run says what its checkpoints
 * really hold; a run whose settings were changed live in the app goes on with them.
 */
class ImageResumeTest {
  private static final String[] SMALL = {"--dim", "4", "--noise", "8", "--batch", "8",
      "--critic-iters", "2", "--seed", "5", "--quiet", "--no-quality"};

  @TempDir
  Path dir;
  private Path data;

  @BeforeEach
  void drawData() throws IOException {
    data = Files.createDirectories(dir.resolve("bars"));
    for (String split : List.of("train", "t10k")) {
      ImageSet set = ImageCommandTest.bars(16);
      IdxWriter.writeImages(data.resolve(split + "-images-idx3-ubyte.gz"), set);
      IdxWriter.writeLabels(data.resolve(split + "-labels-idx1-ubyte.gz"), set);
    }
  }

  private String[] args(String... more) {
    return Stream.concat(Stream.of(more), Stream.concat(Stream.of("--data", data.toString()),
        Stream.of(SMALL))).toArray(String[]::new);
  }

  @Test
  void aRunEditedInTheAppGoesOnFromTheCommandLineWithTheEditedValues() throws Exception {
    Path pictures = TinyImageRuns.pictureFolder(dir.resolve("pictures"), 30);
    ImageExperiment experiment = TinyImageRuns.experiment(pictures.toString(), 4);
    ImageLab.Setup setup = new ImageLab.Setup(dir, null);
    Command.Edit lambda = new Command.Edit("\u03bb 3", c -> c.withRuns(List.of(
        c.runs().get(0).withMethod(((MethodConfig.GradientPenalty) c.runs().get(0).method())
            .withLambda(3)), c.runs().get(1))));

    Path whole = dir.resolve("whole");
    ImageLab app = ImageLab.create(experiment, whole, setup);
    app.apply(new Command.Step(StepKind.ITERATION));
    app.apply(lambda);
    app.apply(new Command.Play());
    while (app.playing()) {
      app.tick();
    }

    // Edited in the app after iteration 1, closed after iteration 2, then resumed by the command.
    Path parts = dir.resolve("parts");
    ImageLab closed = ImageLab.create(experiment, parts, setup);
    closed.apply(new Command.Step(StepKind.ITERATION));
    closed.apply(lambda);
    closed.apply(new Command.Step(StepKind.ITERATION));
    closed.requestStop();
    closed.finish();
    CliRun resumed = CliRun.of("image", "--resume", "--quiet", "--no-quality", "--out",
        parts.toString());
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(TinyImageRuns.metricsWithoutTiming(parts))
        .isEqualTo(TinyImageRuns.metricsWithoutTiming(whole));
  }

  @Test
  void optionsEqualToTheRunAreAcceptedAndThoseThatDifferAreNamed() throws IOException {
    Path out = dir.resolve("run");
    CliRun first = CliRun.of(args("image", "--iterations", "2", "--method", "gp", "--out",
        out.toString()));
    assertThat(first.code()).as(first.err()).isZero();
    byte[] config = Files.readAllBytes(out.resolve("config.json"));
    byte[] checkpoint = Files.readAllBytes(out.resolve("checkpoints/run-0-gp.ckpt"));

    CliRun differ = CliRun.of("image", "--resume", "--dim", "8", "--batch", "16", "--network",
        "mlp", "--seed", "9", "--lambda", "5", "--lr", "0.5", "--quiet", "--out", out.toString());
    assertThat(differ.code()).isEqualTo(2);
    assertThat(differ.err()).isEqualTo("wgan-lab image: --dim 8, --batch 16, --network mlp, --seed"
        + " 9, --lambda 5, --lr 0.5 differ from the run in " + out + ", which --resume continues as"
        + " its config.json says; leave them out, or start a new run in another folder\n");
    assertThat(Files.readAllBytes(out.resolve("config.json"))).isEqualTo(config);
    assertThat(Files.readAllBytes(out.resolve("checkpoints/run-0-gp.ckpt"))).isEqualTo(checkpoint);

    // The original command's options (the data folder spelt otherwise, GP's own lambda) restate it.
    CliRun same = CliRun.of(Stream.concat(Stream.of("image", "--resume", "--iterations", "3",
        "--method", "gp", "--lambda", "10", "--data", data.resolve("../bars").toString(), "--out",
        out.toString()), Stream.of(SMALL)).toArray(String[]::new));
    assertThat(same.code()).as(same.err()).isZero();
    assertThat(same.out()).contains("resumed 1 of 1 runs at iteration 2");

    byte[] resumedConfig = Files.readAllBytes(out.resolve("config.json"));
    List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
    CliRun below = CliRun.of("image", "--resume", "--iterations", "1", "--quiet", "--out",
        out.toString());
    assertThat(below.code()).isEqualTo(2);
    assertThat(below.err()).isEqualTo("wgan-lab image: --iterations 1 is below iteration 3, which"
        + " the checkpoints in " + out + " hold; give 3 or more\n");
    assertThat(Files.readAllBytes(out.resolve("config.json"))).isEqualTo(resumedConfig);
    assertThat(Files.readAllLines(out.resolve("metrics.csv"))).isEqualTo(metrics);

    CliRun one = CliRun.of("image", "--resume", "--beta1", "0.6", "--quiet", "--out",
        out.toString());
    assertThat(one.err()).isEqualTo("wgan-lab image: --beta1 0.6 differs from the run in " + out
        + ", which --resume continues as its config.json says; leave it out, or start a new run in"
        + " another folder\n");
  }

  /** Runs of 4 iterations, 3 critic steps each, a checkpoint every 2 iterations. */
  private ImageSession session(ImageRunFolder folder, MethodKind... methods) throws IOException {
    ImageExperiment reference = ImageExperiment.reference(data.toString(), List.of(methods));
    ImageExperiment experiment = new ImageExperiment(reference.data(), 28, 1, 0, 3, 4, 8, 3, 2, 4,
        ImageNetwork.CONV, reference.runs(), 2, 100, 0, 2);
    folder.writeConfig(experiment);
    return new ImageSession(experiment, ImageCommandTest.bars(16), ImageCommandTest.bars(8), folder,
        null);
  }

  @Test
  void aStopInsideTheFirstIterationSaysThereIsNoCheckpoint() throws IOException {
    ImageRunFolder folder = ImageRunFolder.open(dir.resolve("first"), RunFolder.Use.NEW);
    ImageSession session = session(folder, MethodKind.GP);
    int[] asked = {0};
    // The second question comes after GP's first critic step: inside iteration 1.
    assertThat(session.run(() -> ++asked[0] >= 2, (it, t) -> { }))
        .isEqualTo(ImageSession.Outcome.STOPPED);
    assertThat(StopReport.lines(session, folder)).containsExactly("interrupted before the first"
        + " checkpoint: there is nothing to resume from, and --resume starts every run again from"
        + " iteration 0");
    assertThat(folder.writtenParts()).containsExactly("config.json", "metrics.csv");
  }

  @Test
  void aRunWithoutACheckpointIsNamedBesideThoseThatHaveOne() throws IOException {
    ImageRunFolder folder = ImageRunFolder.open(dir.resolve("second"), RunFolder.Use.NEW);
    ImageSession session = session(folder, MethodKind.GP, MethodKind.CLIP);
    int[] asked = {0};
    // GP's first iteration asks 4 questions; clipping's first critic step follows the 5th.
    session.run(() -> ++asked[0] >= 6, (it, t) -> { });
    String clip = session.trainers().get(1).run().method().label();
    assertThat(StopReport.lines(session, folder)).containsExactly(
        "interrupted: checkpoints hold iteration 1; continue with --resume",
        "  " + clip + " has no checkpoint yet: --resume starts it again from iteration 0");
    assertThat(folder.writtenParts()).containsExactly("config.json", "metrics.csv",
        "checkpoints/");
  }
}
