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
import org.wganlab.data.Rng;
import org.wganlab.data.image.ImageSet;
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

  private static ImageSet noise(int count, long seed) {
    Rng rng = new Rng(seed);
    float[] pixels = new float[count * 28 * 28];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (float) rng.uniform();
    }
    return new ImageSet(1, 28, 28, pixels, null);
  }

  private static ImageTrainer trainer(ImageExperiment experiment) {
    ImageSet images = noise(12, 1);
    return new ImageTrainer(experiment, 0, new ImageBatches(images, DataType.FLOAT, 3),
        new ImageMeasurements(experiment, noise(8, 2), 8, 8));
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
    ImageTrainer trainer = trainer(tiny(MethodKind.DIV));
    trainer.iterate();
    trainer.iterate();
    ImageCheckpoint saved = trainer.checkpoint();
    Path file = dir.resolve("run.ckpt");
    CheckpointFile.write(file, saved);
    ImageCheckpoint read = CheckpointFile.read(file);
    assertThat(read.critic()).containsExactly(saved.critic());
    assertThat(read.criticOptimizer()).containsExactly(saved.criticOptimizer());
    assertThat(read.generatorOptimizerSteps()).isEqualTo(saved.generatorOptimizerSteps());
    assertThat(read.rows()).isEqualTo(saved.rows());
    assertThat(read.criticSteps()).isEqualTo(4);

    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 9));
    assertThatThrownBy(() -> CheckpointFile.read(file)).isInstanceOf(IOException.class)
        .hasMessage(file + ": checkpoint is truncated");
    Files.writeString(file, "not a checkpoint");
    assertThatThrownBy(() -> CheckpointFile.read(file)).hasMessage(
        file + ": not a WGAN Lab checkpoint");
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
