package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
  /**
   * How often a running session re-measures each run for the views (the desktop app's interval): ten
   * times a second, the panels' refresh when training is fast enough.
   */
  public static final long LIVE_EVALUATION_NANOS = 100_000_000L;
  /**
   * Most runs a session trains side by side: the panels a window lays out legibly at 1024 x 768 and
   * trains fast enough to watch on two cores. An experiment may hold more ({@link Experiment#MAX_RUNS},
   * for the command line's figures); a session refuses them.
   */
  public static final int MAX_PANELS = 4;

  private final DatasetResolver resolver;
  private final long evaluationNanos;
  private final Decisions handler = new Decisions();
  private ExperimentConfig config;
  private ExperimentConfig pending;
  private Dataset dataset;
  private RunSet runs;
  private final Transport transport = new Transport(this::tell);
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
    rebuild(next, null);
  }

  /** New runs of {@code next}, in the states {@code saved} when it is not null. */
  private void rebuild(ExperimentConfig next, List<RunState> saved) throws DataFormatException {
    Dataset read = resolver.resolve(next.data());
    ThreadBudget.fitTo(next.batch(), Math.max(next.critic().width(), next.generator().width()));
    runs = new RunSet(next, read, evaluationNanos, saved);
    config = next;
    dataset = read;
    pending = null;
    transport.set(false);
  }

  /** Whether the session trains on every {@link #tick}. */
  @Override
  public boolean playing() {
    return transport.playing();
  }

  /** How fast the session trains when playing. */
  @Override
  public Pace pace() {
    return transport.pace();
  }

  /** The config being trained. */
  public ExperimentConfig config() {
    return config;
  }

  /** Applies a command; the answer, if it needs one, is the next snapshot's notice. */
  @Override
  public void apply(Command command) {
    command.dispatchTo(handler);
  }

  /** What each command does; private, so that commands reach the session only through apply. */
  private final class Decisions implements Command.Handler {
    @Override
    public void play() {
      if (transport.play(runs.anyCanTrain(config.iterations()))) {
        runs.restartSpeed();
      }
    }

    @Override
    public void pause() {
      transport.pause(Transport.KEPT);
    }

    @Override
    public void step(StepKind kind) {
      transport.step(() -> {
        runs.step(kind);
        return true;
      }, "One " + kind.words() + " in every panel.");
    }

    @Override
    public void setPace(Pace next) {
      transport.setPace(next);
    }

    @Override
    public void replace(ExperimentConfig next) {
      ConfigDecision.load(TrainingSession.this, next);
    }

    @Override
    public void reset() {
      TrainingSession.this.replace(pending != null ? pending : config,
          (pending != null ? "Change applied: new networks" : "Reset: new networks")
              + " in every panel, paused at iteration 0. Press Play.");
    }

    @Override
    public void edit(Command.Edit edit) {
      ConfigDecision.edit(TrainingSession.this, edit);
    }

    @Override
    public void discardPending() {
      pending = null;
      tell(Notice.Level.INFO, "Pending change discarded; training goes on unchanged.");
    }

    @Override
    public void addRun(Command.AddRun add) {
      ConfigDecision.addRun(TrainingSession.this, add);
    }

    @Override
    public void removeRun(int index) {
      ConfigDecision.removeRun(TrainingSession.this, index);
    }

    @Override
    public void capture(Consumer<SessionState> receiver) {
      receiver.accept(new SessionState(config, runs.states()));
    }

    @Override
    public void restore(SessionState state, String source) {
      TrainingSession.this.restore(state, source);
    }

    @Override
    public void evaluate(EvaluationRequest request) {
      runs.evaluateAll(request, System.nanoTime());
      if (request.exactW1()) {
        tell(Notice.Level.INFO,
            "Exact W1 measured: each panel shows it beside its estimate (W ... (exact ...)).");
      }
    }

    @Override
    public void walk(LatentWalk walk) {
      // The toy views show the generator's whole map from noise to the plane; there is no grid.
      tell(Notice.Level.WARNING, "The latent walk belongs to image runs.");
    }
  }

  /**
   * Goes on from {@code saved}, paused; keeps everything as it was when its data cannot be read or
   * a run's state does not fit its config.
   */
  private void restore(SessionState saved, String source) {
    try {
      rebuild(saved.config(), saved.runs());
      tell(Notice.Level.INFO, "Opened " + source + ": " + runs.size() + " panels at iteration "
          + saved.iteration() + ", paused. Play goes on from there.");
    } catch (DataFormatException | IllegalArgumentException e) {
      // The runs, config and data were not touched; only the thread budget was fitted to the state.
      ThreadBudget.fitTo(config.batch(), Math.max(config.critic().width(),
          config.generator().width()));
      tell(Notice.Level.ERROR, "Not opened: " + source + ": " + e.getMessage());
    }
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
    if (!transport.roundDue(now)) {
      return false;
    }
    if (!runs.iterate(config.iterations(), transport.pace().paced(), now)) {
      transport.set(false);
      runs.evaluateAll(EvaluationRequest.LIVE, now);
      tell(Notice.Level.WARNING,
          "Training stopped: no run can go on (diverged or finished). Reset to start again.");
    }
    return true;
  }

  /** How long until a paced round is due (0 when it is, or at full speed). */
  @Override
  public long nanosUntilDue(long now) {
    return transport.nanosUntilDue(now);
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
    List<RunSnapshot> shots = new ArrayList<>(runs.snapshots(transport.playing(),
        config.iterations()));
    return new ExperimentSnapshot(++sequence, config, pending, transport.playing(), transport.pace(),
        shots,
        notice);
  }

  @Override
  public String toString() {
    return "TrainingSession[" + config.data() + ", " + runs.size() + " runs]";
  }
}
