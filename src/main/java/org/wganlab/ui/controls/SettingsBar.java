package org.wganlab.ui.controls;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.wganlab.nn.Activation;
import org.wganlab.nn.OptimizerKind;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.ui.model.ConfigEdits;
import org.wganlab.ui.model.ExperimentModel;
import org.wganlab.ui.model.Formats;
import org.wganlab.ui.model.Words;

/**
 * The settings every panel shares: learning rate (log slider), n_critic, batch, width, depth,
 * activation, optimiser and seed. Learning rate, optimiser and n_critic apply live; the others wait for
 * a reset (the model decides and says so). A change that would not fit in memory is refused here,
 * before it is proposed, and the control shows the value in force again. The controls always show the config being edited. They
 * come in two groups, what changes live and what needs new networks, which the window's control flow
 * places on one row or two as the width allows.
 */
public final class SettingsBar {
  private final ExperimentModel model;
  private final Slider rate = new Slider(-5, -2, -3);
  private final Label rateText = new Label();
  private final Spinner<Integer> criticIters;
  private final ComboBox<Integer> batch = new ComboBox<>();
  private final ComboBox<Integer> width = new ComboBox<>();
  private final Spinner<Integer> depth;
  private final ComboBox<Activation> activation = new ComboBox<>();
  private final ComboBox<OptimizerKind> optimizer = new ComboBox<>();
  private final TextField seed = new TextField();
  private final HBox live = new HBox(6);
  private final HBox networks = new HBox(6);
  private boolean updating;

  /** Controls editing {@code model}'s shared settings. */
  public SettingsBar(ExperimentModel model) {
    this.model = model;
    criticIters = new WholeNumberSpinner(1, 20, 5, "n_critic", model.status()::error);
    depth = new WholeNumberSpinner(1, 12, 3, "Depth", model.status()::error);
    live.setAlignment(Pos.CENTER_LEFT);
    networks.setAlignment(Pos.CENTER_LEFT);
    rate.setId("lr-slider");
    rate.setPrefWidth(80);
    rate.setBlockIncrement(0.25);
    rate.setTooltip(new Tooltip("Learning rate of every panel (log scale, 1e-5 to 1e-2)"));
    rateText.setId("lr-text");
    rateText.setMinWidth(44);
    rate.valueProperty().addListener((obs, o, n) -> {
      rateText.setText(Formats.rate(Math.pow(10, n.doubleValue())));
      if (!rate.isValueChanging()) {
        applyRate();
      }
    });
    rate.valueChangingProperty().addListener((obs, was, is) -> {
      if (!is) {
        applyRate();
      }
    });
    criticIters.setId("ncritic");
    criticIters.setPrefWidth(62);
    criticIters.valueProperty().addListener((obs, o, n) -> edit("n_critic",
        c -> ConfigEdits.criticIters(c, n)));
    batch.setId("batch");
    batch.getItems().addAll(32, 64, 128, 256, 512, 1024);
    batch.valueProperty().addListener((obs, o, n) -> edit("Batch size", c -> ConfigEdits.batch(c, n)));
    width.setId("width");
    width.getItems().addAll(16, 32, 64, 128, 256, 512);
    width.valueProperty().addListener((obs, o, n) -> edit("Width", c -> ConfigEdits.width(c, n)));
    depth.setId("depth");
    depth.setPrefWidth(60);
    depth.valueProperty().addListener((obs, o, n) -> edit("Depth", c -> ConfigEdits.depth(c, n)));
    activation.setId("activation");
    activation.getItems().addAll(Activation.values());
    activation.setConverter(Words.of(Activation::displayName));
    activation.valueProperty().addListener((obs, o, n) -> edit("Activation",
        c -> ConfigEdits.activation(c, n)));
    optimizer.setId("optimizer");
    optimizer.getItems().addAll(OptimizerKind.values());
    optimizer.setConverter(Words.of(OptimizerKind::displayName));
    // A prompt alone vanishes for good once a combo box's value was set and cleared (as every preset
    // with mixed optimisers does); a cell of our own says "per panel" whenever there is no value.
    optimizer.setPromptText("per panel");
    optimizer.setButtonCell(new javafx.scene.control.ListCell<>() {
      @Override
      protected void updateItem(OptimizerKind item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? "per panel" : item.displayName());
      }
    });
    optimizer.valueProperty().addListener((obs, o, n) -> edit("Optimiser",
        c -> ConfigEdits.optimizer(c, n)));
    seed.setId("seed");
    seed.setPrefColumnCount(5);
    seed.setOnAction(e -> applySeed());
    seed.focusedProperty().addListener((obs, was, is) -> {
      if (!is) {
        applySeed();
      }
    });
    live.getChildren().addAll(new Label("Learning rate"), rate, rateText, new Label("n_critic"),
        criticIters, optimizer);
    networks.getChildren().addAll(new Label("Batch"), batch, new Label("Width"), width,
        new Label("Depth"), depth, activation, new Label("Seed"), seed);
    activation.setTooltip(new Tooltip("Activation of both networks' hidden layers"));
    optimizer.setTooltip(new Tooltip("Optimiser of every panel (empty when the panels differ)"));
    model.configProperty().addListener(obs -> show(model.editing()));
    model.pendingProperty().addListener(obs -> show(model.editing()));
    show(model.editing());
  }

  /** The two groups of controls: live settings, then those that need new networks. */
  public List<Node> groups() {
    return List.of(live, networks);
  }

  private void applyRate() {
    double value = Double.parseDouble(Formats.rate(Math.pow(10, rate.getValue())));
    edit("Learning rate " + Formats.rate(value), c -> ConfigEdits.learningRate(c, value));
  }

  private void applySeed() {
    try {
      long value = Formats.parseLong("Seed", seed.getText());
      edit("Seed", c -> c.withSeed(value));
    } catch (IllegalArgumentException e) {
      // Back to the seed in force: the field never shows what was refused.
      long inForce = model.editing().seed();
      seed.setText(Long.toString(inForce));
      model.status().error("Not applied: " + e.getMessage() + "; the seed stays " + inForce + ".");
    }
  }

  private void edit(String what, Function<ExperimentConfig, ExperimentConfig> change) {
    if (updating) {
      return;
    }
    ExperimentConfig current = model.editing();
    ExperimentConfig next;
    try {
      next = change.apply(current);
    } catch (IllegalArgumentException e) {
      model.status().error("Not applied: " + e.getMessage());
      show(current);
      return;
    }
    if (next.equals(current)) {
      return;
    }
    String tooLarge = ConfigEdits.memoryRefusal(current, next);
    if (tooLarge != null) {
      model.status().error("Not applied: " + what + ": " + tooLarge + ".");
      show(current);
      return;
    }
    model.change(next, what);
  }

  private void show(ExperimentConfig config) {
    updating = true;
    try {
      double lr = ConfigEdits.sharedRate(config);
      if (!rate.isValueChanging()) {
        rate.setValue(Math.log10(lr));
      }
      rateText.setText(Formats.rate(lr));
      criticIters.getValueFactory().setValue(config.criticIters());
      batch.setValue(config.batch());
      width.setValue(config.critic().width());
      depth.getValueFactory().setValue(config.critic().depth());
      activation.setValue(config.critic().activation());
      optimizer.setValue(ConfigEdits.sharedOptimizer(config));
      if (!seed.isFocused()) {
        seed.setText(Long.toString(config.seed()));
      }
    } finally {
      updating = false;
    }
  }
}
