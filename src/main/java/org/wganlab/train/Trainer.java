package org.wganlab.train;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.Dataset;
import org.wganlab.data.Rng;
import org.wganlab.method.LipschitzMethod;
import org.wganlab.method.PenaltyTerm;
import org.wganlab.metrics.CriticProbe;
import org.wganlab.metrics.ModeWindow;
import org.wganlab.nn.Critic;
import org.wganlab.nn.HostArrays;
import org.wganlab.nn.Mlp;
import org.wganlab.nn.NetworkState;
import org.wganlab.nn.Optimizer;
import org.wganlab.nn.Workspaces;

/**
 * Trains one run: a critic, a generator (unless the generator is fixed) and a Lipschitz method, step by
 * step, on the calling thread. No threads, no locks: whoever owns a trainer calls it from one thread.
 *
 * <p>Every random stream derives from the experiment seed in a fixed order, so the same config gives
 * the same numbers, and runs of one experiment start from the same networks and see the same data.
 */
public final class Trainer {
  private final ExperimentConfig experiment;
  private final Mlp critic;
  private final Mlp generator;
  private final Batches training;
  private final Batches measuring;
  private Rng penaltyRng;
  private final String workspace;
  private final RunEvaluator evaluator;
  private RunConfig run;
  private int criticIters;
  private LipschitzMethod method;
  private Optimizer criticOptimizer;
  private Optimizer generatorOptimizer;
  private int iteration;
  private int criticSteps;
  private int stepsIntoIteration;
  private double criticLoss = Double.NaN;
  private double generatorLoss = Double.NaN;
  private double penalty;
  private double[] penaltyPoints = new double[0];
  private double[] penaltyNorms = new double[0];
  private long trainingNanos;
  private final WassersteinLoss wassersteinLoss;
  private final RunLog log = new RunLog();

  /** A run of {@code experiment} (its run number {@code index}) on {@code dataset}. */
  public Trainer(ExperimentConfig experiment, int index, Dataset dataset) {
    this(experiment, index, dataset, index);
  }

  /**
   * A run of {@code experiment} (its run number {@code index}) on {@code dataset} whose step memory is
   * workspace {@code slot}: a slot no other live trainer of the thread uses, so that a run added
   * beside running ones gets memory of its own (and one removed leaves its slot for the next).
   */
  public Trainer(ExperimentConfig experiment, int index, Dataset dataset, int slot) {
    this.experiment = experiment;
    this.run = experiment.runs().get(index);
    this.criticIters = experiment.criticIters();
    Rng root = new Rng(experiment.seed());
    DataType type = DataType.FLOAT;
    critic = Mlp.create(experiment.critic().toSpec(2, 1), type, root.split());
    wassersteinLoss = new WassersteinLoss(type);
    Rng generatorInit = root.split();
    boolean gan = experiment.mode() == TrainingMode.GAN;
    generator = gan ? Mlp.create(experiment.generator().toSpec(2, 2), type, generatorInit) : null;
    long dataSeed = experiment.seed();
    training = new Batches(dataset.open(dataSeed), dataset.open(dataSeed + 1), root.split(), generator,
        experiment.fixedSigma(), type);
    measuring = new Batches(dataset.open(dataSeed + 2), dataset.open(dataSeed + 3), root.split(),
        generator, experiment.fixedSigma(), type);
    penaltyRng = root.split();
    method = run.method().create();
    criticOptimizer = new Optimizer(critic, run.optimizer());
    generatorOptimizer = gan ? new Optimizer(generator, run.optimizer()) : null;
    workspace = "wganlab-run-" + slot;
    evaluator = new RunEvaluator(experiment, critic, measuring, dataset.modes().orElse(null), gan);
  }

  /** The run's current settings. */
  public RunConfig run() {
    return run;
  }

  /** Generator iterations done. */
  public int iteration() {
    return iteration;
  }

  /** Whether the run produced NaN or infinity. */
  public boolean diverged() {
    return log.diverged();
  }

  /** Why the run diverged, or empty. */
  public String problem() {
    return log.problem();
  }

  /**
   * Applies settings that change without restarting: the method's parameters (or the method itself),
   * the optimiser (a new learning rate keeps the moments) and n_critic.
   */
  public void reconfigure(RunConfig next, int nextCriticIters) {
    if (!next.method().equals(run.method())) {
      method = next.method().create();
    }
    criticOptimizer = criticOptimizer.withConfig(next.optimizer());
    if (generatorOptimizer != null) {
      generatorOptimizer = generatorOptimizer.withConfig(next.optimizer());
    }
    run = next;
    criticIters = nextCriticIters;
  }

  /** One whole iteration: n_critic critic steps, then a generator step (GAN mode). */
  public void iterate() {
    iterate(() -> false);
  }

  /**
   * One iteration as {@link #iterate()}, unless {@code stop} turns true before one of its steps: then
   * it ends there and returns false, the networks holding the steps already taken (see
   * {@link #stepsIntoIteration()}). The check is one call per step, never inside one.
   */
  public boolean iterate(BooleanSupplier stop) {
    for (int k = 0; k < criticIters && !diverged(); k++) {
      if (stop.getAsBoolean()) {
        return false;
      }
      criticStep();
      stepsIntoIteration++;
    }
    if (generator != null && !diverged()) {
      if (stop.getAsBoolean()) {
        return false;
      }
      generatorStep();
    }
    stepsIntoIteration = 0;
    int next = iteration + 1;
    if (!diverged() && (next % experiment.evaluation().logEvery() == 0
        || next == experiment.iterations())) {
      // Measured before the iteration counts: networks that give a NaN estimate have diverged too.
      double heldOut = Workspaces.inStep(workspace, evaluator::heldOutEstimate);
      log.checkFinite("Wasserstein estimate", heldOut, next, "held-out points");
      if (!diverged()) {
        logRow(next, heldOut);
      }
    }
    if (!diverged()) {
      iteration = next;
      if (ModeWindow.due(iteration)) {
        Workspaces.inStep(workspace, () -> evaluator.countModes(iteration));
      }
    }
    return true;
  }

  /** Critic steps taken so far, over all iterations. */
  public int criticSteps() {
    return criticSteps;
  }

  /**
   * Goes on from a copy of {@code source} (a run of the same experiment): its networks, iteration and
   * curves. The optimiser keeps its own fresh moments, so a changed method starts clean.
   */
  void continueFrom(Trainer source) {
    new LastGoodState(source.critic, source.generator, 0).restoreInto(critic, generator);
    iteration = source.iteration;
    criticSteps = source.criticSteps;
    trainingNanos = source.trainingNanos;
    log.addAll(source.log);
  }

  /** The run's whole state now, to save (see {@link RunState}). */
  public RunState state() {
    return Workspaces.outside(() -> new RunState(iteration, criticSteps, stepsIntoIteration,
        trainingNanos, NetworkState.of(critic, criticOptimizer), generator == null ? null
            : NetworkState.of(generator, generatorOptimizer), method.state(),
        new RunState.Last(criticLoss, generatorLoss, penalty, penaltyPoints.clone(),
            penaltyNorms.clone()), problem(), rows(), new RunState.Streams(training.state(),
            measuring.state(), penaltyRng.state()), evaluator.modeSamples()));
  }

  /**
   * Puts this freshly made trainer of the same config and run into {@code saved}.
   *
   * @throws IllegalArgumentException when the state does not fit this run (other networks, another
   *     data set or seed, another method); the trainer is then unusable
   */
  public void restore(RunState saved) {
    if ((saved.generator() == null) != (generator == null)) {
      throw new IllegalArgumentException("the saved run " + (generator == null ? "has" : "has no")
          + " generator; this one " + (generator == null ? "has none" : "has one"));
    }
    Workspaces.outside(() -> {
      saved.critic().restoreInto(critic, criticOptimizer, "critic");
      if (generator != null) {
        saved.generator().restoreInto(generator, generatorOptimizer, "generator");
      }
      return null;
    });
    method.restore(saved.method());
    training.restore(saved.streams().training());
    measuring.restore(saved.streams().measuring());
    penaltyRng = new Rng(saved.streams().penalty());
    evaluator.restoreModeSamples(saved.modeSamples());
    iteration = saved.iteration();
    criticSteps = saved.criticSteps();
    stepsIntoIteration = saved.stepsIntoIteration();
    trainingNanos = saved.trainingNanos();
    criticLoss = saved.last().criticLoss();
    generatorLoss = saved.last().generatorLoss();
    penalty = saved.last().penalty();
    penaltyPoints = saved.last().penaltyPoints().clone();
    penaltyNorms = saved.last().penaltyNorms().clone();
    log.restore(saved.rows(), saved.problem());
  }

  /** Critic steps taken of an iteration that a stop left unfinished (0 after a whole one). */
  public int stepsIntoIteration() {
    return stepsIntoIteration;
  }

  /** One critic step: Wasserstein loss, penalty, optimiser step, constraint. */
  public void criticStep() {
    if (diverged()) {
      return;
    }
    long start = System.nanoTime();
    Workspaces.inStep(workspace, () -> {
      int n = experiment.batch();
      INDArray real = training.realBatch(n);
      INDArray fake = training.fakeBatch(n);
      critic.zeroGradient();
      INDArray d = critic.accumulateValueGradient(Nd4j.concat(0, fake, real),
          wassersteinLoss.weightsPerRow(n));
      double loss = WassersteinLoss.of(HostArrays.doubles(d), n);
      PenaltyTerm term = method.addPenalty(critic, real, fake, penaltyRng);
      penalty = term.value();
      criticLoss = loss + term.value();
      if (term.points() != null) {
        penaltyPoints = HostArrays.doubles(term.points());
      }
      penaltyNorms = term.gradientNorms();
      criticOptimizer.step();
      method.afterCriticStep(critic);
      return null;
    });
    trainingNanos += System.nanoTime() - start;
    criticSteps++;
    log.checkFinite("critic loss", criticLoss, iteration + 1, "critic step " + criticSteps);
  }

  /** One generator step: minimise -E[D(G(z))] through the critic's input gradient. */
  public void generatorStep() {
    if (diverged() || generator == null) {
      return;
    }
    long start = System.nanoTime();
    Workspaces.inStep(workspace, () -> {
      int n = experiment.batch();
      generator.zeroGradient();
      double[] loss = new double[1];
      // dL_G/dG(z) = -grad_x D / n: the critic's input gradient is the generator's training signal.
      generator.accumulateGradient(training.noiseBatch(n), fake -> {
        Critic.Readout readout = critic.readout(fake);
        loss[0] = -readout.values().meanNumber().doubleValue();
        return readout.inputGradients().muli(-1.0 / n);
      });
      generatorLoss = loss[0];
      generatorOptimizer.step();
      return null;
    });
    trainingNanos += System.nanoTime() - start;
    log.checkFinite("generator loss", generatorLoss, iteration + 1, "generator step");
  }

  private void logRow(int at, double heldOut) {
    log.add(new MetricsRow(at, heldOut, criticLoss, generatorLoss, penalty, trainingNanos / 1e9),
        critic, generator);
  }

  /** From now on keeps the networks of every logged row (in one copy), the last good state. */
  public void keepLastGoodState() {
    log.keepLastGoodState(critic, generator, iteration);
  }

  /**
   * Measures a diverged run at its last good state: puts that copy back into its networks (which
   * cannot train on anyway) and evaluates them, without the diverging step's penalty points.
   */
  public Evaluation evaluateLastGoodState(EvaluationRequest request) {
    LastGoodState lastGood = log.lastGoodState();
    if (!diverged() || lastGood == null) {
      throw new IllegalStateException("only a diverged run that kept its last good state has one");
    }
    lastGood.restoreInto(critic, generator);
    return Workspaces.inStep(workspace, () -> evaluator.evaluate(lastGood.iteration(), request,
        new double[0], new double[0], run.clipBound()));
  }

  /** Measures the run now (on the calling thread, which must own the trainer). */
  public Evaluation evaluate(EvaluationRequest request) {
    return Workspaces.inStep(workspace,
        () -> evaluator.evaluate(iteration, request, penaltyPoints, penaltyNorms, run.clipBound()));
  }

  /**
   * D and grad_x D at the interleaved 2-D {@code points}, read now on the calling thread (which must
   * own the trainer): for measurements on chosen point sets, such as the exact W1's.
   */
  public CriticProbe.Reading readCritic(double[] points) {
    return Workspaces.inStep(workspace, () -> CriticProbe.read(critic, points));
  }

  /** The critic's weights (not biases), copied, layer by layer. */
  public float[] criticWeights() {
    return Workspaces.inStep(workspace, critic::weightValues);
  }

  /**
   * A snapshot of the run at {@code position} in its experiment (which changes when a run before it
   * is removed), named {@code id}, with the given status, speed and latest evaluation.
   */
  public RunSnapshot snapshot(int position, long id, RunStatus status, double iterationsPerSecond,
      Evaluation evaluation) {
    return new RunSnapshot(position, id, run, diverged() ? RunStatus.DIVERGED : status, problem(),
        iteration, criticSteps, iterationsPerSecond, criticLoss, generatorLoss, penalty, rows(), evaluation);
  }

  /** The logged rows so far, immutable. */
  public List<MetricsRow> rows() {
    return log.rows();
  }
}
