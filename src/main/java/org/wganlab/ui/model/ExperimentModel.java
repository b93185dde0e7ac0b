package org.wganlab.ui.model;

import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import org.wganlab.data.DataFormatException;
import org.wganlab.train.Command;
import org.wganlab.train.DatasetResolver;
import org.wganlab.train.EvaluationRequest;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.TrainingSession;
import org.wganlab.train.ExperimentSnapshot;
import org.wganlab.train.Notice;
import org.wganlab.train.Pace;
import org.wganlab.train.RunConfig;
import org.wganlab.train.StepKind;
import org.wganlab.train.TrainingControl;

/**
 * The experiment as the window sees it. The training session owns the experiment's state; this model
 * proposes what the user asks as {@link Command}s to a {@link TrainingControl} and shows what the
 * session answers: its config, pending change, playing and pace, runs and notices, all read-only
 * here and taken from the newest snapshot by {@link #pull()} once per frame on the JavaFX thread.
 * Nothing here trains, measures or decides.
 */
public final class ExperimentModel implements AutoCloseable {
  private final SnapshotMailbox<ExperimentSnapshot> mailbox = new SnapshotMailbox<>();
  private final TrainingControl control;
  private final StatusModel status;
  private final ReadOnlyObjectWrapper<ExperimentConfig> config;
  private final ReadOnlyObjectWrapper<ExperimentConfig> pending = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ExperimentSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<Pace> pace = new ReadOnlyObjectWrapper<>(Pace.FULL);
  private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
  private final RunModels runs = new RunModels();

  /**
   * Starts training {@code initial}, paused, with {@code starter}; its data is resolved with
   * {@code data}.
   *
   * @throws DataFormatException when the initial data cannot be read
   */
  public ExperimentModel(ExperimentConfig initial, DatasetResolver data, TrainingStarter starter,
      StatusModel status) throws DataFormatException {
    this.status = status;
    this.config = new ReadOnlyObjectWrapper<>(initial);
    this.control = starter.start(initial, data, mailbox::offer, mailbox::fail);
  }

  /** Asks the session to train continuously, at its pace. */
  public void play() {
    control.submit(new Command.Play());
  }

  /** Asks the session to stop after the current iteration. */
  public void pause() {
    control.submit(new Command.Pause());
  }

  /** Asks for one step of every run (which pauses training). */
  public void step(StepKind kind) {
    control.submit(new Command.Step(kind));
  }

  /** Asks for a training pace. */
  public void setPace(Pace next) {
    control.submit(new Command.SetPace(next));
  }

  /** Pauses and measures every run with the exact W1 (an optimal assignment; takes a moment). */
  public void measureExact() {
    control.submit(new Command.Pause());
    control.submit(new Command.Evaluate(EvaluationRequest.FULL));
    status.info("Measuring the exact W1 between real and generated samples (paused).");
  }

  /** New networks for every run, from the pending change if there is one. */
  public void reset() {
    control.submit(new Command.Reset());
  }

  /** Throws the runs away and starts {@code next} paused (a loaded config, a preset). */
  public void replace(ExperimentConfig next) {
    control.submit(new Command.Replace(next));
  }

  /**
   * Asks the session for its trained state, which {@code receiver} gets on the training thread
   * and must hand on at once (to the file thread).
   */
  public void captureState(java.util.function.Consumer<org.wganlab.train.SessionState> receiver) {
    control.submit(new Command.Capture(receiver));
  }

  /** Proposes going on from {@code state}, read from {@code source}; the session decides. */
  public void restore(org.wganlab.train.SessionState state, String source) {
    control.submit(new Command.Restore(state, source));
  }

  /**
   * Proposes a change of the config being edited; the session applies it live, with new networks
   * when nothing has trained, or keeps it pending, and says which.
   *
   * @param what the change in words, for the status line
   * @param change a pure function of the config it is applied to; it may throw
   *     IllegalArgumentException to refuse a value, whose message the status line then shows
   */
  public void edit(String what, UnaryOperator<ExperimentConfig> change) {
    control.submit(new Command.Edit(what, change));
  }

  /** Adds a panel with new networks at iteration 0; the others keep their runs. */
  public void addPanel() {
    addPanel(-1);
  }

  /**
   * Adds a panel going on from a copy of panel {@code copyOf}'s networks (or new networks when it is
   * -1); the others keep their runs. The session refuses one that would not fit in memory.
   */
  public void addPanel(int copyOf) {
    ExperimentConfig next = ConfigEdits.addPanel(editing());
    if (next.runs().size() == editing().runs().size()) {
      status.warn("At most " + TrainingSession.MAX_PANELS + " panels.");
      return;
    }
    RunConfig run = copyOf >= 0 && copyOf < editing().runs().size()
        ? editing().runs().get(copyOf) : next.runs().get(next.runs().size() - 1);
    control.submit(new Command.AddRun(run, copyOf));
  }

  /** Removes panel {@code index}; the others keep their runs. */
  public void removePanel(int index) {
    control.submit(new Command.RemoveRun(index));
  }

  /** Forgets the pending change. */
  public void discardPending() {
    control.submit(new Command.DiscardPending());
  }

  /** The config the controls edit, as the session last said: the pending change, else the config. */
  public ExperimentConfig editing() {
    return pending.get() != null ? pending.get() : config.get();
  }

  /**
   * Takes the newest snapshot, if any, and shows it. Call it on the JavaFX thread once per frame.
   * Returns whether a new snapshot was taken.
   */
  public boolean pull() {
    Throwable failure = mailbox.takeFailure();
    if (failure != null) {
      playing.set(false);
      status.error("Training stopped: " + failure);
    }
    ExperimentSnapshot next = mailbox.take();
    if (next != null) {
      accept(next);
    }
    return next != null;
  }

  private void accept(ExperimentSnapshot next) {
    snapshot.set(next);
    config.set(next.config());
    pending.set(next.pending());
    playing.set(next.playing());
    pace.set(next.pace());
    runs.show(next);
    Notice told = next.notice();
    if (told.number() > notice.get().number()) {
      notice.set(told);
      switch (told.level()) {
        case INFO -> status.info(told.text());
        case WARNING -> status.warn(told.text());
        case ERROR -> status.error(told.text());
      }
    }
  }

  /** The config in force. */
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

  /** Whether the session is training continuously. */
  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  /** How fast the session trains when playing. */
  public ReadOnlyObjectProperty<Pace> paceProperty() {
    return pace.getReadOnlyProperty();
  }

  /** The session's latest answer; changes with every new one, even when the config did not. */
  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** One model per panel, in run order. */
  public ObservableList<RunModel> runs() {
    return runs.view();
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
