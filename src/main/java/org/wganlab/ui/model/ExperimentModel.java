package org.wganlab.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wganlab.data.DataFormatException;
import org.wganlab.export.RunColours;
import org.wganlab.train.Command;
import org.wganlab.train.ConfigChange;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.ExperimentSnapshot;
import org.wganlab.train.RunConfig;
import org.wganlab.train.RunLabels;
import org.wganlab.train.RunSnapshot;
import org.wganlab.train.StepKind;
import org.wganlab.train.TrainingControl;

/**
 * The experiment as the window sees it: the config the user asked for, a change waiting for a reset,
 * the newest snapshot and one {@link RunModel} per panel. Commands go to a {@link TrainingControl};
 * snapshots come back through a {@link SnapshotMailbox} and are taken by {@link #pull(long)} once per
 * frame on the JavaFX thread. Nothing here trains or measures.
 */
public final class ExperimentModel implements AutoCloseable {
  /** Starts training a config, publishing snapshots to a sink (a thread or the caller). */
  @FunctionalInterface
  public interface ControlFactory {
    /**
     * A control training {@code config}.
     *
     * @throws DataFormatException when the config's data cannot be read
     */
    TrainingControl start(ExperimentConfig config, Consumer<ExperimentSnapshot> sink,
        Consumer<Throwable> onFailure) throws DataFormatException;
  }

  private final SnapshotMailbox mailbox = new SnapshotMailbox();
  private final TrainingControl control;
  private final StatusModel status;
  private final ReadOnlyObjectWrapper<ExperimentConfig> config;
  private final ReadOnlyObjectWrapper<ExperimentConfig> pending = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ExperimentSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
  private final ObjectProperty<Speed> speed = new SimpleObjectProperty<>(Speed.FULL);
  private final ObservableList<RunModel> runs = FXCollections.observableArrayList();
  // One view for everybody: a fresh unmodifiable wrapper per call would drop listeners when collected.
  private final ObservableList<RunModel> runsView = FXCollections.unmodifiableObservableList(runs);
  private final List<PanelView> views = new ArrayList<>();
  private String shownProblem = "";
  private long sequenceAtStep = -1;
  private long lastStepNanos;
  private boolean engineSawPlay;
  /** Runs the engine will have once it has applied an added or removed panel; -1 when settled. */
  private int expectedRuns = -1;
  /** Whether an exact W1 was asked for and has not arrived yet. */
  private boolean measuringExact;

  /**
   * Starts a control on {@code initial}, paused.
   *
   * @throws DataFormatException when the initial data cannot be read
   */
  public ExperimentModel(ExperimentConfig initial, ControlFactory factory, StatusModel status)
      throws DataFormatException {
    this.status = status;
    this.config = new ReadOnlyObjectWrapper<>(initial);
    this.control = factory.start(initial, mailbox::offer, mailbox::fail);
    speed.addListener((obs, old, now) -> speedChanged(old, now));
  }

  /** Trains continuously (or step by step at a slow speed). */
  public void play() {
    playing.set(true);
    engineSawPlay = false;
    status.info("Training at " + speed.get().displayName() + ".");
    if (!speed.get().stepped()) {
      control.submit(new Command.Play());
    }
  }

  /** Stops after the current iteration. */
  public void pause() {
    playing.set(false);
    status.info("Paused: everything is kept; Play continues.");
    control.submit(new Command.Pause());
  }

  /** Pauses and does one step of every run. */
  public void step(StepKind kind) {
    boolean wasPlaying = playing.get();
    playing.set(false);
    control.submit(new Command.Step(kind));
    status.info((wasPlaying ? "Paused: " : "") + "one " + switch (kind) {
      case CRITIC -> "critic step";
      case GENERATOR -> "generator step";
      case ITERATION -> "iteration";
    } + " in every panel. Play continues.");
  }

  /** Measures every run now with the exact W1 (optimal assignment; takes a moment) and pauses. */
  public void measureExact() {
    pause();
    control.submit(new Command.Evaluate(org.wganlab.train.EvaluationRequest.FULL));
    measuringExact = true;
    status.info("Measuring the exact W1 between real and generated samples (paused).");
  }

  /** New runs from the pending change if there is one, else from the current config. */
  public void reset() {
    boolean applying = pending.get() != null;
    ExperimentConfig next = applying ? pending.get() : config.get();
    replace(next);
    status.info((applying ? "Change applied: new networks" : "Reset: new networks")
        + " in every panel, paused at iteration 0. Press Play.");
  }

  /** Throws the runs away and starts {@code next} paused (a loaded config, a preset). */
  public void replace(ExperimentConfig next) {
    pending.set(null);
    expectedRuns = -1;
    playing.set(false);
    config.set(next);
    control.submit(new Command.Reset(next));
  }

  /**
   * Applies {@code next} live when the engine allows it; otherwise keeps it as the pending change and
   * says so, for the user to reset or discard.
   *
   * @param what what changed, in words, for the status line
   */
  public void change(ExperimentConfig next, String what) {
    ExperimentConfig base = config.get();
    if (pending.get() == null && !ConfigChange.needsReset(base, next)) {
      config.set(next);
      control.submit(new Command.Apply(next));
      status.info(what + ": applied to the running networks.");
      return;
    }
    if (!playing.get() && nothingTrained()) {
      // New networks lose nothing when no run has trained yet: no reset to ask for.
      replace(next);
      status.info(what + ": applied with new networks (nothing had trained yet).");
      return;
    }
    pending.set(next);
    status.warn(what + " needs new networks: press Reset to apply, or Discard.");
  }

  /** Whether every run is still at iteration 0, as far as the newest snapshot says. */
  private boolean nothingTrained() {
    ExperimentSnapshot last = snapshot.get();
    return last == null || last.runs().stream().allMatch(r -> r.iteration() == 0
        && r.criticSteps() == 0);
  }

  /**
   * Adds a panel with fresh networks at iteration 0 while the others keep their runs (and keep
   * training if they were). With a change pending, the panel joins that change instead.
   */
  public void addPanel() {
    ExperimentConfig next = ConfigEdits.addPanel(editing());
    if (next.runs().size() == editing().runs().size()) {
      status.warn("At most " + ConfigEdits.MAX_PANELS + " panels.");
      return;
    }
    if (pending.get() != null) {
      change(next, "Adding a panel");
      return;
    }
    RunConfig run = next.runs().get(next.runs().size() - 1);
    config.set(next);
    expectedRuns = next.runs().size();
    control.submit(new Command.AddRun(run));
    status.info("Panel " + next.runs().size() + " added: " + run.method().label()
        + " starts fresh at iteration 0; the other panels keep their runs.");
  }

  /**
   * Removes panel {@code index} while the others keep their runs (and keep training if they were).
   * With a change pending, the removal joins that change instead.
   */
  public void removePanel(int index) {
    if (editing().runs().size() <= ConfigEdits.MIN_PANELS) {
      status.warn("The last panel stays.");
      return;
    }
    ExperimentConfig next = ConfigEdits.removePanel(editing(), index);
    if (pending.get() != null) {
      change(next, "Removing panel " + (index + 1));
      return;
    }
    config.set(next);
    expectedRuns = next.runs().size();
    // The panel's model goes now, so the panels after it keep their own models, views and charts.
    runs.remove(index);
    views.remove(index);
    control.submit(new Command.RemoveRun(index));
    status.info("Panel " + (index + 1) + " removed; the other panels keep their runs.");
  }

  /** Forgets the pending change. */
  public void discardPending() {
    pending.set(null);
    status.info("Pending change discarded; training goes on unchanged.");
  }

  /** The config the controls edit: the pending change if any, else the current one. */
  public ExperimentConfig editing() {
    return pending.get() != null ? pending.get() : config.get();
  }

  /**
   * Takes the newest snapshot, if any, and updates the run models; drives slow-speed stepping. Call it
   * on the JavaFX thread once per frame. Returns whether a new snapshot was taken.
   */
  public boolean pull(long nowNanos) {
    Throwable failure = mailbox.takeFailure();
    if (failure != null) {
      playing.set(false);
      status.error("Training stopped: " + failure);
    }
    ExperimentSnapshot next = mailbox.take();
    if (next != null) {
      accept(next);
    }
    driveSteps(nowNanos);
    return next != null;
  }

  private void accept(ExperimentSnapshot next) {
    snapshot.set(next);
    if (!next.problem().isBlank() && !next.problem().equals(shownProblem)) {
      status.error(next.problem());
      if (!next.config().equals(config.get())) {
        // The engine kept the old runs (e.g. unreadable data): the controls follow it back.
        config.set(next.config());
      }
    }
    shownProblem = next.problem();
    if (measuringExact && next.runs().stream().anyMatch(r -> r.evaluation() != null
        && Double.isFinite(r.evaluation().exactW1()))) {
      measuringExact = false;
      status.info("Exact W1 measured: each panel shows it beside its estimate (W ... (exact ...)).");
    }
    if (expectedRuns >= 0 && next.runs().size() != expectedRuns && next.problem().isBlank()) {
      // A snapshot from before a panel was added or removed: its runs no longer match the panels.
      return;
    }
    expectedRuns = -1;
    while (runs.size() > next.runs().size()) {
      runs.remove(runs.size() - 1);
    }
    while (runs.size() < next.runs().size()) {
      if (views.size() <= runs.size()) {
        views.add(new PanelView());
      }
      runs.add(new RunModel(views.get(runs.size())));
    }
    boolean stepping = playing.get() && speed.get().stepped();
    List<RunConfig> configs = next.runs().stream().map(RunSnapshot::run).toList();
    List<String> labels = RunLabels.of(configs);
    List<java.awt.Color> colours = RunColours.forRuns(
        configs.stream().map(r -> r.method().kind()).toList());
    for (int i = 0; i < runs.size(); i++) {
      runs.get(i).update(next.runs().get(i), stepping, labels.get(i), colours.get(i));
    }
    if (next.playing()) {
      engineSawPlay = true;
    } else if (engineSawPlay && playing.get() && !speed.get().stepped()) {
      // The engine played after our Play and stopped by itself: every run diverged or finished.
      playing.set(false);
      engineSawPlay = false;
      status.warn("Training stopped: no run can go on (diverged or finished). Reset to start again.");
    }
  }

  private void driveSteps(long nowNanos) {
    if (!playing.get() || !speed.get().stepped()) {
      sequenceAtStep = -1;
      return;
    }
    ExperimentSnapshot last = snapshot.get();
    long seen = last == null ? 0 : last.sequence();
    if (seen > sequenceAtStep && nowNanos - lastStepNanos >= speed.get().intervalNanos()) {
      // One step in flight at a time: the next waits until the last one's snapshot arrived.
      sequenceAtStep = seen;
      lastStepNanos = nowNanos;
      control.submit(new Command.Step(StepKind.ITERATION));
    }
  }

  private void speedChanged(Speed old, Speed now) {
    if (!playing.get() || old.stepped() == now.stepped()) {
      return;
    }
    control.submit(now.stepped() ? new Command.Pause() : new Command.Play());
  }

  /** The applied config. */
  public ReadOnlyObjectProperty<ExperimentConfig> configProperty() {
    return config.getReadOnlyProperty();
  }

  /** A change that waits for a reset, or null. */
  public ReadOnlyObjectProperty<ExperimentConfig> pendingProperty() {
    return pending.getReadOnlyProperty();
  }

  /** The newest snapshot taken. */
  public ReadOnlyObjectProperty<ExperimentSnapshot> snapshotProperty() {
    return snapshot.getReadOnlyProperty();
  }

  /** Whether the user pressed Play (and training has not stopped since). */
  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  /** Training speed. */
  public ObjectProperty<Speed> speedProperty() {
    return speed;
  }

  /** One model per panel, in run order. */
  public ObservableList<RunModel> runs() {
    return runsView;
  }

  /** The status line this model writes to. */
  public StatusModel status() {
    return status;
  }

  /** Stops training; every run ends cleanly. */
  @Override
  public void close() {
    control.close();
  }
}
