package org.wganlab.ui.model;

import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.wganlab.metrics.ModeCoverage;
import org.wganlab.train.Evaluation;
import org.wganlab.train.MetricsRow;
import org.wganlab.train.RunConfig;
import org.wganlab.train.RunSnapshot;
import org.wganlab.train.RunStatus;

/**
 * One panel's run as the window shows it: header texts and the latest measurement. Updated on the
 * JavaFX thread from the newest snapshot; the evaluation property only changes when the training
 * thread measured the run again, so views redraw heatmaps at the measurement rate, not the frame rate.
 */
public final class RunModel {
  private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper();
  private final ReadOnlyObjectWrapper<RunConfig> run = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Color> colour = new ReadOnlyObjectWrapper<>(Color.GRAY);
  private final ReadOnlyStringWrapper iterationText = new ReadOnlyStringWrapper("it 0");
  private final ReadOnlyStringWrapper estimateText = new ReadOnlyStringWrapper("W -");
  private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("ready");
  private final ReadOnlyBooleanWrapper diverged = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper modesText = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<List<MetricsRow>> rows = new ReadOnlyObjectWrapper<>(List.of());
  private final PanelView view;

  /** A run model whose display choices are {@code view}. */
  public RunModel(PanelView view) {
    this.view = view;
  }

  /**
   * Copies what the window shows from {@code snapshot}; {@code label} and {@code awtColour} are the
   * name and colour that tell this run from the others.
   */
  public void update(RunSnapshot snapshot, String label,
      java.awt.Color awtColour) {
    index.set(snapshot.index());
    // Set only on a change: a listener redraws the panel when the run changes.
    if (!snapshot.run().equals(run.get())) {
      run.set(snapshot.run());
    }
    title.set(label);
    Color next = Color.rgb(awtColour.getRed(), awtColour.getGreen(), awtColour.getBlue());
    if (!next.equals(colour.get())) {
      colour.set(next);
    }
    iterationText.set(String.format(Locale.ROOT, "it %,d", snapshot.iteration()));
    Evaluation latest = snapshot.evaluation();
    estimateText.set("W " + (latest == null ? "-" : Formats.number(latest.wassersteinEstimate()))
        + (latest != null && Double.isFinite(latest.exactW1())
            ? " (exact " + Formats.number(latest.exactW1()) + ")" : ""));
    // A speed only while the run trains: a paused run has none, whatever it managed before.
    speedText.set(snapshot.status() == RunStatus.RUNNING
        ? String.format(Locale.ROOT, "%.1f it/s", snapshot.iterationsPerSecond()) : "");
    diverged.set(snapshot.status() == RunStatus.DIVERGED);
    statusText.set(describe(snapshot.status(), snapshot.problem()));
    if (latest != evaluation.get()) {
      evaluation.set(latest);
      ModeCoverage modes = latest == null ? null : latest.modes();
      modesText.set(modes == null ? "" : String.format(Locale.ROOT, "modes %d/%d, %.0f%% good",
          modes.modesCaptured(), modes.modeCount(), 100 * modes.highQualityFraction()));
    }
    if (snapshot.rows().size() != rows.get().size()) {
      rows.set(snapshot.rows());
    }
  }

  private static String describe(RunStatus status, String problem) {
    return switch (status) {
      case READY -> "ready";
      case RUNNING -> "running";
      case PAUSED -> "paused";
      case FINISHED -> "finished";
      case DIVERGED -> "diverged: " + (problem == null || problem.isBlank() ? "NaN" : problem);
    };
  }

  /** Display choices of the panel. */
  public PanelView view() {
    return view;
  }

  /** Position of the run in the experiment. */
  public ReadOnlyIntegerProperty indexProperty() {
    return index.getReadOnlyProperty();
  }

  /** The run's method and optimiser. */
  public ReadOnlyObjectProperty<RunConfig> runProperty() {
    return run.getReadOnlyProperty();
  }

  /** The run's colour: its method's, shaded when several runs share the method. */
  public ReadOnlyObjectProperty<Color> colourProperty() {
    return colour.getReadOnlyProperty();
  }

  /** The run's one-line name: its method and whatever tells it from the other runs. */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** "it 1,234". */
  public ReadOnlyStringProperty iterationTextProperty() {
    return iterationText.getReadOnlyProperty();
  }

  /** The held-out Wasserstein estimate, e.g. "W 0.412". */
  public ReadOnlyStringProperty estimateTextProperty() {
    return estimateText.getReadOnlyProperty();
  }

  /** Recent training speed, e.g. "12.5 it/s". */
  public ReadOnlyStringProperty speedTextProperty() {
    return speedText.getReadOnlyProperty();
  }

  /** The status in words, with the cause of a divergence. */
  public ReadOnlyStringProperty statusTextProperty() {
    return statusText.getReadOnlyProperty();
  }

  /** Whether the run diverged. */
  public ReadOnlyBooleanProperty divergedProperty() {
    return diverged.getReadOnlyProperty();
  }

  /** Mode coverage in words, empty for data without known modes. */
  public ReadOnlyStringProperty modesTextProperty() {
    return modesText.getReadOnlyProperty();
  }

  /** The latest measurement, or null before the first. */
  public ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
    return evaluation.getReadOnlyProperty();
  }

  /** The logged curve points so far. */
  public ReadOnlyObjectProperty<List<MetricsRow>> rowsProperty() {
    return rows.getReadOnlyProperty();
  }
}
