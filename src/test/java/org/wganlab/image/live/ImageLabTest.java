package org.wganlab.image.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.export.RunFolder;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageRunFolder;
import org.wganlab.image.ImageSession;
import org.wganlab.train.Command;
import org.wganlab.train.Notice;
import org.wganlab.train.RunStatus;
import org.wganlab.train.StepKind;

/**
 * The image session without a window: a new run trains and writes its folder as the {@code image}
 * command does, a folder is followed read-only, training into a folder that changed lately is
 * refused, and a quiet folder resumes from its checkpoints to the numbers an uninterrupted run gives.
 */
class ImageLabTest {
  @TempDir
  Path dir;
  private Path data;
  private ImageLab.Setup setup;

  @BeforeEach
  void pictures() throws IOException {
    data = TinyImageRuns.pictureFolder(dir.resolve("pictures"), 30);
    setup = new ImageLab.Setup(dir, null);
  }

  @Test
  void aNewRunTrainsStepsAndWritesItsFolder() {
    Path out = dir.resolve("run");
    ImageLab lab = ImageLab.create(TinyImageRuns.experiment(data.toString(), 4), out, setup);
    ImageSnapshot reading = lab.snapshot();
    assertThat(reading.access()).isEqualTo(ImageSnapshot.Access.LOADING);
    assertThat(reading.data()).isEqualTo("Reading the images of " + data + "...");
    assertThat(reading.notice().text()).isEqualTo(reading.data());
    assertThat(lab.tick()).isTrue();
    ImageSnapshot building = lab.snapshot();
    assertThat(building.access()).isEqualTo(ImageSnapshot.Access.LOADING);
    assertThat(building.data()).isEqualTo("Read 27 training images; building the networks...");
    assertThat(Files.exists(out)).isFalse();
    assertThat(lab.tick()).isTrue();
    ImageSnapshot first = lab.snapshot();
    assertThat(first.access()).isEqualTo(ImageSnapshot.Access.TRAINING);
    assertThat(first.runs()).extracting(ImageRunState::status)
        .containsExactly(RunStatus.READY, RunStatus.READY);
    assertThat(first.runs().get(0).grid()).hasSize(ImageSnapshot.GRID_IMAGES * 28 * 28);
    assertThat(first.realImages()).hasSize(3 * 28 * 28);

    lab.apply(new Command.Step(StepKind.CRITIC));
    ImageSnapshot stepped = lab.snapshot();
    assertThat(stepped.runs()).extracting(ImageRunState::iteration).containsExactly(1, 1);
    assertThat(stepped.runs()).extracting(ImageRunState::status)
        .containsExactly(RunStatus.PAUSED, RunStatus.PAUSED);
    assertThat(stepped.runs().get(0).gridIteration()).isEqualTo(1);
    assertThat(stepped.runs().get(0).gradientNorms().total()).isEqualTo(3);
    assertThat(stepped.runs().get(1).weights().max()).isLessThanOrEqualTo(0.01 + 1e-6);

    lab.apply(new Command.Play());
    while (lab.playing()) {
      lab.tick();
    }
    ImageSnapshot done = lab.snapshot();
    assertThat(done.runs()).extracting(ImageRunState::status)
        .containsExactly(RunStatus.FINISHED, RunStatus.FINISHED);
    assertThat(done.runs().get(0).rows()).extracting(r -> r.iteration())
        .containsExactly(1, 2, 3, 4);
    assertThat(done.runs().get(0).savedGrids()).containsExactly(2, 4);
    assertThat(Files.isRegularFile(out.resolve("config.json"))).isTrue();
    assertThat(Files.isRegularFile(out.resolve("checkpoints/run-0-gp.ckpt"))).isTrue();
  }

  @Test
  void pauseAndCloseWhileTheRunIsMadeReadyAreHonoured() {
    Path out = dir.resolve("paused");
    ImageLab lab = ImageLab.create(TinyImageRuns.experiment(data.toString(), 4), out, setup);
    lab.apply(new Command.Play());
    lab.tick();
    lab.apply(new Command.Pause());
    assertThat(lab.snapshot().notice().text())
        .isEqualTo("Paused: the run is made ready and then waits for Play.");
    lab.tick();
    ImageSnapshot ready = lab.snapshot();
    assertThat(ready.access()).isEqualTo(ImageSnapshot.Access.TRAINING);
    assertThat(lab.playing()).isFalse();
    assertThat(ready.notice().text()).isEqualTo("New image run in " + out + ". Press Play.");

    Path closed = dir.resolve("closed");
    ImageLab closing = ImageLab.create(TinyImageRuns.experiment(data.toString(), 4), closed, setup);
    closing.tick();
    closing.requestStop();
    assertThat(closing.tick()).isFalse();
    closing.finish();
    assertThat(closing.snapshot().access()).isEqualTo(ImageSnapshot.Access.LOADING);
    assertThat(Files.exists(closed)).isFalse();
  }

  @Test
  void aFollowedFolderIsReadOnlyAndRefusedWhileItChanges() throws Exception {
    Path out = dir.resolve("cli");
    ImageExperiment e = TinyImageRuns.experiment(data.toString(), 4);
    ImageRunFolder folder = ImageRunFolder.open(out, RunFolder.Use.NEW);
    folder.writeConfig(e);
    var images = org.wganlab.data.image.ImageDataLoader.load(data,
        new org.wganlab.data.image.ImageDataOptions(28, 1, 0));
    new ImageSession(e, images.train(), images.test(), folder, null).run(() -> false, (i, t) -> { });
    List<String> before = TinyImageRuns.listing(out);

    ImageLab lab = ImageLab.open(out, setup);
    assertThat(lab.tick()).isTrue();
    ImageSnapshot watched = lab.snapshot();
    assertThat(watched.access()).isEqualTo(ImageSnapshot.Access.WATCHING);
    assertThat(watched.writerNote()).contains("changed").contains("120 s");
    assertThat(watched.runs().get(1).rows()).hasSize(4);
    assertThat(watched.runs().get(1).savedGrids()).containsExactly(2, 4);
    // Weights from the checkpoints, read-only: clipping's stay within c = 0.01.
    assertThat(watched.runs().get(0).weights().total()).isPositive();
    assertThat(watched.runs().get(1).weights().max()).isLessThanOrEqualTo(0.01 + 1e-6);
    assertThat(watched.runs().get(1).weights().min()).isGreaterThanOrEqualTo(-0.01 - 1e-6);
    assertThat(watched.runs().get(1).gradientNorms()).isNull();
    assertThat(watched.runs()).extracting(ImageRunState::status)
        .containsExactly(RunStatus.FINISHED, RunStatus.FINISHED);

    lab.apply(new Command.Play());
    Notice refused = lab.snapshot().notice();
    assertThat(refused.level()).isEqualTo(Notice.Level.ERROR);
    assertThat(refused.text()).startsWith("Play refused: A file in this folder changed");
    assertThat(lab.playing()).isFalse();
    assertThat(TinyImageRuns.listing(out)).isEqualTo(before);
  }

  @Test
  void aQuietFolderResumesToTheNumbersOfAnUninterruptedRun() throws IOException {
    Path whole = dir.resolve("whole");
    ImageLab once = ImageLab.create(TinyImageRuns.experiment(data.toString(), 4), whole, setup);
    once.apply(new Command.Play());
    while (once.startup() != null) {
      once.tick();
    }
    while (once.playing()) {
      once.tick();
    }

    Path parts = dir.resolve("parts");
    ImageLab first = ImageLab.create(TinyImageRuns.experiment(data.toString(), 4), parts, setup);
    first.apply(new Command.Step(StepKind.ITERATION));
    first.apply(new Command.Step(StepKind.ITERATION));
    first.finish();
    TinyImageRuns.age(parts, 300);

    ImageLab second = ImageLab.open(parts, setup);
    second.tick();
    second.apply(new Command.Play());
    assertThat(second.snapshot().access()).isEqualTo(ImageSnapshot.Access.LOADING);
    second.tick();
    second.tick();
    assertThat(second.snapshot().access()).isEqualTo(ImageSnapshot.Access.TRAINING);
    assertThat(second.playing()).isTrue();
    assertThat(second.snapshot().runs()).extracting(ImageRunState::iteration).containsExactly(2, 2);
    while (second.playing()) {
      second.tick();
    }
    assertThat(TinyImageRuns.metricsWithoutTiming(parts))
        .isEqualTo(TinyImageRuns.metricsWithoutTiming(whole));
  }

  @Test
  void aFolderWithoutARunOrWithoutImagesIsNamedInTheNotice() throws IOException {
    ImageLab empty = ImageLab.open(Files.createDirectories(dir.resolve("empty")), setup);
    empty.tick();
    assertThat(empty.snapshot().notice().text()).contains("holds no image run (no config.json)");

    Path noImages = Files.createDirectories(dir.resolve("no-images"));
    ImageLab bad = ImageLab.create(TinyImageRuns.experiment(noImages.toString(), 4),
        dir.resolve("bad"), setup);
    bad.tick();
    bad.tick();
    bad.tick();
    Notice notice = bad.snapshot().notice();
    assertThat(notice.level()).isEqualTo(Notice.Level.ERROR);
    assertThat(notice.text()).startsWith("The new image run cannot start:").contains("no-images");
    bad.apply(new Command.Play());
    assertThat(bad.playing()).isFalse();
  }
}
