package org.wganlab.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.wganlab.data.image.ImageSet;
import org.wganlab.export.DamagedFileException;
import org.wganlab.image.live.TinyImageRuns;
import org.wganlab.method.MethodKind;

/**
 * One image run step by step on tiny networks: checkpoints restore exactly, a checkpoint file holds
 * exactly what was saved and names itself when damaged, and a run whose loss turns NaN stops and
 * says where.
 */
class ImageTrainerTest {
  @TempDir
  Path dir;

  private static ImageExperiment tiny(MethodKind method) {
    ImageExperiment reference = ImageExperiment.reference("test images", List.of(method));
    return new ImageExperiment(reference.data(), 28, 1, 0, 3, 10, 4, 2, 2, 4, ImageNetwork.CONV,
        reference.runs(), 2,
        100, 0, 100);
  }

  private static ImageTrainer trainer(ImageExperiment experiment) {
    ImageSet images = TinyImageRuns.noise(12, 1);
    return new ImageTrainer(experiment, 0, new ImageBatches(images, DataType.FLOAT, 3),
        new ImageMeasurements(experiment, TinyImageRuns.noise(8, 2), 8, 8));
  }

  @Test
  void aRestoredTrainerContinuesExactlyAsTheOriginal() {
    ImageExperiment experiment = tiny(MethodKind.GP);
    ImageTrainer original = trainer(experiment);
    original.iterate();
    original.iterate();
    ImageCheckpoint saved = original.checkpoint();
    ImageTrainer restored = trainer(experiment);
    restored.restore(saved);
    original.iterate();
    original.iterate();
    restored.iterate();
    restored.iterate();
    assertThat(restored.checkpoint().critic()).containsExactly(original.checkpoint().critic());
    assertThat(restored.checkpoint().generator()).containsExactly(original.checkpoint().generator());
    assertThat(restored.rows().get(1).criticLoss()).isEqualTo(original.rows().get(1).criticLoss());
    assertThat(restored.iteration()).isEqualTo(4);
  }

  @Test
  void aCheckpointFileHoldsExactlyWhatWasSaved() throws IOException {
    ImageExperiment experiment = tiny(MethodKind.DIV);
    ImageTrainer trainer = trainer(experiment);
    trainer.iterate();
    trainer.iterate();
    ImageCheckpoint saved = trainer.checkpoint();
    Path file = dir.resolve("run.ckpt");
    CheckpointFile.write(file, saved, experiment);
    ImageCheckpoint read = CheckpointFile.read(file, experiment);
    assertThat(read.critic()).containsExactly(saved.critic());
    assertThat(read.criticOptimizer()).containsExactly(saved.criticOptimizer());
    assertThat(read.generatorOptimizerSteps()).isEqualTo(saved.generatorOptimizerSteps());
    assertThat(read.rows()).isEqualTo(saved.rows());
    assertThat(read.criticSteps()).isEqualTo(4);
    // A resumed run may train further and its folder may move: neither touches the checkpoint.
    assertThat(CheckpointFile.read(file, experiment.withIterations(99).withData("elsewhere"))
        .iteration()).isEqualTo(2);

    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, 30));
    assertThatThrownBy(() -> CheckpointFile.read(file, experiment))
        .isInstanceOf(DamagedFileException.class)
        .hasMessage(file + ": checkpoint is truncated");
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 9));
    assertThatThrownBy(() -> CheckpointFile.read(file, experiment)).hasMessage(
        file + ": checkpoint is damaged: its contents do not match their checksum");
    Files.writeString(file, "not a checkpoint");
    assertThatThrownBy(() -> CheckpointFile.read(file, experiment)).hasMessage(
        file + ": not a WGAN Lab checkpoint");
  }

  /** The checkpoint file of a run of {@code experiment} after one iteration. */
  private Path savedAfterOneIteration(ImageExperiment experiment) throws IOException {
    ImageTrainer trainer = trainer(experiment);
    trainer.iterate();
    Path file = dir.resolve("run.ckpt");
    CheckpointFile.write(file, trainer.checkpoint(), experiment);
    return file;
  }

  @Test
  void oneFlippedByteAnywhereInACheckpointIsFound() throws IOException {
    ImageExperiment experiment = tiny(MethodKind.GP);
    Path file = savedAfterOneIteration(experiment);
    byte[] bytes = Files.readAllBytes(file);
    // Past the magic word and the version, every byte is covered by the checksum.
    for (int at = 8; at < bytes.length; at += 97) {
      byte[] flipped = bytes.clone();
      flipped[at] ^= 0x10;
      Files.write(file, flipped);
      assertThatThrownBy(() -> CheckpointFile.read(file, experiment)).as("byte %d", at)
          .isInstanceOf(DamagedFileException.class)
          .hasMessage(file + ": checkpoint is damaged: its contents do not match their checksum");
    }
  }

  @Test
  void aCheckpointOfAnotherConfigOrOfTheFormerVersionIsRefused() throws IOException {
    ImageExperiment experiment = tiny(MethodKind.GP);
    Path file = savedAfterOneIteration(experiment);
    ImageExperiment otherSeed = new ImageExperiment(experiment.data(), 28, 1, 0, 99,
        experiment.iterations(), experiment.batch(), experiment.criticIters(), experiment.dim(),
        experiment.noiseDim(), experiment.network(), experiment.runs(), experiment.logEvery(),
        experiment.sampleEvery(), experiment.evalEvery(), experiment.checkpointEvery());
    assertThatThrownBy(() -> CheckpointFile.read(file, otherSeed)).hasMessage(file + ": belongs to"
        + " another config: config.json's settings differ from those the checkpoint was written with");
    byte[] bytes = Files.readAllBytes(file);
    bytes[7] = 1;
    Files.write(file, bytes);
    assertThatThrownBy(() -> CheckpointFile.read(file, experiment)).hasMessage(file + ": checkpoint"
        + " version 1, this program reads version 2: checkpoints of version 1 were written before"
        + " checkpoints carried checksums; train the run again in a new folder");
  }

  @Test
  void aCheckpointGoesOnUnderLiveEditsAndOneOfTheWholeConfigStillReads() throws Exception {
    ImageExperiment experiment = tiny(MethodKind.GP);
    Path file = savedAfterOneIteration(experiment);
    org.wganlab.train.RunConfig gp = experiment.runs().get(0);
    ImageExperiment edited = experiment.withRuns(List.of(gp.withMethod(
        ((org.wganlab.method.MethodConfig.GradientPenalty) gp.method()).withLambda(3))
        .withOptimizer(gp.optimizer().withLearningRate(3e-4)))).withSchedule(experiment.seed(),
        experiment.iterations(), experiment.batch(), 7, experiment.logEvery());
    assertThat(experiment.liveChangeRefusal(edited)).isNull();
    assertThat(CheckpointFile.read(file, edited).iteration()).isEqualTo(1);

    // Checkpoints written before live edits carry the whole config's checksum (all but the data
    // path and iterations): they still read under that config, and only under it.
    byte[] bytes = Files.readAllBytes(file);
    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
    byte[] whole = sha.digest(org.wganlab.export.ConfigJson.toJson(experiment.withIterations(1)
        .withData(".")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    System.arraycopy(whole, 0, bytes, 8, whole.length);
    byte[] sum = sha.digest(Arrays.copyOf(bytes, bytes.length - 32));
    System.arraycopy(sum, 0, bytes, bytes.length - 32, sum.length);
    Files.write(file, bytes);
    assertThat(CheckpointFile.read(file, experiment).iteration()).isEqualTo(1);
    assertThatThrownBy(() -> CheckpointFile.read(file, edited)).hasMessage(file + ": belongs to"
        + " another config: config.json's settings differ from those the checkpoint was written with");
  }

  @Test
  void aCheckpointHoldingANonFiniteWeightIsRefusedOnLoad() throws IOException {
    ImageExperiment experiment = tiny(MethodKind.GP);
    ImageTrainer trainer = trainer(experiment);
    trainer.iterate();
    ImageCheckpoint good = trainer.checkpoint();
    float[] broken = good.generator().clone();
    broken[17] = Float.NaN;
    Path file = dir.resolve("run.ckpt");
    // Written with a matching checksum: only the check of the values can find it.
    CheckpointFile.write(file, new ImageCheckpoint(good.iteration(), good.criticSteps(),
        good.trainingNanos(), good.critic(), broken, good.criticOptimizer(),
        good.criticOptimizerSteps(), good.generatorOptimizer(), good.generatorOptimizerSteps(),
        good.criticLoss(), good.generatorLoss(), good.penalty(), good.rows()), experiment);
    assertThatThrownBy(() -> CheckpointFile.read(file, experiment)).hasMessage(file + ": the"
        + " generator's weights hold NaN at position 17; a checkpoint holds finite numbers only");
  }

  @Test
  void aRunWhoseLossTurnsNanStopsAndSaysWhere() {
    ImageExperiment experiment = tiny(MethodKind.CLIP);
    ImageTrainer trainer = trainer(experiment);
    trainer.iterate();
    trainer.iterate();
    ImageCheckpoint good = trainer.checkpoint();
    float[] broken = good.critic().clone();
    broken[0] = Float.NaN;
    trainer.restore(new ImageCheckpoint(good.iteration(), good.criticSteps(), good.trainingNanos(),
        broken, good.generator(), good.criticOptimizer(), good.criticOptimizerSteps(),
        good.generatorOptimizer(), good.generatorOptimizerSteps(), good.criticLoss(),
        good.generatorLoss(), good.penalty(), good.rows()));
    trainer.iterate();
    assertThat(trainer.diverged()).isTrue();
    assertThat(trainer.problem()).isEqualTo("critic loss became NaN at iteration 3 (critic step 5)");
    assertThat(trainer.iteration()).isEqualTo(2);
    assertThat(trainer.rows()).hasSize(1);
  }
}
