package org.wganlab.train;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.wganlab.data.Dataset;
import org.wganlab.data.Rng;
import org.wganlab.method.PenaltyTerm;
import org.wganlab.metrics.CriticProbe;
import org.wganlab.metrics.ModeWindow;
import org.wganlab.nn.HostArrays;
import org.wganlab.nn.Mlp;
import org.wganlab.nn.NetworkState;
import org.wganlab.nn.Workspaces;

/**
 * Trains one toy run: a critic, a generator (unless the generator is fixed) and a Lipschitz method,
 * step by step, on the calling thread, through {@link RunSteps} (how an iteration trains, the same for
 * the image family); this class supplies the toy family's points and measurements. No threads, no
 * locks: whoever owns a trainer calls it from one thread.
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
  private final RunEvaluator evaluator;
  private final RunSteps<MetricsRow> steps;
  private double[] penaltyPoints = new double[0];
  private double[] penaltyNorms = new double[0];

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
    Rng root = new Rng(experiment.seed());
    DataType type = DataType.FLOAT;
    critic = Mlp.create(experiment.critic().toSpec(2, 1), type, root.split());
    Rng generatorInit = root.split();
    boolean gan = experiment.mode() == TrainingMode.GAN;
    generator = gan ? Mlp.create(experiment.generator().toSpec(2, 2), type, generatorInit) : null;
    long dataSeed = experiment.seed();
    training = new Batches(dataset.open(dataSeed), dataset.open(dataSeed + 1), root.split(), generator,
        experiment.fixedSigma(), type);
    measuring = new Batches(dataset.open(dataSeed + 2), dataset.open(dataSeed + 3),
        root.split(), generator, experiment.fixedSigma(), type);
    penaltyRng = root.split();
    evaluator = new RunEvaluator(experiment, critic, measuring, dataset.modes().orElse(null), gan);
    steps = new RunSteps<>(new Points(), critic, generator, experiment.runs().get(index),
        experiment.batch(), experiment.criticIters(), "wganlab-run-" + slot);
  }

  /** The toy family: 2-D points drawn from streams carried along, measured on held-out points. */
  private final class Points implements RunFamily<MetricsRow> {
    @Override
    public INDArray realBatch(long step, int n) {
      return training.realBatch(n);
    }

    @Override
    public INDArray fakeBatch(long step, int n) {
      return training.fakeBatch(n);
    }

    @Override
    public INDArray generatorNoise(int iteration, int n) {
      return training.noiseBatch(n);
    }

    @Override
    public Rng penaltyRandom(long step) {
      return penaltyRng;
    }

    /** The MLP's values live in host memory: summed there in double, as the reference does. */
    @Override
    public double wassersteinLoss(INDArray values, INDArray weights, int n) {
      return WassersteinLoss.of(HostArrays.doubles(values), n);
    }

    @Override
    public boolean rowDue(int iteration) {
      return iteration % experiment.evaluation().logEvery() == 0
          || iteration == experiment.iterations();
    }

    @Override
    public MetricsRow measure(int iteration, RunSteps<MetricsRow> run) {
      return new MetricsRow(iteration, evaluator.heldOutEstimate(), run.criticLoss(),
          run.generatorLoss(), run.penalty(), run.trainingNanos() / 1e9);
    }

    @Override
    public String heldOutData() {
      return "held-out points";
    }

    @Override
    public void penaltyTaken(PenaltyTerm term) {
      if (term.points() != null) {
        penaltyPoints = HostArrays.doubles(term.points());
      }
      penaltyNorms = term.gradientNorms();
    }

    @Override
    public void iterationDone(int iteration) {
      if (ModeWindow.due(iteration)) {
        steps.inStep(() -> evaluator.countModes(iteration));
      }
    }
  }

  /** The run's current settings. */
  public RunConfig run() {
    return steps.run();
  }

  /** Generator iterations done. */
  public int iteration() {
    return steps.iteration();
  }

  /** Whether the run produced NaN or infinity. */
  public boolean diverged() {
    return steps.diverged();
  }

  /** Why the run diverged, or empty. */
  public String problem() {
    return steps.problem();
  }

  /**
   * Applies settings that change without restarting: the method's parameters (or the method itself),
   * the optimiser (a new learning rate keeps the moments) and n_critic.
   */
  public void reconfigure(RunConfig next, int nextCriticIters) {
    steps.reconfigure(next, nextCriticIters);
  }

  /** One whole iteration: n_critic critic steps, then a generator step (GAN mode). */
  public void iterate() {
    steps.iterate(() -> false);
  }

  /**
   * One iteration as {@link #iterate()}, unless {@code stop} turns true before one of its steps: then
   * it ends there and returns false, the networks holding the steps already taken (see
   * {@link #stepsIntoIteration()}). The check is one call per step, never inside one.
   */
  public boolean iterate(BooleanSupplier stop) {
    return steps.iterate(stop);
  }

  /** Critic steps taken so far, over all iterations. */
  public int criticSteps() {
    return Math.toIntExact(steps.criticSteps());
  }

  /**
   * Goes on from a copy of {@code source} (a run of the same experiment): its networks, iteration and
   * curves. The optimiser keeps its own fresh moments, so a changed method starts clean.
   */
  void continueFrom(Trainer source) {
    new LastGoodState(source.critic, source.generator, 0).restoreInto(critic, generator);
    RunProgress from = source.steps.progress();
    steps.resumeAt(new RunProgress(from.iteration(), from.criticSteps(), from.trainingNanos(),
        Double.NaN, Double.NaN, 0), source.rows());
  }

  /** The run's whole state now, to save (see {@link RunState}). */
  public RunState state() {
    RunProgress now = steps.progress();
    return Workspaces.outside(() -> new RunState(now.iteration(), Math.toIntExact(now.criticSteps()),
        steps.stepsIntoIteration(), now.trainingNanos(),
        NetworkState.of(critic, steps.criticOptimizer()),
        generator == null ? null : NetworkState.of(generator, steps.generatorOptimizer()),
        steps.methodState(), new RunState.Last(now.criticLoss(), now.generatorLoss(), now.penalty(),
            penaltyPoints.clone(), penaltyNorms.clone()), problem(), rows(),
        new RunState.Streams(training.state(), measuring.state(), penaltyRng.state()),
        evaluator.modeSamples()));
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
      saved.critic().restoreInto(critic, steps.criticOptimizer(), "critic");
      if (generator != null) {
        saved.generator().restoreInto(generator, steps.generatorOptimizer(), "generator");
      }
      return null;
    });
    training.restore(saved.streams().training());
    measuring.restore(saved.streams().measuring());
    penaltyRng = new Rng(saved.streams().penalty());
    evaluator.restoreModeSamples(saved.modeSamples());
    RunState.Last last = saved.last();
    steps.restoreSaved(new RunProgress(saved.iteration(), saved.criticSteps(),
        saved.trainingNanos(), last.criticLoss(), last.generatorLoss(), last.penalty()),
        saved.stepsIntoIteration(), saved.rows(), saved.problem(), saved.method());
    penaltyPoints = last.penaltyPoints().clone();
    penaltyNorms = last.penaltyNorms().clone();
  }

  /** Critic steps taken of an iteration that a stop left unfinished (0 after a whole one). */
  public int stepsIntoIteration() {
    return steps.stepsIntoIteration();
  }

  /** One critic step: Wasserstein loss, penalty, optimiser step, constraint. */
  public void criticStep() {
    steps.criticStep();
  }

  /** One generator step: minimise -E[D(G(z))] through the critic's input gradient. */
  public void generatorStep() {
    steps.generatorStep();
  }

  /** From now on keeps the networks of every logged row (in one copy), the last good state. */
  public void keepLastGoodState() {
    steps.keepLastGoodState();
  }

  /**
   * Measures a diverged run at its last good state: puts that copy back into its networks (which
   * cannot train on anyway) and evaluates them, without the diverging step's penalty points.
   */
  public Evaluation evaluateLastGoodState(EvaluationRequest request) {
    LastGoodState lastGood = steps.lastGoodState();
    if (!diverged() || lastGood == null) {
      throw new IllegalStateException("only a diverged run that kept its last good state has one");
    }
    lastGood.restoreInto(critic, generator);
    return steps.inStep(() -> evaluator.evaluate(lastGood.iteration(), request,
        new double[0], new double[0], run().clipBound()));
  }

  /** Measures the run now (on the calling thread, which must own the trainer). */
  public Evaluation evaluate(EvaluationRequest request) {
    return steps.inStep(() -> evaluator.evaluate(iteration(), request, penaltyPoints, penaltyNorms,
        run().clipBound()));
  }

  /**
   * D and grad_x D at the interleaved 2-D {@code points}, read now on the calling thread (which must
   * own the trainer): for measurements on chosen point sets, such as the exact W1's.
   */
  public CriticProbe.Reading readCritic(double[] points) {
    return steps.inStep(() -> CriticProbe.read(critic, points));
  }

  /** The critic's weights (not biases), copied, layer by layer. */
  public float[] criticWeights() {
    return steps.inStep(critic::weightValues);
  }

  /**
   * A snapshot of the run at {@code position} in its experiment (which changes when a run before it
   * is removed), named {@code id}, with the given status, speed and latest evaluation.
   */
  public RunSnapshot snapshot(int position, long id, RunStatus status, double iterationsPerSecond,
      Evaluation evaluation) {
    return new RunSnapshot(position, id, run(), diverged() ? RunStatus.DIVERGED : status, problem(),
        iteration(), criticSteps(), iterationsPerSecond, steps.criticLoss(), steps.generatorLoss(),
        steps.penalty(), rows(), evaluation);
  }

  /** The logged rows so far, immutable. */
  public List<MetricsRow> rows() {
    return steps.rows();
  }
}
