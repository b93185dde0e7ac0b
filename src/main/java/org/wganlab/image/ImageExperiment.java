package org.wganlab.image;

import java.util.List;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.nn.conv.ImageNetSpec;
import org.wganlab.train.Experiment;
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
 * @param runs the methods, trained side by side, 1 to {@link Experiment#MAX_RUNS}
 * @param logEvery a metrics row every this many iterations
 * @param sampleEvery a sample grid every this many iterations
 * @param evalEvery the quality metric every this many iterations (0: only at the end)
 * @param checkpointEvery a checkpoint every this many iterations
 */
public record ImageExperiment(String data, int size, int channels, int limit, long seed,
    int iterations, int batch, int criticIters, int dim, int noiseDim, ImageNetwork network,
    List<RunConfig> runs,
    int logEvery, int sampleEvery, int evalEvery, int checkpointEvery)
    implements Experiment<ImageExperiment> {

  /** Largest batch, in images; whether a batch fits in memory is {@link ImageMemory}'s to tell. */
  public static final int MAX_BATCH = 1024;
  /** Longest run, in generator iterations. */
  public static final int MAX_ITERATIONS = 10_000_000;
  /** MNIST's image size, the paper's. */
  public static final int PAPER_SIZE = 28;
  /** One channel: gray images. */
  public static final int GRAY = 1;
  /** A limit of 0: every training image. */
  public static final int ALL_IMAGES = 0;
  /** The networks' width DIM in the paper's MNIST code. */
  public static final int PAPER_DIM = 64;
  /** The generator's noise size in the paper's MNIST code. */
  public static final int PAPER_NOISE = 128;
  /** The critic's LeakyReLU slope in the paper's MNIST code. */
  public static final double PAPER_LEAKY_SLOPE = 0.2;
  /** The reference batch (the paper's MNIST code uses 50). */
  public static final int REFERENCE_BATCH = 64;
  /** The reference metrics interval: a row every 10 iterations. */
  public static final int REFERENCE_LOG_EVERY = 10;
  /** The reference sample-grid interval. */
  public static final int REFERENCE_SAMPLE_EVERY = 100;
  /** An evaluation interval of 0: the quality metric at the last iteration only. */
  public static final int AT_THE_END = 0;
  /** The reference checkpoint interval. */
  public static final int REFERENCE_CHECKPOINT_EVERY = 100;

  /** Validates and freezes the run list. */
  public ImageExperiment {
    Experiment.checkSchedule(data, batch, MAX_BATCH, criticIters);
    if (size != 28 && size != 32) {
      throw new IllegalArgumentException("size must be 28 or 32, got " + size);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 (all images) or more, got " + limit);
    }
    between("iterations", iterations, 1, MAX_ITERATIONS);
    between("log interval", logEvery, 1, MAX_ITERATIONS);
    between("sample interval", sampleEvery, 1, MAX_ITERATIONS);
    between("evaluation interval", evalEvery, 0, MAX_ITERATIONS);
    between("checkpoint interval", checkpointEvery, 1, MAX_ITERATIONS);
    if (network == null) {
      throw new IllegalArgumentException("network is required (conv or mlp)");
    }
    runs = Experiment.checkRuns(runs);
    // Checks channels, DIM and noise size with their own messages.
    new ImageNetSpec(channels, size, dim, noiseDim, PAPER_LEAKY_SLOPE);
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
    return new ImageExperiment(data, PAPER_SIZE, GRAY, ALL_IMAGES, REFERENCE_SEED,
        REFERENCE_ITERATIONS, REFERENCE_BATCH, REFERENCE_CRITIC_ITERS, PAPER_DIM, PAPER_NOISE,
        ImageNetwork.CONV, runs, REFERENCE_LOG_EVERY, REFERENCE_SAMPLE_EVERY, AT_THE_END,
        REFERENCE_CHECKPOINT_EVERY);
  }

  /** A method's reference run in the image mode: as the toy one, but lambda 10 as in the paper. */
  public static RunConfig referenceRun(MethodKind kind) {
    RunConfig run = RunConfig.reference(kind);
    if (run.method() instanceof MethodConfig.GradientPenalty gp) {
      return run.withMethod(gp.withLambda(MethodConfig.GradientPenalty.PAPER_LAMBDA));
    }
    return run;
  }

  @Override
  public ImageExperiment withSchedule(long nextSeed, int nextIterations, int nextBatch,
      int nextCriticIters, int nextLogEvery) {
    return new ImageExperiment(data, size, channels, limit, nextSeed, nextIterations, nextBatch,
        nextCriticIters, dim, noiseDim, network, runs, nextLogEvery, sampleEvery, evalEvery,
        checkpointEvery);
  }

  /** The same experiment with other runs. */
  @Override
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

  /**
   * What a run's checkpoint must match: this experiment with the settings that change while it
   * trains (each method's parameters, each learning rate, n_critic) at fixed values, and with one
   * data path and one iteration count for all (a folder moves with its data; {@code --resume
   * --iterations} trains further). A checkpoint holds networks, optimiser states and counters, none
   * of which those settings shape, so an edited config goes on from the checkpoints written before.
   */
  public ImageExperiment checkpointKey() {
    List<RunConfig> fixed = runs.stream().map(r -> {
      RunConfig reference = RunConfig.reference(r.method().kind());
      return new RunConfig(reference.method(),
          r.optimizer().withLearningRate(reference.optimizer().learningRate()));
    }).toList();
    return new ImageExperiment(".", size, channels, limit, seed, 1, batch, 1, dim, noiseDim, network,
        fixed, logEvery, sampleEvery, evalEvery, checkpointEvery);
  }

  /**
   * Why runs of this experiment cannot go on as {@code next}, or null when only the settings that
   * change live differ (see {@link #checkpointKey()}): a method keeps its kind and an optimiser its
   * kind and betas, since the checkpoints and optimiser states are theirs.
   */
  public String liveChangeRefusal(ImageExperiment next) {
    if (next.runs().size() != runs.size()) {
      return "an image experiment keeps its runs while it exists";
    }
    for (int i = 0; i < runs.size(); i++) {
      RunConfig was = runs.get(i);
      RunConfig now = next.runs().get(i);
      if (was.method().kind() != now.method().kind()) {
        return "run " + (i + 1) + " stays " + was.method().kind().displayName() + " (its checkpoints"
            + " and optimiser state are that method's)";
      }
      if (!was.optimizer().withLearningRate(1).equals(now.optimizer().withLearningRate(1))) {
        return "run " + (i + 1) + " keeps its optimiser and betas (its learning rate changes live)";
      }
    }
    if (!next.checkpointKey().equals(checkpointKey()) || !next.data().equals(data)
        || next.iterations() != iterations) {
      return "an image run's data, networks, batch, seed, iterations and intervals are fixed while"
          + " it exists";
    }
    return null;
  }

  /** The convolutional networks' shape (also the image shape either network sees). */
  public ImageNetSpec networks() {
    return new ImageNetSpec(channels, size, dim, noiseDim, PAPER_LEAKY_SLOPE);
  }
}
