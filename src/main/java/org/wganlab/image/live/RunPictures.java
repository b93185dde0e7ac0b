package org.wganlab.image.live;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.Rng;
import org.wganlab.data.image.ImageSet;
import org.wganlab.image.ImageBatches;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageMeasurements;
import org.wganlab.image.ImageTrainer;
import org.wganlab.metrics.Histogram;
import org.wganlab.nn.Critic;

/**
 * What the views show of each training run besides its numbers, measured on the training thread
 * between iterations: the sample grid from the fixed noise (the noise of the folder's grids), the
 * critic's weights, and ||grad_x D|| at interpolates of those samples and held-out images. The norms
 * are read on a copy of the run's critic, made on the backend each time, so that the run itself
 * and its random draws are untouched and a run watched in the app trains exactly as one that is not.
 */
final class RunPictures {
  /** Bins of both histograms. */
  static final int BINS = 40;
  private static final DataType TYPE = DataType.FLOAT;
  private final INDArray real;
  private final INDArray mixing;
  private final List<Critic> copies = new ArrayList<>();
  private final List<Picture> latest = new ArrayList<>();

  /**
   * One run's pictures at one iteration.
   *
   * @param iteration the iteration they show
   * @param grid the sample grid's pixels
   * @param norms ||grad_x D|| at the interpolates
   * @param weights the critic's parameters
   */
  record Picture(int iteration, float[] grid, Histogram norms, Histogram weights) {
  }

  /** Pictures of {@code experiment}'s runs, with norms read against {@code test}'s first images. */
  RunPictures(ImageExperiment experiment, ImageSet test) {
    int n = Math.min(ImageSnapshot.GRID_IMAGES, test.count());
    real = ImageBatches.toBackend(test.slice(0, n), TYPE);
    Rng rng = new Rng(experiment.seed() ^ 0x5ca1ab1eL);
    double[] eps = new double[n];
    for (int i = 0; i < n; i++) {
      eps[i] = rng.uniform();
    }
    mixing = Nd4j.create(eps, new long[] {n, 1}, TYPE);
    for (int i = 0; i < experiment.runs().size(); i++) {
      copies.add(experiment.network().critic(experiment, TYPE, new Rng(experiment.seed())));
      latest.add(null);
    }
  }

  /** Run {@code index}'s latest pictures, or null before the first. */
  Picture latest(int index) {
    return latest.get(index);
  }

  /** Measures run {@code index} now (it must be at a whole iteration). */
  void measure(int index, ImageTrainer trainer) {
    float[] grid = trainer.generateImages(ImageSnapshot.GRID_IMAGES);
    Critic critic = copies.get(index);
    // A copy on the backend, not a checkpoint: that would copy both networks, both optimisers and
    // the run's log to the host every iteration to read the critic alone.
    trainer.copyCriticInto(critic);
    // The reading's temporaries (a forward and a backward pass) live in the run's step workspace:
    // left to the garbage collector, which sees only their small Java objects, each iteration's
    // would wait in native memory for a collection.
    double[] norms = trainer.inStep(() -> {
      int n = real.rows();
      INDArray fake = Nd4j.create(java.util.Arrays.copyOf(grid, n * real.columns()),
          new long[] {n, real.columns()}, 'c').castTo(TYPE);
      return ImageMeasurements.gradientNormsBetween(critic, real, fake, mixing);
    });
    double high = 2;
    for (double v : norms) {
      if (Double.isFinite(v)) {
        high = Math.max(high, v * 1.05);
      }
    }
    latest.set(index, new Picture(trainer.iteration(), grid, Histogram.of(norms, BINS, 0, high),
        Histogram.of(critic.parameters().toFloatVector(), BINS)));
  }

  /** Whether run {@code index} has no pictures of its current iteration yet. */
  boolean stale(int index, ImageTrainer trainer) {
    Picture p = latest.get(index);
    return p == null || p.iteration() != trainer.iteration();
  }
}
