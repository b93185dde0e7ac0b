package org.wganlab.train;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.method.LipschitzMethod;
import org.wganlab.method.PenaltyTerm;
import org.wganlab.nn.Critic;
import org.wganlab.nn.Generator;
import org.wganlab.nn.Optimizer;
import org.wganlab.nn.Workspaces;

/**
 * How one iteration trains, for every network family: n_critic critic steps (Wasserstein loss, the
 * Lipschitz method's penalty, the optimiser's step, the method's constraint), then one generator step
 * through the critic's input gradient; a stop request is honoured between steps, never inside one; a
 * loss or held-out estimate that is not finite ends the run with its cause; a row is logged when the
 * family says one is due. The family ({@link RunFamily}) supplies batches, noise and measurements;
 * the networks, the method, the optimisers, the counters and the log live here.
 *
 * <p>No threads, no locks: the run's training thread calls it, and each step runs in the run's own
 * workspace.
 *
 * @param <R> the family's metrics row
 */
public final class RunSteps<R extends LoggedRow> {
  private final RunFamily<R> family;
  private final Critic critic;
  private final Generator generator;
  private final int batch;
  private final String workspace;
  private final WassersteinLoss wassersteinLoss;
  private final RunLog<R> log = new RunLog<>();
  private RunConfig run;
  private int criticIters;
  private LipschitzMethod method;
  private Optimizer criticOptimizer;
  private Optimizer generatorOptimizer;
  private int iteration;
  private long criticSteps;
  private int stepsIntoIteration;
  private double criticLoss = Double.NaN;
  private double generatorLoss = Double.NaN;
  private double penalty;
  private long trainingNanos;

  /**
   * A run of {@code critic} and {@code generator} (null: a fixed generator, critic steps only) under
   * {@code run}'s method and optimiser, {@code batch} samples a side and {@code criticIters} critic
   * steps an iteration, stepping in workspace {@code workspace} (one no other live run of the thread
   * uses).
   */
  public RunSteps(RunFamily<R> family, Critic critic, Generator generator, RunConfig run, int batch,
      int criticIters, String workspace) {
    this.family = family;
    this.critic = critic;
    this.generator = generator;
    this.run = run;
    this.batch = batch;
    this.criticIters = criticIters;
    this.workspace = workspace;
    this.wassersteinLoss = new WassersteinLoss(critic.dataType());
    method = run.method().create();
    criticOptimizer = new Optimizer(critic, run.optimizer());
    generatorOptimizer = generator == null ? null : new Optimizer(generator, run.optimizer());
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

  /**
   * One iteration, unless {@code stop} turns true before one of its steps: then it ends there and
   * returns false, the networks holding the steps already taken (see {@link #stepsIntoIteration()}).
   * A whole iteration logs a row when one is due; the held-out estimate is read before the iteration
   * counts, so networks that give a NaN estimate have diverged too.
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
    if (!diverged() && family.rowDue(next)) {
      R row = inStep(() -> family.measure(next, this));
      log.checkFinite("Wasserstein estimate", row.wassersteinEstimate(), next, family.heldOutData());
      if (!diverged()) {
        log.add(row, critic, generator);
      }
    }
    if (!diverged()) {
      iteration = next;
      family.iterationDone(iteration);
    }
    return true;
  }

  /** One critic step: Wasserstein loss, penalty, optimiser step, constraint; none once diverged. */
  public void criticStep() {
    if (diverged()) {
      return;
    }
    long start = System.nanoTime();
    long step = criticSteps;
    criticLoss = inStep(() -> {
      INDArray real = family.realBatch(step, batch);
      INDArray fake = family.fakeBatch(step, batch);
      critic.zeroGradient();
      INDArray weights = wassersteinLoss.weightsPerRow(batch);
      INDArray d = critic.accumulateValueGradient(Nd4j.concat(0, fake, real), weights);
      double loss = family.wassersteinLoss(d, weights, batch);
      PenaltyTerm term = method.addPenalty(critic, real, fake, family.penaltyRandom(step));
      penalty = term.value();
      family.penaltyTaken(term);
      criticOptimizer.step();
      method.afterCriticStep(critic);
      return loss + term.value();
    });
    trainingNanos += System.nanoTime() - start;
    criticSteps++;
    log.checkFinite("critic loss", criticLoss, iteration + 1, "critic step " + criticSteps);
  }

  /**
   * One generator step, minimising -E[D(G(z))] through the critic's input gradient; none once
   * diverged or with a fixed generator.
   */
  public void generatorStep() {
    if (diverged() || generator == null) {
      return;
    }
    long start = System.nanoTime();
    generatorLoss = inStep(() -> {
      generator.zeroGradient();
      double[] loss = new double[1];
      // dL_G/dG(z) = -grad_x D / n: the critic's input gradient is the generator's training signal.
      generator.accumulateGradient(family.generatorNoise(iteration, batch), fake -> {
        Critic.Readout readout = critic.readout(fake);
        loss[0] = -readout.values().meanNumber().doubleValue();
        return readout.inputGradients().muli(-1.0 / batch);
      });
      generatorOptimizer.step();
      return loss[0];
    });
    trainingNanos += System.nanoTime() - start;
    log.checkFinite("generator loss", generatorLoss, iteration + 1, "generator step");
  }

  /** {@code body} in the run's step workspace, on the calling thread (which must own the run). */
  public <T> T inStep(Supplier<T> body) {
    return Workspaces.inStep(workspace, body);
  }

  /** The run's current method and optimiser. */
  public RunConfig run() {
    return run;
  }

  /** Generator iterations done. */
  public int iteration() {
    return iteration;
  }

  /** Critic steps taken so far, over all iterations. */
  public long criticSteps() {
    return criticSteps;
  }

  /** Critic steps taken of an iteration that a stop left unfinished (0 after a whole one). */
  public int stepsIntoIteration() {
    return stepsIntoIteration;
  }

  /** The last critic loss, penalty included (NaN before the first step). */
  public double criticLoss() {
    return criticLoss;
  }

  /** The last generator loss (NaN before the first step, and always with a fixed generator). */
  public double generatorLoss() {
    return generatorLoss;
  }

  /** The last penalty term. */
  public double penalty() {
    return penalty;
  }

  /** Wall time spent in training steps, measurements excluded. */
  public long trainingNanos() {
    return trainingNanos;
  }

  /** The critic's optimiser. */
  public Optimizer criticOptimizer() {
    return criticOptimizer;
  }

  /** The generator's optimiser, or null with a fixed generator. */
  public Optimizer generatorOptimizer() {
    return generatorOptimizer;
  }

  /** Whether a loss or the held-out estimate became NaN or infinite; the run then stops. */
  public boolean diverged() {
    return log.diverged();
  }

  /** Why the run diverged, or empty. */
  public String problem() {
    return log.problem();
  }

  /** The logged rows so far, immutable. */
  public List<R> rows() {
    return log.rows();
  }

  /** The last logged row, or null before the first. */
  public R lastRow() {
    return log.last();
  }

  /** Replaces the last row by {@code row}, the same iteration's with more measurements. */
  public void replaceLastRow(R row) {
    log.replaceLast(row);
  }

  /**
   * Puts the counters, losses and rows of a saved or copied run in place (its networks and
   * optimisers are restored by the caller), so that training goes on from there.
   */
  public void resumeAt(RunProgress saved, List<R> savedRows) {
    iteration = saved.iteration();
    criticSteps = saved.criticSteps();
    trainingNanos = saved.trainingNanos();
    criticLoss = saved.criticLoss();
    generatorLoss = saved.generatorLoss();
    penalty = saved.penalty();
    log.restore(savedRows);
  }

  /**
   * Puts a saved run back exactly as it stood, as {@link #resumeAt} does and further: an iteration a
   * stop left unfinished, the divergence it had, and the Lipschitz method's own state.
   */
  void restoreSaved(RunProgress saved, int savedStepsIntoIteration, List<R> savedRows,
      String savedProblem, float[] methodState) {
    resumeAt(saved, savedRows);
    stepsIntoIteration = savedStepsIntoIteration;
    log.restoreProblem(savedProblem);
    method.restore(methodState);
  }

  /** The Lipschitz method's own state (empty for a method that keeps none). */
  float[] methodState() {
    return method.state();
  }

  /** The counters and losses {@link #resumeAt} takes, as they are now. */
  public RunProgress progress() {
    return new RunProgress(iteration, criticSteps, trainingNanos, criticLoss, generatorLoss, penalty);
  }

  /** From now on keeps the networks of every logged row (in one copy), the last good state. */
  void keepLastGoodState() {
    log.keepLastGoodState(critic, generator, iteration);
  }

  /** The last good state, or null when none is kept. */
  LastGoodState lastGoodState() {
    return log.lastGoodState();
  }
}
