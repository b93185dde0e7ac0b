package org.wganlab.image;

import java.util.List;
import org.wganlab.export.ReferencesData;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.nn.conv.ImageNetSpec;
import org.wganlab.train.RunConfig;

/**
 * Everything that defines an image-mode experiment: the data, the networks, the shared training
 * settings, one {@link RunConfig} per method trained side by side, and how often the run folder gets
 * metrics, sample grids, quality scores and checkpoints. Immutable and validated; its JSON form is the
 * run folder's {@code config.json}, which {@code image --config} reruns.
 *
 * @param data folder of the IDX files or pictures, as the user named it
 * @param size image height and width, 28 or 32
 * @param channels 1 (gray) or 3 (colour)
 * @param limit training images used, 0 for all
 * @param seed seed of initialisation, data order, noise and penalty points, shared by every run
 * @param iterations generator iterations to train
 * @param batch images per critic and generator batch
 * @param criticIters critic steps per generator step
 * @param dim the networks' width DIM
 * @param noiseDim generator input size
 * @param network convolutional (the paper's) or fully connected networks
 * @param runs the methods, trained side by side, 1 to {@link #MAX_RUNS}
 * @param logEvery a metrics row every this many iterations
 * @param sampleEvery a sample grid every this many iterations
 * @param evalEvery the quality metric every this many iterations (0: only at the end)
 * @param checkpointEvery a checkpoint every this many iterations
 */
public record ImageExperiment(String data, int size, int channels, int limit, long seed,
    int iterations, int batch, int criticIters, int dim, int noiseDim, ImageNetwork network,
    List<RunConfig> runs,
    int logEvery, int sampleEvery, int evalEvery, int checkpointEvery)
    implements ReferencesData<ImageExperiment> {

  /** Most methods one command trains side by side. */
  public static final int MAX_RUNS = 6;
  /** Largest batch, in images; whether a batch fits in memory is {@link ImageMemory}'s to tell. */
  public static final int MAX_BATCH = 1024;
  /** Longest run, in generator iterations. */
  public static final int MAX_ITERATIONS = 10_000_000;

  /** Validates and freezes the run list. */
  public ImageExperiment {
    if (data == null || data.isBlank()) {
      throw new IllegalArgumentException("data is required");
    }
    if (size != 28 && size != 32) {
      throw new IllegalArgumentException("size must be 28 or 32, got " + size);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 (all images) or more, got " + limit);
    }
    between("iterations", iterations, 1, MAX_ITERATIONS);
    between("batch", batch, 2, MAX_BATCH);
    between("critic iterations", criticIters, 1, 100);
    between("log interval", logEvery, 1, MAX_ITERATIONS);
    between("sample interval", sampleEvery, 1, MAX_ITERATIONS);
    between("evaluation interval", evalEvery, 0, MAX_ITERATIONS);
    between("checkpoint interval", checkpointEvery, 1, MAX_ITERATIONS);
    if (network == null) {
      throw new IllegalArgumentException("network is required (conv or mlp)");
    }
    if (runs == null || runs.isEmpty() || runs.size() > MAX_RUNS) {
      throw new IllegalArgumentException("an image experiment needs 1 to " + MAX_RUNS + " methods");
    }
    runs = List.copyOf(runs);
    // Checks channels, DIM and noise size with their own messages.
    new ImageNetSpec(channels, size, dim, noiseDim, 0.2);
  }

  private static void between(String name, int value, int low, int high) {
    if (value < low || value > high) {
      throw new IllegalArgumentException(name + " must be " + low + " to " + high + ", got " + value);
    }
  }

  /**
   * The WGAN-GP paper's MNIST settings on {@code data}: 28 x 28 gray, DIM 64, noise 128, batch 64,
   * 5 critic steps, lambda 10 for the penalties (clipping c = 0.01 with RMSProp 5e-5, the others
   * Adam 1e-4 with betas 0.5 and 0.9).
   */
  public static ImageExperiment reference(String data, List<MethodKind> methods) {
    List<RunConfig> runs = methods.stream().map(ImageExperiment::referenceRun).toList();
    return new ImageExperiment(data, 28, 1, 0, 1, 1000, 64, 5, 64, 128, ImageNetwork.CONV, runs, 10,
        100, 0, 100);
  }

  /** A method's reference run in the image mode: as the toy one, but lambda 10 as in the paper. */
  public static RunConfig referenceRun(MethodKind kind) {
    RunConfig run = RunConfig.reference(kind);
    if (run.method() instanceof MethodConfig.GradientPenalty gp) {
      return run.withMethod(new MethodConfig.GradientPenalty(10, gp.oneSided(), gp.samples()));
    }
    return run;
  }

  /** The same experiment with other runs. */
  public ImageExperiment withRuns(List<RunConfig> next) {
    return new ImageExperiment(data, size, channels, limit, seed, iterations, batch, criticIters, dim,
        noiseDim, network, next, logEvery, sampleEvery, evalEvery, checkpointEvery);
  }

  /** The same experiment on other data. */
  @Override
  public ImageExperiment withData(String next) {
    return new ImageExperiment(next, size, channels, limit, seed, iterations, batch, criticIters, dim,
        noiseDim, network, runs, logEvery, sampleEvery, evalEvery, checkpointEvery);
  }

  /** The same experiment trained to another iteration. */
  public ImageExperiment withIterations(int next) {
    return new ImageExperiment(data, size, channels, limit, seed, next, batch, criticIters, dim,
        noiseDim, network, runs, logEvery, sampleEvery, evalEvery, checkpointEvery);
  }

  /** The convolutional networks' shape (also the image shape either network sees). */
  public ImageNetSpec networks() {
    return new ImageNetSpec(channels, size, dim, noiseDim, 0.2);
  }
}
