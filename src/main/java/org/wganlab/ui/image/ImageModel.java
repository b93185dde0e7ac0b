package org.wganlab.ui.image;

import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.wganlab.image.live.ImageLab;
import org.wganlab.method.MethodConfig;
import org.wganlab.image.live.ImageRunState;
import org.wganlab.image.live.ImageSnapshot;
import org.wganlab.train.Command;
import org.wganlab.train.LatentWalk;
import org.wganlab.train.Notice;
import org.wganlab.train.Pace;
import org.wganlab.train.StepKind;
import org.wganlab.train.TrainingControl;
import org.wganlab.ui.model.ConfigEdits;
import org.wganlab.ui.model.Formats;
import org.wganlab.ui.model.SnapshotMailbox;
import org.wganlab.ui.model.StatusModel;

/**
 * An image experiment as its window sees it: the session's newest snapshot, read-only, taken from
 * the latest-wins mailbox by {@link #pull()} once per frame on the JavaFX thread, and the history
 * slider's place among the saved grids. What the user asks goes to the session as commands; nothing
 * here trains or decides.
 */
public final class ImageModel implements AutoCloseable {
  private final SnapshotMailbox<ImageSnapshot> mailbox = new SnapshotMailbox<>();
  private final ReadOnlyObjectWrapper<ImageSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<List<Integer>> history =
      new ReadOnlyObjectWrapper<>(List.of());
  private final IntegerProperty historyIndex = new SimpleIntegerProperty(-1);
  private final StatusModel status;
  private final TrainingControl control;
  private long shownNotice;

  /** Starts {@code lab} with {@code starter}; the session's answers and failures go to {@code status}. */
  public ImageModel(ImageLab lab, ImageStarter starter, StatusModel status) {
    this.status = status;
    this.control = starter.start(lab, mailbox::offer, mailbox::fail);
  }

  /** The newest snapshot taken, null before the first. */
  public ReadOnlyObjectProperty<ImageSnapshot> snapshotProperty() {
    return snapshot.getReadOnlyProperty();
  }

  /** Every iteration with a saved grid of any run, ascending: the history slider's stops. */
  public ReadOnlyObjectProperty<List<Integer>> historyProperty() {
    return history.getReadOnlyProperty();
  }

  /**
   * The history slider's stop, an index into {@link #historyProperty()}, or -1 for the latest grids
   * (live while training); it stays on the latest as new grids arrive.
   */
  public IntegerProperty historyIndexProperty() {
    return historyIndex;
  }

  /** The iteration the grids show: a saved one, or -1 for the latest. */
  public int shownIteration() {
    int i = historyIndex.get();
    List<Integer> stops = history.get();
    return i < 0 || i >= stops.size() ? -1 : stops.get(i);
  }

  /** Takes the newest snapshot, if any; shows a new notice or a failure on the status line. */
  public void pull() {
    Throwable failure = mailbox.takeFailure();
    if (failure != null) {
      status.error("Image training stopped on an error: " + failure);
    }
    ImageSnapshot next = mailbox.take();
    if (next == null) {
      return;
    }
    Notice notice = next.notice();
    if (notice.number() > shownNotice && !notice.text().isEmpty()) {
      shownNotice = notice.number();
      switch (notice.level()) {
        case INFO -> status.info(notice.text());
        case WARNING -> status.warn(notice.text());
        case ERROR -> status.error(notice.text());
      }
    }
    TreeSet<Integer> stops = new TreeSet<>();
    for (ImageRunState run : next.runs()) {
      stops.addAll(run.savedGrids());
    }
    List<Integer> list = List.copyOf(stops);
    if (!list.equals(history.get())) {
      int shown = shownIteration();
      history.set(list);
      historyIndex.set(shown < 0 ? -1 : Math.max(0, list.indexOf(shown)));
    }
    snapshot.set(next);
  }

  /** Asks the session to train. */
  public void play() {
    control.submit(new Command.Play());
  }

  /** Asks the session to stop after the iteration under way. */
  public void pause() {
    control.submit(new Command.Pause());
  }

  /** Asks for one iteration of every run. */
  public void step() {
    control.submit(new Command.Step(StepKind.ITERATION));
  }

  /** Asks for new networks (the session replaces its run folder's files). */
  public void reset() {
    control.submit(new Command.Reset());
  }

  /**
   * Asks every run's generator to draw {@code walk} (the session draws only the newest asked for),
   * or, with null, to stop drawing one.
   */
  public void walk(LatentWalk walk) {
    control.submit(new Command.Walk(walk));
  }

  /** Asks for a training pace. */
  public void setPace(Pace pace) {
    control.submit(new Command.SetPace(pace));
  }

  /** Proposes {@code method} (of the same kind) for run {@code index}; the session decides. */
  public void editMethod(int index, MethodConfig method) {
    control.submit(new Command.Edit("Run " + (index + 1) + ": " + method.label(),
        c -> ConfigEdits.method(c, index, method)));
  }

  /** Proposes learning rate {@code rate} for run {@code index}; the session decides. */
  public void editLearningRate(int index, double rate) {
    control.submit(new Command.Edit("Run " + (index + 1) + ": learning rate " + Formats.rate(rate),
        c -> ConfigEdits.learningRate(c, index, rate)));
  }

  /** Proposes {@code steps} critic steps per generator step for every run; the session decides. */
  public void editCriticIters(int steps) {
    control.submit(new Command.Edit("n_critic " + steps, c -> ConfigEdits.criticIters(c, steps)));
  }

  /** The status line this model reports to. */
  public StatusModel status() {
    return status;
  }

  /** Stops the session; a training one checkpoints first. */
  @Override
  public void close() {
    control.close();
  }
}
