package org.wganlab.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.Rng;
import org.wganlab.method.LipschitzMethod;
import org.wganlab.method.PenaltyTerm;
import org.wganlab.nn.Critic;
import org.wganlab.nn.Generator;
import org.wganlab.nn.Optimizer;
import org.wganlab.nn.Workspaces;
import org.wganlab.train.RunConfig;

/**
 * Trains one image run (a critic and a generator of the experiment's kind under one Lipschitz method)
 * step by step on the calling thread. Every random draw comes from {@link StepRandom} at the step's counter, so the
 * runs of one experiment start from the same networks and see the same images and noise, and a run
 * restored from a {@link ImageCheckpoint} continues exactly as if it had never stopped.
 */
public final class ImageTrainer {
  private static final DataType TYPE = DataType.FLOAT;
  private final ImageExperiment experiment;
  private final RunConfig run;
  private final ImageBatches batches;
  private final ImageMeasurements measurements;
  private final Critic critic;
  private final Generator generator;
  private final LipschitzMethod method;
  private final Optimizer criticOptimizer;
  private final Optimizer generatorOptimizer;
  private final String workspace;
  private final List<ImageMetricsRow> rows = new ArrayList<>();
  private INDArray lossWeights;
  private int iteration;
  private long criticSteps;
  private int stepsIntoIteration;
  private double criticLoss = Double.NaN;
  private double generatorLoss = Double.NaN;
  private double penalty;
  private long trainingNanos;
  private String problem = "";

  /** Run {@code index} of {@code experiment}, training on {@code batches}, measured on the test set. */
  public ImageTrainer(ImageExperiment experiment, int index, ImageBatches batches,
      ImageMeasurements measurements) {
    this.experiment = experiment;
    this.run = experiment.runs().get(index);
    this.batches = batches;
    this.measurements = measurements;
    Rng init = new Rng(experiment.seed());
    critic = experiment.network().critic(experiment, TYPE, init.split());
    generator = experiment.network().generator(experiment, TYPE, init.split());
    method = run.method().create();
    criticOptimizer = new Optimizer(critic, run.optimizer());
    generatorOptimizer = new Optimizer(generator, run.optimizer());
    workspace = "wganlab-image-run-" + index;
  }

  /** The run's method and optimiser. */
  public RunConfig run() {
    return run;
  }

  /** Generator iterations done. */
  public int iteration() {
    return iteration;
  }

  /** Whether a loss became NaN or infinite; the run then stops. */
  public boolean diverged() {
    return !problem.isEmpty();
  }

  /** Why the run diverged, or empty. */
  public String problem() {
    return problem;
  }

  /** The logged rows so far, a read-only view (the run writers read it after every logged row). */
  public List<ImageMetricsRow> rows() {
    return Collections.unmodifiableList(rows);
  }

  /** Whether a row was logged at {@code at}, the iteration just done. */
  public boolean loggedAt(int at) {
    return iteration == at && !rows.isEmpty() && rows.get(rows.size() - 1).iteration() == at;
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
    for (int k = 0; k < experiment.criticIters() && !diverged(); k++) {
      if (stop.getAsBoolean()) {
        return false;
      }
      criticStep();
      stepsIntoIteration++;
    }
    if (!diverged()) {
      if (stop.getAsBoolean()) {
        return false;
      }
      generatorStep();
    }
    stepsIntoIteration = 0;
    int next = iteration + 1;
    if (!diverged() && (next % experiment.logEvery() == 0 || next == experiment.iterations()
        || isEvaluationDue(experiment, next))) {
      // Measured before the iteration counts: networks that give a NaN estimate have diverged too.
      ImageMetricsRow row = measure(next);
      checkFinite("Wasserstein estimate", row.wassersteinEstimate(), "held-out images");
      if (!diverged()) {
        rows.add(row);
      }
    }
    if (!diverged()) {
      iteration = next;
    }
    return true;
  }

  /** Whether a stop came between the steps of an iteration, so that its networks hold part of one. */
  public boolean stoppedInsideIteration() {
    return stepsIntoIteration > 0;
  }

  /** Whether the quality metric is due at {@code iteration} (it always is at the last one). */
  public static boolean isEvaluationDue(ImageExperiment experiment, int iteration) {
    return iteration == experiment.iterations()
        || (experiment.evalEvery() > 0 && iteration % experiment.evalEvery() == 0);
  }

  /** One critic step: Wasserstein loss, penalty, optimiser step, constraint. */
  public void criticStep() {
    long start = System.nanoTime();
    long step = criticSteps;
    criticLoss = Workspaces.inStep(workspace, () -> {
      int n = experiment.batch();
      INDArray real = batches.batch(step, n);
      INDArray fake = generator.generate(noise(StepRandom.Stream.CRITIC_NOISE, step, n));
      critic.zeroGradient();
      INDArray d = critic.accumulateValueGradient(Nd4j.concat(0, fake, real), lossWeights(n));
      // E[D(fake)] - E[D(real)] is the loss weights' dot product with D: one number leaves.
      double wasserstein = d.mul(lossWeights(n)).sumNumber().doubleValue();
      PenaltyTerm term = method.addPenalty(critic, real, fake,
          StepRandom.at(experiment.seed(), StepRandom.Stream.PENALTY, step));
      penalty = term.value();
      criticOptimizer.step();
      method.afterCriticStep(critic);
      return wasserstein + term.value();
    });
    criticSteps++;
    trainingNanos += System.nanoTime() - start;
    checkFinite("critic loss", criticLoss, "critic step " + criticSteps);
  }

  /** One generator step: minimise -E[D(G(z))] through the critic's input gradient. */
  public void generatorStep() {
    long start = System.nanoTime();
    generatorLoss = Workspaces.inStep(workspace, () -> {
      int n = experiment.batch();
      generator.zeroGradient();
      double[] loss = new double[1];
      // dL_G/dG(z) = -grad_x D / n: the critic's input gradient is the generator's training signal.
      generator.accumulateGradient(noise(StepRandom.Stream.GENERATOR_NOISE, iteration, n), fake -> {
        Critic.Readout readout = critic.readout(fake);
        loss[0] = -readout.values().meanNumber().doubleValue();
        return readout.inputGradients().muli(-1.0 / n);
      });
      generatorOptimizer.step();
      return loss[0];
    });
    trainingNanos += System.nanoTime() - start;
    checkFinite("generator loss", generatorLoss, "generator step");
  }

  /** {@code n} rows of standard normal noise for step {@code step} of {@code stream}. */
  private INDArray noise(StepRandom.Stream stream, long step, int n) {
    return ImageMeasurements.gaussian(StepRandom.at(experiment.seed(), stream, step), n,
        experiment.noiseDim(), TYPE);
  }

  /** {@code +1/n} for the n fake rows, then {@code -1/n} for the n real rows; made once. */
  private INDArray lossWeights(int n) {
    if (lossWeights == null) {
      double[] w = new double[2 * n];
      Arrays.fill(w, 0, n, 1.0 / n);
      Arrays.fill(w, n, 2 * n, -1.0 / n);
      lossWeights = Workspaces.outside(() -> Nd4j.create(w, new long[] {2 * n, 1}, TYPE));
    }
    return lossWeights;
  }

  private void checkFinite(String what, double value, String where) {
    if (!Double.isFinite(value) && !diverged()) {
      problem = what + " became " + (Double.isNaN(value) ? "NaN" : "infinite") + " at iteration "
          + (iteration + 1) + " (" + where + ")";
    }
  }

  private ImageMetricsRow measure(int at) {
    ImageMeasurements.CriticReading reading = Workspaces.inStep(workspace,
        () -> measurements.read(critic, generator));
    double seconds = trainingNanos / 1e9;
    double imagesPerSecond = (double) criticSteps * experiment.batch() / seconds;
    return new ImageMetricsRow(at, reading.wassersteinEstimate(), criticLoss, generatorLoss,
        penalty, reading.gradNormMedian(), reading.gradNormP90(), imagesPerSecond, seconds,
        ImageMetricsRow.Quality.NONE);
  }

  /** Adds quality scores to the last row (it must be this iteration's). */
  public void scoreLastRow(ImageMetricsRow.Quality quality) {
    ImageMetricsRow last = rows.get(rows.size() - 1);
    if (last.iteration() != iteration) {
      throw new IllegalStateException("no row was logged at iteration " + iteration);
    }
    rows.set(rows.size() - 1, last.withQuality(quality));
  }

  /** {@code count} generated images from the measurement noise, as host pixels (NCHW rows). */
  public float[] generateImages(int count) {
    return Workspaces.inStep(workspace, () -> {
      float[] pixels = new float[Math.toIntExact((long) count * generator.outputDim())];
      int done = 0;
      while (done < count) {
        int n = Math.min(experiment.batch(), count - done);
        INDArray images = generator.generate(measurements.fixedNoise(done, n));
        float[] part = images.reshape(images.length()).toFloatVector();
        System.arraycopy(part, 0, pixels, done * generator.outputDim(), part.length);
        done += n;
      }
      return pixels;
    });
  }

  /** The state to resume from: that of the last whole iteration. */
  public ImageCheckpoint checkpoint() {
    if (stoppedInsideIteration()) {
      throw new IllegalStateException("run stopped inside iteration " + (iteration + 1)
          + ": a checkpoint holds whole iterations only");
    }
    return new ImageCheckpoint(iteration, criticSteps, trainingNanos,
        critic.parameters().toFloatVector(), generator.parameters().toFloatVector(),
        criticOptimizer.stateValues(), criticOptimizer.steps(), generatorOptimizer.stateValues(),
        generatorOptimizer.steps(), criticLoss, generatorLoss, penalty, rows);
  }

  /** Puts this freshly made trainer into the state of {@code saved}, taken from the same run. */
  public void restore(ImageCheckpoint saved) {
    if (saved.critic().length != critic.parameters().length()
        || saved.generator().length != generator.parameters().length()) {
      throw new IllegalArgumentException("the checkpoint's networks have " + saved.critic().length
          + " and " + saved.generator().length + " parameters, this run's " + critic.parameters()
          .length() + " and " + generator.parameters().length());
    }
    critic.parameters().assign(Nd4j.create(saved.critic(), new long[] {1, saved.critic().length}, 'c'));
    generator.parameters().assign(
        Nd4j.create(saved.generator(), new long[] {1, saved.generator().length}, 'c'));
    criticOptimizer.restore(saved.criticOptimizer(), saved.criticOptimizerSteps());
    generatorOptimizer.restore(saved.generatorOptimizer(), saved.generatorOptimizerSteps());
    iteration = saved.iteration();
    criticSteps = saved.criticSteps();
    trainingNanos = saved.trainingNanos();
    criticLoss = saved.criticLoss();
    generatorLoss = saved.generatorLoss();
    penalty = saved.penalty();
    rows.clear();
    rows.addAll(saved.rows());
  }
}
