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
    double span = Double.NaN;
    for (RunModel run : runs) {
      Evaluation e = run.evaluationProperty().get();
      if (e != null && e.surface() != null) {
        double[] range = Raster.range(e.surface().values());
        span = Double.isNaN(span) ? range[1] - range[0] : Math.max(span, range[1] - range[0]);
      }
    }
    return span;
  }
}
