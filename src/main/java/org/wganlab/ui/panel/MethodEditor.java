package org.wganlab.ui.panel;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.method.PenaltySamples;
import org.wganlab.ui.model.DefaultExperiment;
import org.wganlab.ui.model.Formats;
import org.wganlab.ui.model.RoundScale;
import org.wganlab.ui.model.Words;

/**
 * A panel's method, its parameters and its learning rate: c for clipping, lambda for GP, k and p for
 * W-div (each a log slider stopping at round values, with the number beside), r(x) for both
 * penalties, power iterations for spectral norm. A typed value is applied on Enter or when the field
 * loses focus; a value that is not a valid number leaves the method unchanged and the reason goes to
 * {@code onError}.
 */
public final class MethodEditor extends FlowPane {
  private static final double TWO_ROWS = 58;
  /** Narrowest editor that shows sliders (four panels at 1280 px); below, the numbers alone. */
  private static final double SLIDER_WIDTH = 280;
  private final ComboBox<MethodKind> kind = new ComboBox<>();
  private final Consumer<MethodConfig> onChange;
  private final Consumer<String> onError;
  private final LogSlider rate;
  private final javafx.beans.binding.BooleanBinding roomy =
      widthProperty().greaterThanOrEqualTo(SLIDER_WIDTH);
  private MethodConfig shown;

  /**
   * An editor that reports valid methods to {@code onChange}, learning rates to {@code onRate} and
   * problems to {@code onError}.
   */
  public MethodEditor(Consumer<MethodConfig> onChange, java.util.function.DoubleConsumer onRate,
      Consumer<String> onError) {
    super(6, 4);
    this.onChange = onChange;
    this.onError = onError;
    rate = new LogSlider("lr", "param-lr", RoundScale.LEARNING_RATE, onRate, onError);
    rate.sliderWhile(roomy);
    Tooltip.install(rate, new Tooltip("This panel's learning rate, log scale (the one in the bar"
        + " moves every panel's)"));
    setAlignment(Pos.TOP_LEFT);
    setPadding(new Insets(2, 0, 2, 0));
    setPrefWrapLength(330);
    kind.getItems().addAll(MethodKind.values());
    kind.setConverter(Words.of(MethodKind::displayName));
    kind.setId("method-kind");
    // As wide as its longest choice: a method's name is never cut short.
    kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    kind.valueProperty().addListener((obs, old, now) -> {
      // Showing a method sets the box to the kind shown: only a pick of another kind is a change.
      if (now != null && (shown == null || now != shown.kind())) {
        onChange.accept(DefaultExperiment.method(now));
      }
    });
  }

  /**
   * Shows the method's kind without offering another: for runs that keep their method while they
   * exist (image runs, whose checkpoints and optimiser state are their method's).
   */
  public void fixKind() {
    kind.setDisable(true);
  }

  // Two rows for every method, so that the surfaces of all panels line up; more when a narrow panel
  // needs them, never fewer than the fields take.
  @Override
  protected double computeMinHeight(double width) {
    return computePrefHeight(width);
  }

  @Override
  protected double computePrefHeight(double width) {
    return Math.max(TWO_ROWS, super.computePrefHeight(width));
  }

  /** Shows {@code method}, rebuilding the fields only when it changed. */
  public void show(MethodConfig method) {
    if (method.equals(shown)) {
      return;
    }
    shown = method;
    kind.setValue(method.kind());
    getChildren().setAll(kind);
    showParameters(method);
    if (!getChildren().contains(rate)) {
      getChildren().add(rate);
    }
  }

  private void showParameters(MethodConfig method) {
    if (method instanceof MethodConfig.Clipping c) {
      slider("c", "c", RoundScale.CLIP, c.c(), v -> new MethodConfig.Clipping(v));
    } else if (method instanceof MethodConfig.GradientPenalty gp) {
      slider("\u03bb", "lambda", RoundScale.LAMBDA, gp.lambda(),
          v -> new MethodConfig.GradientPenalty(v, gp.oneSided(), gp.samples()));
      samples(gp.samples(), s -> new MethodConfig.GradientPenalty(gp.lambda(), gp.oneSided(), s));
    } else if (method instanceof MethodConfig.Divergence d) {
      slider("k", "k", RoundScale.DIV_K, d.k(), v -> new MethodConfig.Divergence(v, d.p(),
          d.samples()));
      slider("p", "p", RoundScale.DIV_P, d.p(), v -> new MethodConfig.Divergence(d.k(), v,
          d.samples()));
      samples(d.samples(), s -> new MethodConfig.Divergence(d.k(), d.p(), s));
    } else if (method instanceof MethodConfig.SpectralNorm sn) {
      number("power its", sn.powerIterations(),
          v -> new MethodConfig.SpectralNorm((int) Math.round(v)));
    }
  }

  /** Shows the run's learning rate on its own slider. */
  public void showRate(double learningRate) {
    rate.show(learningRate);
  }

  /** A log slider for one of the method's parameters, proposing the method it makes. */
  private void slider(String name, String id, RoundScale scale, double value, NumberEdit edit) {
    LogSlider slider = new LogSlider(name, "param-" + id, scale, v -> {
      MethodConfig next = edit.with(v);
      if (!next.equals(shown)) {
        onChange.accept(next);
      }
    }, onError);
    slider.sliderWhile(roomy);
    slider.show(value);
    getChildren().add(slider);
  }

  /** Builds a method from one typed number; may throw IllegalArgumentException. */
  private interface NumberEdit {
    MethodConfig with(double value);
  }

  /** Builds a method from one r(x) choice. */
  private interface SamplesEdit {
    MethodConfig with(PenaltySamples samples);
  }

  private void number(String name, double value, NumberEdit edit) {
    Label label = new Label(name);
    TextField field = new TextField(Formats.parameter(value));
    field.setPrefColumnCount(2);
    field.setId("param-" + name.replace(' ', '-'));
    Runnable commit = () -> {
      try {
        MethodConfig next = edit.with(Formats.parse(name, field.getText()));
        if (!next.equals(shown)) {
          onChange.accept(next);
        }
      } catch (IllegalArgumentException e) {
        // The field goes back to the value in force, so that it never shows what was refused.
        field.setText(Formats.parameter(value));
        onError.accept("Not applied: " + e.getMessage() + "; " + name + " stays "
            + Formats.parameter(value) + ".");
      }
    };
    field.setOnAction(e -> commit.run());
    field.focusedProperty().addListener((obs, was, is) -> {
      if (!is) {
        commit.run();
      }
    });
    getChildren().addAll(label, field);
  }

  private void samples(PenaltySamples value, SamplesEdit edit) {
    // The learning rate goes with the parameters, r(x) on a row of its own.
    getChildren().add(rate);
    ComboBox<PenaltySamples> box = new ComboBox<>();
    box.getItems().addAll(PenaltySamples.values());
    box.setValue(value);
    box.setId("param-samples");
    box.setTooltip(new Tooltip("r(x): where the penalty is evaluated"));
    box.setConverter(Words.of(s -> "r(x): " + s.displayName()));
    box.prefWidthProperty().bind(Bindings.createDoubleBinding(
        () -> Math.max(125, Math.min(290, Math.floor(getWidth() - 8))), widthProperty()));
    box.valueProperty().addListener((obs, old, now) -> {
      if (now != null && now != old) {
        onChange.accept(edit.with(now));
      }
    });
    getChildren().add(box);
  }
}
