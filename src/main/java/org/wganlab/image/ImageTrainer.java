package org.wganlab.image;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.wganlab.data.Rng;
import org.wganlab.nn.Critic;
import org.wganlab.nn.Generator;
import org.wganlab.nn.NetworkState;
import org.wganlab.train.RunConfig;
import org.wganlab.train.RunFamily;
import org.wganlab.train.RunProgress;
import org.wganlab.train.RunSteps;

/**
 * Trains one image run (a critic and a generator of the experiment's kind under one Lipschitz method)
 * step by step on the calling thread, through {@link RunSteps} (how an iteration trains, the same for
 * the toy family); this class supplies the image family's batches, noise and measurements, and the
 * checkpoints. Every random draw comes from {@link StepRandom} at the step's counter, so the runs of
 * one experiment start from the same networks and see the same images and noise, and a run restored
 * from a {@link ImageCheckpoint} continues exactly as if it had never stopped.
 */
public final class ImageTrainer {
  /** The workspace every image run's steps use (see the constructor). */
  private static final String WORKSPACE = "wganlab-image-steps";
  private static final DataType TYPE = DataType.FLOAT;
  private final ImageExperiment experiment;
  private final ImageBatches batches;
  private final ImageMeasurements measurements;
  private final Critic critic;
  private final Generator generator;
  private final RunSteps<ImageMetricsRow> steps;

  /** Run {@code index} of {@code experiment}, training on {@code batches}, measured on the test set. */
  public ImageTrainer(ImageExperiment experiment, int index, ImageBatches batches,
      ImageMeasurements measurements) {
    this.experiment = experiment;
    this.batches = batches;
    this.measurements = measurements;
    Rng init = new Rng(experiment.seed());
    critic = experiment.network().critic(experiment, TYPE, init.split());
    generator = experiment.network().generator(experiment, TYPE, init.split());
    // One workspace for every run: runs side by side train one after another on the same thread, so
    // they can take turns with one block. It is sized by the largest step (a few hundred MB at the
    // paper's networks); one per run held three such blocks with three runs.
    steps = new RunSteps<>(new Images(), critic, generator, experiment.runs().get(index),
        experiment.batch(), experiment.criticIters(), WORKSPACE);
  }

  /**
   * The image family: images and noise from counter-based streams, measured against the
   * experiment's fixed yardsticks; every array stays on the backend.
   */
  private final class Images implements RunFamily<ImageMetricsRow> {
    @Override
    public INDArray realBatch(long step, int n) {
      return batches.batch(step, n);
    }

    @Override
    public INDArray fakeBatch(long step, int n) {
      return generator.generate(noise(StepRandom.Stream.CRITIC_NOISE, step, n));
    }

    @Override
    public INDArray generatorNoise(int iteration, int n) {
      return noise(StepRandom.Stream.GENERATOR_NOISE, iteration, n);
    }

    @Override
    public Rng penaltyRandom(long step) {
      return StepRandom.at(experiment.seed(), StepRandom.Stream.PENALTY, step);
    }

    @Override
    public boolean rowDue(int iteration) {
      return iteration % experiment.logEvery() == 0 || iteration == experiment.iterations()
          || isEvaluationDue(experiment, iteration);
    }

    @Override
    public ImageMetricsRow measure(int iteration, RunSteps<ImageMetricsRow> run) {
      ImageMeasurements.CriticReading reading = measurements.read(critic, generator);
      double seconds = run.trainingNanos() / 1e9;
      double imagesPerSecond = (double) run.criticSteps() * experiment.batch() / seconds;
      return new ImageMetricsRow(iteration, reading.wassersteinEstimate(), run.criticLoss(),
          run.generatorLoss(), run.penalty(), reading.gradNormMedian(), reading.gradNormP90(),
          imagesPerSecond, seconds, ImageMetricsRow.Quality.NONE);
    }

    @Override
    public String heldOutData() {
      return "held-out images";
    }
  }

  /** The run's method and optimiser. */
  public RunConfig run() {
    return steps.run();
  }

  /**
   * From the next step on, trains under {@code next} (a method of the same kind, a learning rate; the
   * optimisers keep their moments) with {@code criticIters} critic steps an iteration.
   */
  public void reconfigure(RunConfig next, int criticIters) {
    steps.reconfigure(next, criticIters);
  }

  /** Generator iterations done. */
  public int iteration() {
    return steps.iteration();
  }

  /** Whether a loss became NaN or infinite; the run then stops. */
  public boolean diverged() {
    return steps.diverged();
  }

  /** Why the run diverged, or empty. */
  public String problem() {
    return steps.problem();
  }

  /** The logged rows so far, immutable. */
  public List<ImageMetricsRow> rows() {
    return steps.rows();
  }

  /** Whether a row was logged at {@code at}, the iteration just done. */
  public boolean loggedAt(int at) {
    ImageMetricsRow last = steps.lastRow();
    return iteration() == at && last != null && last.iteration() == at;
  }

  /** One iteration: n_critic critic steps, then a generator step; a metrics row when one is due. */
  public void iterate() {
    iterate(() -> false);
  }

  /**
   * One iteration as {@link #iterate()}, unless {@code stop} turns true before one of its steps: then
   * it returns false at once. Steps already taken stay in the networks, and a run stopped inside an
   * iteration ({@link #stoppedInsideIteration()}) can no longer be checkpointed, since a checkpoint
   * holds whole iterations only (a resumed run must log what an uninterrupted one logs).
   */
  public boolean iterate(BooleanSupplier stop) {
    return steps.iterate(stop);
  }

  /** Whether a stop came between the steps of an iteration, so that its networks hold part of one. */
  public boolean stoppedInsideIteration() {
    return steps.stepsIntoIteration() > 0;
  }

  /** Whether the quality metric is due at {@code iteration} (it always is at the last one). */
  public static boolean isEvaluationDue(ImageExperiment experiment, int iteration) {
    return iteration == experiment.iterations()
        || (experiment.evalEvery() > 0 && iteration % experiment.evalEvery() == 0);
  }

  /** One critic step: Wasserstein loss, penalty, optimiser step, constraint. */
  public void criticStep() {
    steps.criticStep();
  }

  /** One generator step: minimise -E[D(G(z))] through the critic's input gradient. */
  public void generatorStep() {
    steps.generatorStep();
  }

  /** {@code n} rows of standard normal noise for step {@code step} of {@code stream}. */
  private INDArray noise(StepRandom.Stream stream, long step, int n) {
    return ImageMeasurements.gaussian(StepRandom.at(experiment.seed(), stream, step), n,
        experiment.noiseDim(), TYPE);
  }

  /** Adds quality scores to the last row (it must be this iteration's). */
  public void scoreLastRow(ImageMetricsRow.Quality quality) {
    ImageMetricsRow last = steps.lastRow();
    if (last == null || last.iteration() != iteration()) {
      throw new IllegalStateException("no row was logged at iteration " + iteration());
    }
    steps.replaceLastRow(last.withQuality(quality));
  }

  /**
   * {@code body} in the step workspace of the image runs, on the training thread: for readings
   * between iterations, whose arrays are all released when it returns (the result must be plain
   * Java data).
   */
  public <T> T inStep(Supplier<T> body) {
    return steps.inStep(body);
  }

  /** {@code count} generated images from the measurement noise, as host pixels (NCHW rows). */
  public float[] generateImages(int count) {
    return steps.inStep(() -> {
      float[] pixels = new float[Math.toIntExact((long) count * generator.outputDim())];
      int done = 0;
      while (done < count) {
        int n = Math.min(experiment.batch(), count - done);
        float[] part = pixels(generator, measurements.fixedNoise(done, n));
        System.arraycopy(part, 0, pixels, done * generator.outputDim(), part.length);
        done += n;
      }
      return pixels;
    });
  }

  /**
   * The generator's images of the noise rows {@code noise} (n x noise size, row-major), as host
   * pixels; a forward pass only, so the run's networks, optimisers and random streams are untouched.
   */
  public float[] generateFrom(float[] noise) {
    return steps.inStep(() -> pixels(generator, LatentNoise.onBackend(noise, experiment)));
  }

  /** {@code generator}'s images of {@code noise}, as host pixels (NCHW rows). */
  static float[] pixels(Generator generator, INDArray noise) {
    INDArray images = generator.generate(noise);
    return images.reshape(images.length()).toFloatVector();
  }

  /** The state to resume from: that of the last whole iteration. */
  public ImageCheckpoint checkpoint() {
    if (stoppedInsideIteration()) {
      throw new IllegalStateException("run stopped inside iteration " + (iteration() + 1)
          + ": a checkpoint holds whole iterations only");
    }
    RunProgress at = steps.progress();
    return new ImageCheckpoint(at.iteration(), at.criticSteps(), at.trainingNanos(),
        critic.parameters().toFloatVector(), generator.parameters().toFloatVector(),
        steps.criticOptimizer().stateValues(), steps.criticOptimizer().steps(),
        steps.generatorOptimizer().stateValues(), steps.generatorOptimizer().steps(),
        at.criticLoss(), at.generatorLoss(), at.penalty(), rows());
  }

  /**
   * Copies the critic's parameters into {@code target}, a critic of this run's shape, on the backend:
   * what the views' readings need between iterations, without the host copies of both networks,
   * both optimisers and the log that {@link #checkpoint()} makes.
   */
  public void copyCriticInto(Critic target) {
    target.parameters().assign(critic.parameters());
  }

  /**
   * Puts this freshly made trainer into the state of {@code saved}, taken from the same run.
   *
   * @throws IllegalArgumentException when the checkpoint's networks or optimisers do not fit this
   *     run's; the trainer is then unusable
   */
  public void restore(ImageCheckpoint saved) {
    new NetworkState(saved.critic(), saved.criticOptimizer(), saved.criticOptimizerSteps())
        .restoreInto(critic, steps.criticOptimizer(), "critic");
    new NetworkState(saved.generator(), saved.generatorOptimizer(), saved.generatorOptimizerSteps())
        .restoreInto(generator, steps.generatorOptimizer(), "generator");
    steps.resumeAt(new RunProgress(saved.iteration(), saved.criticSteps(), saved.trainingNanos(),
        saved.criticLoss(), saved.generatorLoss(), saved.penalty()), saved.rows());
  }
}
