package org.wganlab.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.wganlab.export.RunFolder;
import org.wganlab.image.live.TinyImageRuns;
import org.wganlab.method.MethodKind;

/**
 * A stop that comes between the critic steps of an iteration: the session stops at once, the run
 * caught inside the iteration keeps its earlier checkpoint (a checkpoint holds whole iterations), the
 * others are checkpointed where they are, and the resumed session logs what an uninterrupted one logs.
 */
class ImageSessionStopTest {
  @TempDir
  Path dir;

  /** Two runs of 4 iterations, 3 critic steps each, a row and a checkpoint every 2 iterations. */
  private static ImageExperiment experiment() {
    ImageExperiment reference = ImageExperiment.reference("test images",
        List.of(MethodKind.GP, MethodKind.CLIP));
    return new ImageExperiment(reference.data(), 28, 1, 0, 3, 4, 50, 3, 2, 4, ImageNetwork.CONV,
        reference.runs(), 2, 100, 0, 2);
  }

  private static ImageSession session(ImageRunFolder folder) throws IOException {
    folder.writeConfig(experiment());
    return new ImageSession(experiment(), TinyImageRuns.noise(100, 1), TinyImageRuns.noise(8, 2), folder, null);
  }

  /** metrics.csv without images_per_second and seconds, which differ between identical runs. */
  private static List<String> metricsWithoutTiming(Path run) throws IOException {
    return Files.readAllLines(run.resolve("metrics.csv")).stream()
        .map(line -> line.replaceAll("^((?:[^,]*,){9})[^,]*,[^,]*", "$1")).toList();
  }

  /** A stop that turns true at its {@code n}-th question and stays so. */
  private static BooleanSupplier stopAtQuestion(int n) {
    int[] asked = {0};
    return () -> ++asked[0] >= n;
  }

  @Test
  void aStopInsideAnIterationDiscardsItAndTheResumedRunMatchesAnUninterruptedOne()
      throws IOException {
    Path whole = dir.resolve("whole");
    session(ImageRunFolder.open(whole, RunFolder.Use.NEW)).run(() -> false, (it, t) -> { });

    Path parts = dir.resolve("parts");
    ImageSession first = session(ImageRunFolder.open(parts, RunFolder.Use.NEW));
    // Four questions per run and iteration (3 critic steps, 1 generator step): iterations 1 and 2
    // of both runs take 16, GP's iteration 3 four more, then clipping's gets two critic steps.
    ImageSession.Outcome outcome = first.run(stopAtQuestion(23), (it, t) -> { });
    assertThat(outcome).isEqualTo(ImageSession.Outcome.STOPPED);
    ImageTrainer clip = first.trainers().get(1);
    assertThat(clip.stoppedInsideIteration()).isTrue();
    assertThat(clip.iteration()).isEqualTo(2);
    assertThatThrownBy(clip::checkpoint).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inside iteration 3");
    // GP, at a whole iteration 3, is checkpointed there; clipping keeps its checkpoint of 2.
    assertThat(first.checkpointedIteration(0)).isEqualTo(3);
    assertThat(first.checkpointedIteration(1)).isEqualTo(2);
    assertThat(CheckpointFile.read(parts.resolve("checkpoints/run-0-gp.ckpt"), experiment()).iteration())
        .isEqualTo(3);
    assertThat(CheckpointFile.read(parts.resolve("checkpoints/run-1-clip.ckpt"), experiment())
        .iteration())
        .isEqualTo(2);
    assertThat(parts.resolve("generated-0-gp.idx.gz")).isRegularFile();
    assertThat(parts.resolve("generated-1-clip.idx.gz")).doesNotExist();
    // metrics.csv holds whole iterations only: the rows of iteration 2.
    assertThat(Files.readAllLines(parts.resolve("metrics.csv"))).hasSize(1 + 2);

    ImageSession resumed = session(ImageRunFolder.open(parts, RunFolder.Use.RESUME));
    assertThat(resumed.restoreCheckpoints()).isEqualTo(2);
    assertThat(resumed.run(() -> false, (it, t) -> { })).isEqualTo(ImageSession.Outcome.FINISHED);
    assertThat(metricsWithoutTiming(parts)).containsExactlyElementsOf(metricsWithoutTiming(whole));
  }

  @Test
  void aStopBetweenIterationsCheckpointsEveryRunThere() throws IOException {
    ImageSession session = session(ImageRunFolder.open(dir.resolve("run"), RunFolder.Use.NEW));
    // 8 questions take both runs through iteration 1; the 9th, before GP's first step, stops.
    assertThat(session.run(stopAtQuestion(9), (it, t) -> { }))
        .isEqualTo(ImageSession.Outcome.STOPPED);
    assertThat(session.trainers()).noneMatch(ImageTrainer::stoppedInsideIteration);
    assertThat(session.checkpointedIteration(0)).isEqualTo(1);
    assertThat(session.checkpointedIteration(1)).isEqualTo(1);
  }
}
