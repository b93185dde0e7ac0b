package org.wganlab.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wganlab.data.DataFormatException;
import org.wganlab.data.Dataset;
import org.wganlab.nn.ThreadBudget;

/**
 * The runs of one experiment and what the user does to them, without threads: commands are applied
 * and rounds are trained on the caller's thread. {@link TrainingLoop} calls it from a background
 * thread; tests call it directly.
 */
public final class TrainingSession {
  /** How often a running session re-measures each run for the views. */
  public static final long DEFAULT_EVALUATION_NANOS = 150_000_000L;
  private static final long SPEED_WINDOW_NANOS = 1_000_000_000L;

  private final DatasetResolver resolver;
  private final long evaluationNanos;
  private ExperimentConfig config;
  private Dataset dataset;
  private List<Trainer> trainers = List.of();
  private Evaluation[] evaluations = new Evaluation[0];
  private long[] lastEvaluation = new long[0];
  private final SpeedMeter speed = new SpeedMeter(SPEED_WINDOW_NANOS);
  private boolean playing;
  private boolean finished;
  private long sequence;
  private String problem = "";

  /**
   * A paused session of {@code config}.
   *
   * @throws DataFormatException when the config's data cannot be read
   */
  public TrainingSession(ExperimentConfig config, DatasetResolver resolver, long evaluationNanos)
      throws DataFormatException {
    this.resolver = resolver;
    this.evaluationNanos = evaluationNanos;
    rebuild(config);
  }

  private void rebuild(ExperimentConfig next) throws DataFormatException {
    Dataset dataset = resolver.resolve(next.data());
    ThreadBudget.fitTo(next.batch(), Math.max(next.critic().width(), next.generator().width()));
    List<Trainer> built = new ArrayList<>();
    for (int i = 0; i < next.runs().size(); i++) {
      built.add(new Trainer(next, i, dataset));
    }
    config = next;
    this.dataset = dataset;
    trainers = built;
    evaluations = new Evaluation[built.size()];
    lastEvaluation = new long[built.size()];
    speed.reset(built.size());
    playing = false;
    finished = false;
    evaluateAll(EvaluationRequest.LIVE, System.nanoTime());
  }

  /** Whether the session trains on every {@link #tick}. */
  public boolean playing() {
    return playing;
  }

  /** The config being trained. */
  public ExperimentConfig config() {
    return config;
  }

  /** Applies a user command. Problems (an unreadable data file) become the snapshot's problem. */
  public void apply(Command command) {
    problem = "";
    if (command instanceof Command.Play) {
      playing = !finished;
      speed.reset(trainers.size());
    } else if (command instanceof Command.Pause) {
      playing = false;
    } else if (command instanceof Command.Step s) {
      playing = false;
      trainers.forEach(t -> step(t, s.kind()));
      evaluateAll(EvaluationRequest.LIVE, System.nanoTime());
    } else if (command instanceof Command.Reset r) {
      try {
        rebuild(r.config());
      } catch (DataFormatException | IllegalArgumentException e) {
        problem = e.getMessage();
      }
    } else if (command instanceof Command.Apply a) {
      applyLive(a.config());
    } else if (command instanceof Command.AddRun a) {
      addRun(a.run());
    } else if (command instanceof Command.RemoveRun r) {
      removeRun(r.index());
    } else if (command instanceof Command.Evaluate e) {
      evaluateAll(e.request(), System.nanoTime());
    }
  }

  private static void step(Trainer trainer, StepKind kind) {
    switch (kind) {
      case CRITIC -> trainer.criticStep();
      case GENERATOR -> trainer.generatorStep();
      case ITERATION -> trainer.iterate();
    }
  }

  private void applyLive(ExperimentConfig next) {
    if (ConfigChange.needsReset(config, next)) {
      problem = "this change needs a reset";
      return;
    }
    for (int i = 0; i < trainers.size(); i++) {
      trainers.get(i).reconfigure(next.runs().get(i), next.criticIters());
    }
    config = next;
    finished = false;
  }

  private void addRun(RunConfig run) {
    if (trainers.size() >= ExperimentConfig.MAX_RUNS) {
      problem = "An experiment holds at most " + ExperimentConfig.MAX_RUNS + " runs.";
      return;
    }
    List<RunConfig> runs = new ArrayList<>(config.runs());
    runs.add(run);
    ExperimentConfig next = config.withRuns(runs);
    int slot = 0;
    while (usesSlot(slot)) {
      slot++;
    }
    Trainer added = new Trainer(next, runs.size() - 1, dataset, slot);
    List<Trainer> grown = new ArrayList<>(trainers);
    grown.add(added);
    int n = grown.size();
    evaluations = Arrays.copyOf(evaluations, n);
    lastEvaluation = Arrays.copyOf(lastEvaluation, n);
    evaluations[n - 1] = added.evaluate(EvaluationRequest.LIVE);
    lastEvaluation[n - 1] = System.nanoTime();
    trainers = List.copyOf(grown);
    config = next;
    finished = false;
    speed.reset(n);
  }

  private boolean usesSlot(int slot) {
    return trainers.stream().anyMatch(t -> t.slot() == slot);
  }

  private void removeRun(int index) {
    if (index < 0 || index >= trainers.size() || trainers.size() == 1) {
      problem = "There is no run " + (index + 1) + " to remove, or it is the last one.";
      return;
    }
    List<RunConfig> runs = new ArrayList<>(config.runs());
    runs.remove(index);
    List<Trainer> kept = new ArrayList<>(trainers);
    kept.remove(index);
    evaluations = without(evaluations, index);
    long[] times = new long[kept.size()];
    for (int i = 0, j = 0; i < lastEvaluation.length; i++) {
      if (i != index) {
        times[j++] = lastEvaluation[i];
      }
    }
    lastEvaluation = times;
    trainers = List.copyOf(kept);
    config = config.withRuns(runs);
    speed.reset(kept.size());
  }

  private static Evaluation[] without(Evaluation[] all, int index) {
    List<Evaluation> kept = new ArrayList<>(Arrays.asList(all));
    kept.remove(index);
    return kept.toArray(new Evaluation[0]);
  }

  /**
   * One round: an iteration of every run still training, then a measurement of each run whose last
   * one is older than the evaluation interval.
   */
  public void tick() {
    if (!playing) {
      return;
    }
    long now = System.nanoTime();
    boolean anyTrained = false;
    for (int i = 0; i < trainers.size(); i++) {
      Trainer t = trainers.get(i);
      if (t.diverged() || budgetReached(t)) {
        continue;
      }
      t.iterate();
      anyTrained = true;
      speed.record(i, t.iteration(), now);
      if (t.diverged() || now - lastEvaluation[i] >= evaluationNanos) {
        evaluations[i] = t.evaluate(EvaluationRequest.LIVE);
        lastEvaluation[i] = now;
      }
    }
    if (!anyTrained) {
      playing = false;
      finished = true;
      evaluateAll(EvaluationRequest.LIVE, now);
    }
  }

  private boolean budgetReached(Trainer t) {
    return config.iterations() > 0 && t.iteration() >= config.iterations();
  }

  private void evaluateAll(EvaluationRequest request, long now) {
    for (int i = 0; i < trainers.size(); i++) {
      evaluations[i] = trainers.get(i).evaluate(request);
      lastEvaluation[i] = now;
    }
  }

  /** The current state, immutable. */
  public ExperimentSnapshot snapshot() {
    List<RunSnapshot> runs = new ArrayList<>();
    for (int i = 0; i < trainers.size(); i++) {
      Trainer t = trainers.get(i);
      RunStatus status = playing ? RunStatus.RUNNING
          : budgetReached(t) ? RunStatus.FINISHED
          : t.iteration() == 0 ? RunStatus.READY : RunStatus.PAUSED;
      runs.add(t.snapshot(i, status, speed.rate(i), evaluations[i]));
    }
    return new ExperimentSnapshot(++sequence, config, playing, runs, problem);
  }

  @Override
  public String toString() {
    return "TrainingSession" + Arrays.asList(config.data(), trainers.size() + " runs");
  }
}
