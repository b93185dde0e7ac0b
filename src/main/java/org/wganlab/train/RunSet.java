package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.data.Dataset;

/**
 * The trainers of one session with each one's latest measurement and speed: adding, removing and
 * measuring runs, and training one round. It decides nothing; {@link TrainingSession} does.
 */
final class RunSet {
  private static final long SPEED_WINDOW_NANOS = 1_000_000_000L;

  private final long evaluationNanos;
  private final List<Trainer> trainers = new ArrayList<>();
  private final List<Evaluation> evaluations = new ArrayList<>();
  private final List<Long> evaluatedAt = new ArrayList<>();
  private final List<Long> ids = new ArrayList<>();
  /** Each run's workspace slot: a run added later takes the lowest one free. */
  private final List<Integer> slots = new ArrayList<>();
  private long nextId;
  private final SpeedMeter speed = new SpeedMeter(SPEED_WINDOW_NANOS);

  /** Runs of {@code config} on {@code dataset}, measured once. */
  RunSet(ExperimentConfig config, Dataset dataset, long evaluationNanos) {
    this.evaluationNanos = evaluationNanos;
    for (int i = 0; i < config.runs().size(); i++) {
      trainers.add(new Trainer(config, i, dataset));
      ids.add(nextId++);
      slots.add(i);
    }
    speed.reset(trainers.size());
    evaluateAll(EvaluationRequest.LIVE, System.nanoTime());
  }

  int size() {
    return trainers.size();
  }

  Trainer trainer(int index) {
    return trainers.get(index);
  }

  /** Adds the last run of {@code config}, from new networks or from a copy of run {@code copyOf}. */
  void add(ExperimentConfig config, Dataset dataset, int copyOf) {
    int slot = 0;
    while (slots.contains(slot)) {
      slot++;
    }
    Trainer added = new Trainer(config, config.runs().size() - 1, dataset, slot);
    if (copyOf >= 0) {
      added.continueFrom(trainers.get(copyOf));
    }
    trainers.add(added);
    ids.add(nextId++);
    slots.add(slot);
    evaluations.add(added.evaluate(EvaluationRequest.LIVE));
    evaluatedAt.add(System.nanoTime());
    speed.reset(trainers.size());
  }

  void remove(int index) {
    trainers.remove(index);
    ids.remove(index);
    slots.remove(index);
    evaluations.remove(index);
    evaluatedAt.remove(index);
    speed.reset(trainers.size());
  }

  /** Applies live settings to every run. */
  void reconfigure(ExperimentConfig config) {
    for (int i = 0; i < trainers.size(); i++) {
      trainers.get(i).reconfigure(config.runs().get(i), config.criticIters());
    }
  }

  /** Starts measuring speed afresh (after a pause). */
  void restartSpeed() {
    speed.reset(trainers.size());
  }

  /**
   * One iteration of every run that can go on (not diverged, budget {@code iterations} not reached;
   * 0 means none). Each run is re-measured when it diverged, when {@code measureAll} asks, or when
   * its last measurement is older than the evaluation interval. Returns whether any run trained.
   */
  boolean iterate(int iterations, boolean measureAll, long now) {
    boolean anyTrained = false;
    for (int i = 0; i < trainers.size(); i++) {
      Trainer t = trainers.get(i);
      if (t.diverged() || budgetReached(t, iterations)) {
        continue;
      }
      t.iterate();
      anyTrained = true;
      speed.record(i, t.iteration(), now);
      if (measureAll || t.diverged() || now - evaluatedAt.get(i) >= evaluationNanos) {
        measure(i, EvaluationRequest.LIVE, now);
      }
    }
    return anyTrained;
  }

  /** Whether {@code t} has done its iteration budget (0: no budget). */
  static boolean budgetReached(Trainer t, int iterations) {
    return iterations > 0 && t.iteration() >= iterations;
  }

  /** One step of kind {@code kind} in every run, then a fresh measurement of each. */
  void step(StepKind kind) {
    for (Trainer t : trainers) {
      switch (kind) {
        case CRITIC -> t.criticStep();
        case GENERATOR -> t.generatorStep();
        case ITERATION -> t.iterate();
      }
    }
    evaluateAll(EvaluationRequest.LIVE, System.nanoTime());
  }

  void evaluateAll(EvaluationRequest request, long now) {
    for (int i = 0; i < trainers.size(); i++) {
      measure(i, request, now);
    }
  }

  private void measure(int index, EvaluationRequest request, long now) {
    Evaluation e = trainers.get(index).evaluate(request);
    if (index < evaluations.size()) {
      evaluations.set(index, e);
      evaluatedAt.set(index, now);
    } else {
      evaluations.add(e);
      evaluatedAt.add(now);
    }
  }

  /** Whether every run is still where new networks would start. */
  boolean nothingTrained() {
    return trainers.stream().allMatch(t -> t.iteration() == 0 && t.criticSteps() == 0);
  }

  /** Snapshots of every run; {@code playing} and the budget decide the status of a healthy run. */
  List<RunSnapshot> snapshots(boolean playing, int iterations) {
    List<RunSnapshot> runs = new ArrayList<>();
    for (int i = 0; i < trainers.size(); i++) {
      Trainer t = trainers.get(i);
      RunStatus status = playing ? RunStatus.RUNNING
          : budgetReached(t, iterations) ? RunStatus.FINISHED
          : t.iteration() == 0 ? RunStatus.READY : RunStatus.PAUSED;
      runs.add(t.snapshot(i, ids.get(i), status, speed.rate(i), evaluations.get(i)));
    }
    return runs;
  }
}
