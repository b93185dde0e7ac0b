package org.wganlab.ui.panel;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
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
import org.wganlab.ui.model.Words;

/**
 * A panel's method and its parameters: c for clipping, lambda and the side for GP, k and p for W-div,
 * r(x) for both penalties, power iterations for spectral norm. A typed value is applied on Enter or
 * when the field loses focus; a value that is not a valid number leaves the method unchanged and the
 * reason goes to {@code onError}.
 */
public final class MethodEditor extends FlowPane {
  private static final double TWO_ROWS = 58;
  private final ComboBox<MethodKind> kind = new ComboBox<>();
  private final Consumer<MethodConfig> onChange;
  private final Consumer<String> onError;
  private MethodConfig shown;

  /** An editor that reports valid methods to {@code onChange} and problems to {@code onError}. */
  public MethodEditor(Consumer<MethodConfig> onChange, Consumer<String> onError) {
    super(6, 4);
    this.onChange = onChange;
    this.onError = onError;
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
    if (method instanceof MethodConfig.Clipping c) {
      number("c", c.c(), v -> new MethodConfig.Clipping(v));
    } else if (method instanceof MethodConfig.GradientPenalty gp) {
      number("lambda", gp.lambda(), v -> new MethodConfig.GradientPenalty(v, gp.oneSided(),
          gp.samples()));
      samples(gp.samples(), s -> new MethodConfig.GradientPenalty(gp.lambda(), gp.oneSided(), s));
    } else if (method instanceof MethodConfig.Divergence d) {
      number("k", d.k(), v -> new MethodConfig.Divergence(v, d.p(), d.samples()));
      number("p", d.p(), v -> new MethodConfig.Divergence(d.k(), v, d.samples()));
      samples(d.samples(), s -> new MethodConfig.Divergence(d.k(), d.p(), s));
    } else if (method instanceof MethodConfig.SpectralNorm sn) {
      number("power its", sn.powerIterations(),
          v -> new MethodConfig.SpectralNorm((int) Math.round(v)));
    }
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
    Label label = new Label(name.equals("lambda") ? "\u03bb" : name);
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
    ComboBox<PenaltySamples> box = new ComboBox<>();
    box.getItems().addAll(PenaltySamples.values());
    box.setValue(value);
    box.setId("param-samples");
    box.setTooltip(new Tooltip("r(x): where the penalty is evaluated"));
    box.setConverter(Words.of(s -> "r(x): " + s.displayName()));
    box.prefWidthProperty().bind(widthBetween(1, 125, 290));
    box.valueProperty().addListener((obs, old, now) -> {
      if (now != null && now != old) {
        onChange.accept(edit.with(now));
      }
    });
    getChildren().add(box);
  }

  /** A share of the editor's width, kept between {@code least} and {@code most}. */
  private DoubleBinding widthBetween(double share, double least, double most) {
    return Bindings.createDoubleBinding(
        () -> Math.max(least, Math.min(most, Math.floor(share * getWidth() - 8))), widthProperty());
  }
}
