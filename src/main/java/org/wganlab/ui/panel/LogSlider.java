package org.wganlab.ui.panel;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.wganlab.ui.model.Formats;
import org.wganlab.ui.model.RoundScale;

/**
 * A parameter a teacher drags: its name, a log-scale slider that stops at round values and the number
 * beside it, which can also be typed (Enter or leaving the field applies it, exactly as typed). It
 * proposes a value only when the user picked one it does not show already, so showing a value never
 * proposes one; the owner decides and shows what is in force. It can also say "mixed" (a shared
 * control over panels that differ): the slider then sits at the panels' middle and the field is
 * empty with that word as its prompt.
 */
public final class LogSlider extends HBox {
  private final String name;
  private final RoundScale scale;
  private final DoubleConsumer onPick;
  private final Consumer<String> onError;
  private final Slider slider;
  private final TextField field = new TextField();
  private double shown = Double.NaN;
  private boolean showing;

  /**
   * A slider named {@code name} (its ids are {@code id} for the field and {@code id + "-slider"}),
   * over {@code scale}; {@code onPick} gets a value the user chose, {@code onError} a refusal's
   * reason in words.
   */
  public LogSlider(String name, String id, RoundScale scale, DoubleConsumer onPick,
      Consumer<String> onError) {
    super(4);
    this.name = name;
    this.scale = scale;
    this.onPick = onPick;
    this.onError = onError;
    setAlignment(Pos.CENTER_LEFT);
    slider = new Slider(Math.log10(scale.least()), Math.log10(scale.most()),
        Math.log10(scale.least()));
    slider.setId(id + "-slider");
    slider.setPrefWidth(60);
    slider.setMinWidth(50);
    slider.setBlockIncrement(Math.log10(2));
    slider.setTooltip(new Tooltip(name + ": " + Formats.parameter(scale.least()) + " to "
        + Formats.parameter(scale.most()) + " on a log scale, stopping at round values"));
    field.setId(id);
    // Wide enough for the longest value it shows (0.001, 5e-05) in any text size.
    field.setPrefColumnCount(3);
    field.setMinWidth(USE_PREF_SIZE);
    slider.valueProperty().addListener((obs, o, n) -> {
      if (!showing) {
        double value = scale.nearest(Math.pow(10, n.doubleValue()));
        field.setText(Formats.sliderValue(value));
        if (!slider.isValueChanging()) {
          pick(value);
        }
      }
    });
    slider.valueChangingProperty().addListener((obs, was, is) -> {
      if (!is) {
        pick(scale.nearest(Math.pow(10, slider.getValue())));
      }
    });
    field.setOnAction(e -> typed());
    field.focusedProperty().addListener((obs, was, is) -> {
      if (!is) {
        typed();
      }
    });
    Label label = new Label(name);
    label.setMinWidth(USE_PREF_SIZE);
    getChildren().addAll(label, slider, field);
  }

  /** Widens the number's field to {@code columns} characters (a shared slider's "mixed"). */
  public void setFieldColumns(int columns) {
    field.setPrefColumnCount(columns);
  }

  /** Shows {@code value} as the one in force, proposing nothing. */
  public void show(double value) {
    shown = value;
    place(scale.position(value));
    field.setPromptText("");
    field.setText(Formats.sliderValue(value));
  }

  /** Shows that the panels differ, the slider at {@code middle}; proposing nothing. */
  public void showMixed(double middle) {
    shown = Double.NaN;
    place(scale.position(middle));
    field.setText("");
    field.setPromptText("mixed");
  }

  /** The text beside the slider: the value, or "mixed" (for tests). */
  public String shownText() {
    return field.getText().isEmpty() ? field.getPromptText() : field.getText();
  }

  private void place(double position) {
    showing = true;
    try {
      if (!slider.isValueChanging()) {
        slider.setValue(position);
      }
    } finally {
      showing = false;
    }
  }

  private void pick(double value) {
    if (value != shown) {
      onPick.accept(value);
    }
  }

  /**
   * Shows the slider only while {@code roomy} holds; otherwise the name and the number alone, which
   * can still be typed (a narrow panel keeps its pictures' height instead of another row of knobs).
   */
  public void sliderWhile(javafx.beans.value.ObservableBooleanValue roomy) {
    slider.visibleProperty().bind(roomy);
    slider.managedProperty().bind(roomy);
  }

  /** The slider's position, a log10 (for tests). */
  public Slider slider() {
    return slider;
  }

  /** Proposes the typed value; a refusal (no number, or one the owner rejects) is named. */
  private void typed() {
    if (field.getText().isBlank() && Double.isNaN(shown)) {
      return;
    }
    try {
      pick(Formats.parse(name, field.getText()));
    } catch (IllegalArgumentException e) {
      // Back to what is in force: the field never shows what was refused.
      field.setText(Double.isNaN(shown) ? "" : Formats.sliderValue(shown));
      onError.accept("Not applied: " + e.getMessage() + "; " + name + " stays "
          + (Double.isNaN(shown) ? "as it was" : Formats.sliderValue(shown)) + ".");
    }
  }
}
