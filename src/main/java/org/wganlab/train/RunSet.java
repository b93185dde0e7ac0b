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

  /**
   * One run: its trainer, the id that names it while it lives, its workspace slot (a run added later
   * takes the lowest one free) and its latest measurement with when it was taken.
   */
  private static final class Member {
    final Trainer trainer;
    final long id;
    final int slot;
    Evaluation evaluation;
    long evaluatedAt;
    /** Measured by a twin, at a time unknown to the session's clock: measure at the next round. */
    boolean due;

    Member(Trainer trainer, long id, int slot) {
      this.trainer = trainer;
      this.id = id;
      this.slot = slot;
    }

    void measure(EvaluationRequest request, long now) {
      evaluation = trainer.evaluate(request);
      evaluatedAt = now;
      due = false;
    }
  }

  private final long evaluationNanos;
  private final List<Member> members = new ArrayList<>();
  private final SpeedMeter speed = new SpeedMeter(SPEED_WINDOW_NANOS);
  private long nextId;

  /** Runs of {@code config} on {@code dataset}, measured once. */
  RunSet(ExperimentConfig config, Dataset dataset, long evaluationNanos) {
    this(config, dataset, evaluationNanos, null);
  }

  /**
   * Runs of {@code config} on {@code dataset} in the states {@code saved} (one per run), or new
   * when it is null; measured once. A restored run's first measurement is taken by a twin restored
   * from the same state, so that the run itself keeps its measuring streams where they were saved
   * and goes on exactly as the saved run would have.
   *
   * @throws IllegalArgumentException when a saved state does not fit its run
   */
  RunSet(ExperimentConfig config, Dataset dataset, long evaluationNanos, List<RunState> saved) {
    this.evaluationNanos = evaluationNanos;
    long now = System.nanoTime();
    for (int i = 0; i < config.runs().size(); i++) {
      Member member = new Member(new Trainer(config, i, dataset), nextId++, i);
      if (saved != null) {
        member.trainer.restore(saved.get(i));
        Trainer twin = new Trainer(config, i, dataset);
        twin.restore(saved.get(i));
        member.evaluation = twin.evaluate(EvaluationRequest.LIVE);
        member.due = true;
      }
      members.add(member);
    }
    speed.reset(members.size());
    if (saved == null) {
      evaluateAll(EvaluationRequest.LIVE, now);
    }
  }

  /** Every run's state now, in order. */
  List<RunState> states() {
    return members.stream().map(m -> m.trainer.state()).toList();
  }

  int size() {
    return members.size();
  }

  Trainer trainer(int index) {
    return members.get(index).trainer;
  }

  /** Adds the last run of {@code config}, from new networks or from a copy of run {@code copyOf}. */
  void add(ExperimentConfig config, Dataset dataset, int copyOf) {
    int slot = 0;
    while (usesSlot(slot)) {
      slot++;
    }
    Trainer added = new Trainer(config, config.runs().size() - 1, dataset, slot);
    if (copyOf >= 0) {
      added.continueFrom(trainer(copyOf));
    }
    Member member = new Member(added, nextId++, slot);
    member.measure(EvaluationRequest.LIVE, System.nanoTime());
    members.add(member);
    speed.reset(members.size());
  }

  private boolean usesSlot(int slot) {
    return members.stream().anyMatch(m -> m.slot == slot);
  }

  void remove(int index) {
    members.remove(index);
    speed.reset(members.size());
  }

  /** Applies live settings to every run. */
  void reconfigure(ExperimentConfig config) {
    for (int i = 0; i < members.size(); i++) {
      trainer(i).reconfigure(config.runs().get(i), config.criticIters());
    }
  }

  /** Starts measuring speed afresh (after a pause). */
  void restartSpeed() {
    speed.reset(members.size());
  }

  /** Whether any run can train on: not diverged, and its budget {@code iterations} not reached. */
  boolean anyCanTrain(int iterations) {
    return members.stream().anyMatch(m -> canTrain(m.trainer, iterations));
  }

  private static boolean canTrain(Trainer t, int iterations) {
    return !t.diverged() && !budgetReached(t, iterations);
  }

  /**
   * One iteration of every run that can go on (not diverged, budget {@code iterations} not reached;
   * 0 means none). Each run is re-measured when it diverged, when {@code measureAll} asks, or when
   * its last measurement is older than the evaluation interval. Returns whether any run trained.
   */
  boolean iterate(int iterations, boolean measureAll, long now) {
    boolean anyTrained = false;
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      if (!canTrain(m.trainer, iterations)) {
        continue;
      }
      m.trainer.iterate();
      anyTrained = true;
      speed.record(i, m.trainer.iteration(), now);
      if (measureAll || m.due || m.trainer.diverged() || now - m.evaluatedAt >= evaluationNanos) {
        m.measure(EvaluationRequest.LIVE, now);
      }
    }
    return anyTrained;
  }

  /** Whether {@code t} has done its iteration budget (0: no budget). */
  private static boolean budgetReached(Trainer t, int iterations) {
    return iterations > 0 && t.iteration() >= iterations;
  }

  /** One step of kind {@code kind} in every run, then a fresh measurement of each. */
  void step(StepKind kind) {
    for (Member m : members) {
      switch (kind) {
        case CRITIC -> m.trainer.criticStep();
        case GENERATOR -> m.trainer.generatorStep();
        case ITERATION -> m.trainer.iterate();
      }
    }
    evaluateAll(EvaluationRequest.LIVE, System.nanoTime());
  }

  void evaluateAll(EvaluationRequest request, long now) {
    members.forEach(m -> m.measure(request, now));
  }

  /** Whether every run is still where new networks would start. */
  boolean nothingTrained() {
    return members.stream().allMatch(m -> m.trainer.iteration() == 0
        && m.trainer.criticSteps() == 0);
  }

  /** Snapshots of every run; {@code playing} and the budget decide the status of a healthy run. */
  List<RunSnapshot> snapshots(boolean playing, int iterations) {
    List<RunSnapshot> runs = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      RunStatus status = playing ? RunStatus.RUNNING
          : budgetReached(m.trainer, iterations) ? RunStatus.FINISHED
          : m.trainer.iteration() == 0 ? RunStatus.READY : RunStatus.PAUSED;
      runs.add(m.trainer.snapshot(i, m.id, status, speed.rate(i), m.evaluation));
    }
    return runs;
  }
}
