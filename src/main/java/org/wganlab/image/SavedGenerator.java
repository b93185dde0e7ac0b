package org.wganlab.image;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.Rng;
import org.wganlab.nn.Generator;

/**
 * A run's generator as its checkpoint holds it, for a view of a folder that is only followed: the
 * checkpoint is read, never written, so the process that trains the folder is not disturbed.
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

  /**
   * The generator {@code saved} holds, a checkpoint of a run of {@code experiment} (as
   * {@link CheckpointFile#read} checked it: of this config, finite).
   *
   * @throws IllegalArgumentException when its size is not that of the config's generator
   */
  public static SavedGenerator of(ImageCheckpoint saved, ImageExperiment experiment) {
    Generator generator = experiment.network().generator(experiment, DataType.FLOAT,
        new Rng(experiment.seed()));
    if (generator.parameters().length() != saved.generator().length) {
      throw new IllegalArgumentException("its generator has " + saved.generator().length
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
