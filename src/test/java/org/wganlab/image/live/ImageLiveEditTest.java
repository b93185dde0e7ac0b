package org.wganlab.image.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.data.image.ImageDataLoader;
import org.wganlab.data.image.ImageDataOptions;
import org.wganlab.data.image.TrainTestImages;
import org.wganlab.export.ConfigJson;
import org.wganlab.export.RunFolder;
import org.wganlab.image.CheckpointFile;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageRunFolder;
import org.wganlab.image.ImageSession;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.train.Command;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.Notice;
import org.wganlab.train.RunConfig;
import org.wganlab.train.StepKind;

/**
 * Live edits of an image run, synchronous: GP's lambda, clipping's learning rate and n_critic changed
 * after iteration 1 give exactly the numbers of a run whose config said so from its checkpoint at
 * iteration 1, the folder's config and checkpoints follow (a run closed and resumed later goes on
 * with the edited values), and what an image run cannot take live is refused with the reason.
 */
class ImageLiveEditTest {
  @TempDir
  Path dir;
  private Path data;
  private ImageLab.Setup setup;
  private ImageExperiment experiment;

  @BeforeEach
  void pictures() throws IOException {
    data = TinyImageRuns.pictureFolder(dir.resolve("pictures"), 30);
    setup = new ImageLab.Setup(dir, null);
    experiment = TinyImageRuns.experiment(data.toString(), 4);
  }

  /** GP's lambda 10 -> 3 (run 1), clipping's learning rate 5e-5 -> 2e-3 (run 2), n_critic 2 -> 3. */
  private static List<Command.Edit> edits() {
    return List.of(
        new Command.Edit("\u03bb 3", c -> withRun(c, 0, c.runs().get(0).withMethod(
            ((MethodConfig.GradientPenalty) c.runs().get(0).method()).withLambda(3)))),
        new Command.Edit("lr 0.002", c -> withRun(c, 1, c.runs().get(1).withOptimizer(
            c.runs().get(1).optimizer().withLearningRate(2e-3)))),
        new Command.Edit("n_critic 3", c -> c.withTraining(c.batch(), 3, c.iterations())));
  }

  private static ExperimentConfig withRun(ExperimentConfig config, int index, RunConfig run) {
    List<RunConfig> runs = new ArrayList<>(config.runs());
    runs.set(index, run);
    return config.withRuns(runs);
  }

  /** {@code experiment} as the edits leave it. */
  private ImageExperiment edited() {
    List<RunConfig> runs = List.of(experiment.runs().get(0).withMethod(
        ((MethodConfig.GradientPenalty) experiment.runs().get(0).method()).withLambda(3)),
        experiment.runs().get(1).withOptimizer(experiment.runs().get(1).optimizer()
            .withLearningRate(2e-3)));
    return experiment.withRuns(runs).withSchedule(experiment.seed(), experiment.iterations(),
        experiment.batch(), 3, experiment.logEvery());
  }

  private ImageLab playToTheEnd(ImageLab lab) {
    lab.apply(new Command.Play());
    while (lab.startup() != null || lab.playing()) {
      lab.tick();
    }
    return lab;
  }

  @Test
  void editsAtIterationOneGiveTheNumbersOfARunConfiguredSoFromThere() throws Exception {
    Path plain = dir.resolve("plain");
    playToTheEnd(ImageLab.create(experiment, plain, setup));

    Path live = dir.resolve("live");
    ImageLab lab = ImageLab.create(experiment, live, setup);
    lab.apply(new Command.Step(StepKind.ITERATION));
    for (Command.Edit edit : edits()) {
      lab.apply(edit);
      assertThat(lab.snapshot().notice().level()).as(edit.what()).isEqualTo(Notice.Level.INFO);
    }
    assertThat(lab.snapshot().notice().text()).isEqualTo("n_critic 3: applied from the next"
        + " iteration; the folder's config.json and checkpoints hold it, so a resumed run goes on"
        + " with it too.");
    assertThat(lab.snapshot().experiment()).isEqualTo(edited());
    assertThat(ConfigJson.read(live.resolve("config.json"), ImageExperiment.class)
        .withData(data.toString())).isEqualTo(edited());
    // Checkpointed at the edit: a run killed now resumes from iteration 1 with the new values.
    assertThat(CheckpointFile.read(live.resolve("checkpoints/run-0-gp.ckpt"), edited())
        .iteration()).isEqualTo(1);
    playToTheEnd(lab);

    // The reference: one iteration of the original config, checkpointed, then its folder's
    // config.json rewritten with the edited values and resumed.
    Path resumed = dir.resolve("resumed");
    ImageRunFolder folder = ImageRunFolder.open(resumed, RunFolder.Use.NEW);
    folder.writeConfig(experiment);
    TrainTestImages images = ImageDataLoader.load(data, new ImageDataOptions(28, 1, 0));
    ImageSession first = new ImageSession(experiment, images.train(), images.test(), folder, null);
    first.iterateNext(() -> false);
    first.finish();
    folder.writeConfig(edited());
    TinyImageRuns.age(resumed, 300);
    playToTheEnd(ImageLab.open(resumed, setup));

    List<String> edits = TinyImageRuns.metricsWithoutTiming(live);
    assertThat(edits).hasSize(1 + 2 * 4).isEqualTo(TinyImageRuns.metricsWithoutTiming(resumed));
    List<String> unedited = TinyImageRuns.metricsWithoutTiming(plain);
    // Iteration 1 was trained before the edits; every later row of both runs differs.
    assertThat(edits.subList(0, 3)).isEqualTo(unedited.subList(0, 3));
    for (int row = 3; row < edits.size(); row++) {
      assertThat(edits.get(row)).as("row %d", row).isNotEqualTo(unedited.get(row));
    }
  }

  @Test
  void aRunClosedAfterAnEditResumesWithTheEditedValues() throws Exception {
    Path whole = dir.resolve("whole");
    ImageLab once = ImageLab.create(experiment, whole, setup);
    once.apply(new Command.Step(StepKind.ITERATION));
    edits().forEach(once::apply);
    playToTheEnd(once);

    Path parts = dir.resolve("parts");
    ImageLab first = ImageLab.create(experiment, parts, setup);
    first.apply(new Command.Step(StepKind.ITERATION));
    edits().forEach(first::apply);
    first.apply(new Command.Step(StepKind.ITERATION));
    first.apply(new Command.Step(StepKind.ITERATION));
    first.requestStop();
    first.finish();
    TinyImageRuns.age(parts, 300);

    ImageLab second = ImageLab.open(parts, setup);
    second.tick();
    assertThat(second.snapshot().experiment().withData(data.toString())).isEqualTo(edited());
    playToTheEnd(second);
    assertThat(second.snapshot().notice().level()).isEqualTo(Notice.Level.INFO);
    assertThat(TinyImageRuns.metricsWithoutTiming(parts))
        .isEqualTo(TinyImageRuns.metricsWithoutTiming(whole));
  }

  @Test
  void whatAnImageRunCannotTakeLiveIsRefusedAndNothingChanges() throws Exception {
    Path out = dir.resolve("run");
    ImageLab lab = ImageLab.create(experiment, out, setup);
    lab.apply(new Command.Edit("\u03bb 3", c -> c));
    assertThat(lab.snapshot().notice().text()).isEqualTo("Not applied: \u03bb 3: the run is still"
        + " being made ready; try again in a moment.");
    lab.apply(new Command.Step(StepKind.ITERATION));
    String config = Files.readString(out.resolve("config.json"));

    assertRefused(lab, "Width 128", c -> c.withNetworks(c.critic().withWidth(128),
        c.generator().withWidth(128)), "an image run's data, networks, batch, seed and iterations"
        + " are fixed while it exists");
    assertRefused(lab, "Batch 16", c -> c.withTraining(16, c.criticIters(), c.iterations()),
        "an image run's data, networks, batch, seed and iterations are fixed while it exists");
    assertRefused(lab, "W-div in panel 1", c -> withRun(c, 0,
        ImageExperiment.referenceRun(MethodKind.DIV)), "run 1 stays " + MethodKind.GP.displayName()
        + " (its checkpoints and optimiser state are that method's)");
    assertRefused(lab, "\u03bb -1", c -> withRun(c, 0, c.runs().get(0).withMethod(
        ((MethodConfig.GradientPenalty) c.runs().get(0).method()).withLambda(-1))),
        refusal(() -> new MethodConfig.GradientPenalty(-1, false,
            org.wganlab.method.PenaltySamples.REAL_FAKE_INTERPOLATES)));
    assertThat(Files.readString(out.resolve("config.json"))).isEqualTo(config);
    assertThat(lab.snapshot().experiment()).isEqualTo(experiment);

    Path cli = dir.resolve("followed");
    ImageRunFolder.open(cli, RunFolder.Use.NEW).writeConfig(experiment);
    ImageLab followed = ImageLab.open(cli, setup);
    followed.tick();
    followed.apply(edits().get(0));
    assertThat(followed.snapshot().notice().text()).isEqualTo("Not applied: \u03bb 3: this folder"
        + " is only followed; Play resumes it here, and then its settings change live.");
  }

  /** The message of the refusal {@code make} throws. */
  private static String refusal(Runnable make) {
    try {
      make.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("not refused");
  }

  private static void assertRefused(ImageLab lab, String what,
      UnaryOperator<ExperimentConfig> change, String reason) {
    lab.apply(new Command.Edit(what, change));
    Notice told = lab.snapshot().notice();
    assertThat(told.level()).as(what).isEqualTo(Notice.Level.ERROR);
    assertThat(told.text()).isEqualTo("Not applied: " + what + ": " + reason + ".");
  }
}
