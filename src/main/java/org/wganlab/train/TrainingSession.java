package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.data.DataFormatException;
import org.wganlab.data.Dataset;
import org.wganlab.nn.ThreadBudget;

/**
 * The one owner of an experiment's state: its config, a change waiting for a reset, whether and how
 * fast it trains, and its runs. Views propose {@link Command}s; the session decides what each does
 * and answers in its next {@link #snapshot()}. No threads: {@link TrainingLoop} calls it from a
 * background thread, tests call it directly.
 */
public final class TrainingSession implements LoopedSession<ExperimentSnapshot> {
  /** How often a running session re-measures each run for the views. */
  public static final long DEFAULT_EVALUATION_NANOS = 150_000_000L;

  private final DatasetResolver resolver;
  private final long evaluationNanos;
  private ExperimentConfig config;
  private ExperimentConfig pending;
  private Dataset dataset;
  private RunSet runs;
  private boolean playing;
  private final PacedRounds rounds = new PacedRounds();
  private long sequence;
  private Notice notice = Notice.NONE;

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
    Dataset read = resolver.resolve(next.data());
    ThreadBudget.fitTo(next.batch(), Math.max(next.critic().width(), next.generator().width()));
    runs = new RunSet(next, read, evaluationNanos);
    config = next;
    dataset = read;
    pending = null;
    playing = false;
  }

  /** Whether the session trains on every {@link #tick}. */
  @Override
  public boolean playing() {
    return playing;
  }

  /** How fast the session trains when playing. */
  @Override
  public Pace pace() {
    return rounds.pace();
  }

  /** The config being trained. */
  public ExperimentConfig config() {
    return config;
  }

  /** Applies a command; the answer, if it needs one, is the next snapshot's notice. */
  @Override
  public void apply(Command command) {
    if (command instanceof Command.Play) {
      play();
    } else if (command instanceof Command.Pause) {
      playing = false;
      tell(Notice.Level.INFO, "Paused: everything is kept; Play continues.");
    } else if (command instanceof Command.Step s) {
      boolean was = playing;
      playing = false;
      runs.step(s.kind());
      tell(Notice.Level.INFO, (was ? "Paused: " : "") + "one " + s.kind().words()
          + " in every panel. Play continues.");
    } else if (command instanceof Command.SetPace s) {
      rounds.set(s.pace());
      if (playing) {
        tell(Notice.Level.INFO, "Training at " + s.pace().displayName() + ".");
      }
    } else if (command instanceof Command.Replace r) {
      replace(r.config(), null);
    } else if (command instanceof Command.Reset) {
      replace(pending != null ? pending : config,
          (pending != null ? "Change applied: new networks" : "Reset: new networks")
              + " in every panel, paused at iteration 0. Press Play.");
    } else if (command instanceof Command.Edit e) {
      ConfigDecision.edit(this, e);
    } else if (command instanceof Command.DiscardPending) {
      pending = null;
      tell(Notice.Level.INFO, "Pending change discarded; training goes on unchanged.");
    } else if (command instanceof Command.AddRun a) {
      ConfigDecision.addRun(this, a);
    } else if (command instanceof Command.RemoveRun r) {
      ConfigDecision.removeRun(this, r.index());
    } else if (command instanceof Command.Evaluate e) {
      runs.evaluateAll(e.request(), System.nanoTime());
      if (e.request().exactW1()) {
        tell(Notice.Level.INFO,
            "Exact W1 measured: each panel shows it beside its estimate (W ... (exact ...)).");
      }
    }
  }

  private void play() {
    if (!runs.anyCanTrain(config.iterations())) {
      playing = false;
      tell(Notice.Level.WARNING,
          "Nothing to train: every run diverged or finished. Reset to start again.");
      return;
    }
    playing = true;
    rounds.restart();
    runs.restartSpeed();
    tell(Notice.Level.INFO, "Training at " + rounds.pace().displayName() + ".");
  }

  /** Throws the runs away for new ones of {@code next}; keeps everything when its data is unreadable. */
  void replace(ExperimentConfig next, String done) {
    try {
      rebuild(next);
      if (done != null) {
        tell(Notice.Level.INFO, done);
      }
    } catch (DataFormatException | IllegalArgumentException e) {
      tell(Notice.Level.ERROR, e.getMessage());
    }
  }

  /**
   * One round while playing. At full speed: an iteration of every run still training, then a
   * measurement of each run whose last one is older than the evaluation interval. At a slow pace: the
   * same, with every run measured, once the pace's interval has passed since the last round began
   * (earlier calls do nothing). When no run can go on, the session stops playing and says so.
   * Returns whether anything changed.
   */
  @Override
  public boolean tick() {
    return tick(System.nanoTime());
  }

  /** {@link #tick()} at time {@code now} on {@link System#nanoTime()}'s scale. */
  @Override
  public boolean tick(long now) {
    if (!playing) {
      return false;
    }
    if (!rounds.start(now)) {
      return false;
    }
    if (!runs.iterate(config.iterations(), rounds.pace().paced(), now)) {
      playing = false;
      runs.evaluateAll(EvaluationRequest.LIVE, now);
      tell(Notice.Level.WARNING,
          "Training stopped: no run can go on (diverged or finished). Reset to start again.");
    }
    return true;
  }

  /** How long until a paced round is due (0 when it is, or at full speed). */
  @Override
  public long nanosUntilDue(long now) {
    return rounds.nanosUntilDue(now);
  }

  void tell(Notice.Level level, String text) {
    notice = new Notice(notice.number() + 1, level, text);
  }

  // What ConfigDecision reads and changes.

  ExperimentConfig pending() {
    return pending;
  }

  void setPending(ExperimentConfig next) {
    pending = next;
  }

  RunSet runs() {
    return runs;
  }

  Dataset dataset() {
    return dataset;
  }

  /** Takes {@code next} as the config in force (the runs were changed to match it). */
  void setConfig(ExperimentConfig next) {
    config = next;
  }

  /** The current state, immutable. */
  @Override
  public ExperimentSnapshot snapshot() {
    List<RunSnapshot> shots = new ArrayList<>(runs.snapshots(playing, config.iterations()));
    return new ExperimentSnapshot(++sequence, config, pending, playing, rounds.pace(), shots,
        notice);
  }

  @Override
  public String toString() {
    return "TrainingSession[" + config.data() + ", " + runs.size() + " runs]";
  }
}
