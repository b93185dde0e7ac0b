package org.wganlab.image;

import java.io.IOException;
import java.nio.file.Path;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.Rng;
import org.wganlab.export.DamagedFileException;
import org.wganlab.nn.Generator;

/**
 * A run's generator as its checkpoint file holds it, for a view of a folder that is only followed:
 * the file is read, never written, so the process that trains the folder is not disturbed.
 */
public final class SavedGenerator {
  private final int iteration;
  private final Generator generator;
  private final ImageExperiment experiment;

  private SavedGenerator(int iteration, Generator generator, ImageExperiment experiment) {
    this.iteration = iteration;
    this.generator = generator;
    this.experiment = experiment;
  }

  /** The checkpoint file of run {@code index} of {@code experiment} in {@code folder}. */
  public static Path file(Path folder, ImageExperiment experiment, int index) {
    return ImageRunFolder.checkpointFile(folder, index, experiment.runs().get(index));
  }

  /**
   * Run {@code index}'s generator from its checkpoint in {@code folder}.
   *
   * @throws IOException naming the file when there is none or it cannot be used
   */
  public static SavedGenerator load(Path folder, ImageExperiment experiment, int index)
      throws IOException {
    Path file = file(folder, experiment, index);
    ImageCheckpoint saved = CheckpointFile.read(file, experiment);
    Generator generator = experiment.network().generator(experiment, DataType.FLOAT,
        new Rng(experiment.seed()));
    if (generator.parameters().length() != saved.generator().length) {
      throw new DamagedFileException(file, "its generator has " + saved.generator().length
          + " parameters, config.json's " + generator.parameters().length());
    }
    generator.parameters().assign(Nd4j.create(saved.generator(),
        new long[] {1, saved.generator().length}, 'c'));
    return new SavedGenerator(saved.iteration(), generator, experiment);
  }

  /** The iteration the checkpoint holds. */
  public int iteration() {
    return iteration;
  }

  /** The generator's images of {@code noise} (n x noise size, row-major), as host pixels. */
  public float[] generateFrom(float[] noise) {
    return ImageTrainer.pixels(generator, LatentNoise.onBackend(noise, experiment));
  }
}
