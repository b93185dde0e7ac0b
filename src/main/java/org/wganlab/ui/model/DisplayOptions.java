package org.wganlab.ui.model;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.wganlab.export.Raster;
import org.wganlab.train.Evaluation;

/**
 * How the whole window shows things, as opposed to what a single panel shows ({@link PanelView}): the
 * D(x) colour range and the presentation mode for a lecture hall.
 */
public final class DisplayOptions {
  private final ObjectProperty<ValueScale> valueScale = new SimpleObjectProperty<>(ValueScale.OWN);
  private final BooleanProperty presentation = new SimpleBooleanProperty();
  private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>();
  /** The evaluations {@link #span} was computed from (compared by identity), or null. */
  private List<Evaluation> spanFor;
  private double span = Double.NaN;
  private int spanScans;

  /** Which range the D(x) colours span. */
  public ObjectProperty<ValueScale> valueScaleProperty() {
    return valueScale;
  }

  /** Whether the window is in presentation mode: larger text, thicker lines, fewer controls. */
  public BooleanProperty presentationProperty() {
    return presentation;
  }

  /**
   * The preset the experiment was opened as, or null: its caption tells students what to look for,
   * and the claims of its paper figure are measured. Edits to the experiment keep it.
   */
  public ObjectProperty<Preset> presetProperty() {
    return preset;
  }

  /** Text size relative to the normal one: 1.4 in presentation mode. */
  public double textScale() {
    return presentation.get() ? 1.4 : 1;
  }

  /**
   * The D(x) span the panels share now: the largest span among the runs' latest surfaces, or NaN
   * when each panel keeps its own range (or nothing was measured).
   */
  public double sharedValueSpan(List<RunModel> runs) {
    if (valueScale.get() != ValueScale.SHARED) {
      return Double.NaN;
    }
    return spanOf(runs.stream().map(r -> r.evaluationProperty().get()).toList());
  }

  /**
   * The largest D(x) span among {@code latest} (nulls and evaluations without a surface skipped), or
   * NaN without any. Every panel asks when it redraws, one per frame, while measurements arrive a few
   * times a second: the surfaces are scanned once per new set of evaluations and the answer kept.
   */
  double spanOf(List<Evaluation> latest) {
    if (!sameEvaluations(latest)) {
      spanFor = latest;
      span = Double.NaN;
      spanScans++;
      for (Evaluation e : latest) {
        if (e != null && e.surface() != null) {
          double[] range = Raster.range(e.surface().values());
          span = Double.isNaN(span) ? range[1] - range[0] : Math.max(span, range[1] - range[0]);
        }
      }
    }
    return span;
  }

  /** Whether {@code latest} holds the very evaluations the kept span was computed from. */
  private boolean sameEvaluations(List<Evaluation> latest) {
    if (spanFor == null || spanFor.size() != latest.size()) {
      return false;
    }
    for (int i = 0; i < latest.size(); i++) {
      if (spanFor.get(i) != latest.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** How many times the surfaces were scanned for the shared span (for tests). */
  int spanScans() {
    return spanScans;
  }
}
