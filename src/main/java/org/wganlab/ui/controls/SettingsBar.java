package org.wganlab.ui.controls;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
import org.wganlab.ui.model.RoundScale;
import org.wganlab.ui.panel.LogSlider;
import org.wganlab.ui.model.Words;

/**
 * The settings every panel shares: learning rate (a log slider that reads "mixed" where the panels'
 * rates differ and then keeps their ratios), n_critic, batch, width, depth,
 * activation, optimiser and seed. Learning rate, optimiser and n_critic apply live; the others wait for
 * a reset (the training session decides and says so). The controls show the config being edited as
 * the session last told it, and propose a change only when the user picked a value it does not hold
 * already (so showing a config never proposes one); the session refuses one that would not fit in
 * memory, with both figures. They come in two groups, what changes live and what needs new networks, which
 * the window's control flow
 * places on one row or two as the width allows.
 */
public final class SettingsBar {
  private static final int MAX_CRITIC_ITERS = 20;
  private static final int MAX_DEPTH = 12;
  private final ExperimentModel model;
  private final LogSlider rate;
  private final Spinner<Integer> criticIters;
  private final ComboBox<Integer> batch = new ComboBox<>();
  private final ComboBox<Integer> width = new ComboBox<>();
  private final Spinner<Integer> depth;
  private final ComboBox<Activation> activation = new ComboBox<>();
  private final ComboBox<OptimizerKind> optimizer = new ComboBox<>();
  private final TextField seed = new TextField();
  private final HBox live = new HBox(6);
  private final HBox networks = new HBox(6);

  /** Controls editing {@code model}'s shared settings. */
  public SettingsBar(ExperimentModel model) {
    this.model = model;
    rate = new LogSlider("lr", "lr", RoundScale.LEARNING_RATE, this::applyRate,
        model.status()::error);
    rate.setFieldColumns(4);
    Tooltip.install(rate, new Tooltip("Learning rate of every panel (log scale). Where the panels"
        + " differ it reads \"mixed\", and moving it multiplies every panel's rate by the same"
        + " factor, keeping their ratios; each panel has its own slider too."));
    criticIters = new WholeNumberSpinner(1, MAX_CRITIC_ITERS, 5, "n_critic", model.status()::error);
    depth = new WholeNumberSpinner(1, MAX_DEPTH, 3, "Depth", model.status()::error);
    live.setAlignment(Pos.CENTER_LEFT);
    networks.setAlignment(Pos.CENTER_LEFT);
    criticIters.setId("ncritic");
    criticIters.setPrefWidth(62);
    // A spinner keeps its value within its range: a config beyond it shows as the nearest end,
    // which is what showing it sets and so no change.
    criticIters.valueProperty().addListener((obs, o, n) -> edit("n_critic", n,
        c -> Math.min(MAX_CRITIC_ITERS, c.criticIters()), ConfigEdits::criticIters));
    batch.setId("batch");
    batch.getItems().addAll(32, 64, 128, 256, 512, 1024);
    batch.valueProperty().addListener((obs, o, n) -> edit("Batch size", n, ExperimentConfig::batch,
        ConfigEdits::batch));
    width.setId("width");
    width.getItems().addAll(16, 32, 64, 128, 256, 512);
    width.valueProperty().addListener((obs, o, n) -> edit("Width", n, c -> c.critic().width(),
        ConfigEdits::width));
    depth.setId("depth");
    depth.setPrefWidth(60);
    depth.valueProperty().addListener((obs, o, n) -> edit("Depth", n,
        c -> Math.min(MAX_DEPTH, c.critic().depth()), ConfigEdits::depth));
    activation.setId("activation");
    activation.getItems().addAll(Activation.values());
    activation.setConverter(Words.of(Activation::displayName));
    activation.valueProperty().addListener((obs, o, n) -> edit("Activation", n,
        c -> c.critic().activation(), ConfigEdits::activation));
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
    optimizer.valueProperty().addListener((obs, o, n) -> edit("Optimiser", n,
        ConfigEdits::sharedOptimizer, ConfigEdits::optimizer));
    seed.setId("seed");
    seed.setPrefColumnCount(5);
    seed.setOnAction(e -> applySeed());
    seed.focusedProperty().addListener((obs, was, is) -> {
      if (!is) {
        applySeed();
      }
    });
    live.getChildren().addAll(rate, new Label("n_critic"),
        criticIters, optimizer);
    networks.getChildren().addAll(new Label("Batch"), batch, new Label("Width"), width,
        new Label("Depth"), depth, activation, new Label("Seed"), seed);
    activation.setTooltip(new Tooltip("Activation of both networks' hidden layers"));
    optimizer.setTooltip(new Tooltip("Optimiser of every panel (empty when the panels differ)"));
    model.configProperty().addListener(obs -> show(model.editing()));
    model.pendingProperty().addListener(obs -> show(model.editing()));
    // A refused change leaves the config as it was: the controls show it again.
    model.noticeProperty().addListener(obs -> show(model.editing()));
    show(model.editing());
  }

  /** The two groups of controls: live settings, then those that need new networks. */
  public List<Node> groups() {
    return List.of(live, networks);
  }

  /**
   * The rate picked on the shared slider: every panel's where they share one; where they differ,
   * every panel's times the factor from the middle of their rates to {@code picked}, so that no
   * panel's own rate is silently made equal to the others'.
   */
  private void applyRate(double picked) {
    ExperimentConfig config = model.editing();
    if (!Double.isNaN(ConfigEdits.commonRate(config))) {
      model.edit("Learning rate " + Formats.sliderValue(picked) + " for every panel",
          c -> ConfigEdits.learningRate(c, picked));
      return;
    }
    double factor = picked / ConfigEdits.middleRate(config);
    ExperimentConfig scaled = ConfigEdits.scaleLearningRates(config, factor);
    model.edit("Learning rates x" + Formats.number(factor) + ", ratios kept: " + rates(scaled),
        c -> ConfigEdits.scaleLearningRates(c, factor));
  }

  /** Each panel's learning rate in words: "1: 5e-4, 2: 5e-5". */
  private static String rates(ExperimentConfig config) {
    List<String> each = new java.util.ArrayList<>();
    for (int i = 0; i < config.runs().size(); i++) {
      each.add((i + 1) + ": " + Formats.sliderValue(config.runs().get(i).optimizer().learningRate()));
    }
    return String.join(", ", each);
  }

  private void applySeed() {
    try {
      long value = Formats.parseLong("Seed", seed.getText());
      edit("Seed", value, ExperimentConfig::seed, ExperimentConfig::withSeed);
    } catch (IllegalArgumentException e) {
      // Back to the seed in force: the field never shows what was refused.
      long inForce = model.editing().seed();
      seed.setText(Long.toString(inForce));
      model.status().error("Not applied: " + e.getMessage() + "; the seed stays " + inForce + ".");
    }
  }

  /**
   * Proposes setting {@code value} with {@code change}, unless the config being edited holds it
   * already (as it does while the controls show a config) or there is no value.
   */
  private <T> void edit(String what, T value, Function<ExperimentConfig, T> held,
      BiFunction<ExperimentConfig, T, ExperimentConfig> change) {
    if (value != null && !Objects.equals(value, held.apply(model.editing()))) {
      model.edit(what, c -> change.apply(c, value));
    }
  }

  private void show(ExperimentConfig config) {
    double common = ConfigEdits.commonRate(config);
    if (Double.isNaN(common)) {
      rate.showMixed(ConfigEdits.middleRate(config));
    } else {
      rate.show(common);
    }
    criticIters.getValueFactory().setValue(config.criticIters());
    batch.setValue(config.batch());
    width.setValue(config.critic().width());
    depth.getValueFactory().setValue(config.critic().depth());
    activation.setValue(config.critic().activation());
    optimizer.setValue(ConfigEdits.sharedOptimizer(config));
    if (!seed.isFocused()) {
      seed.setText(Long.toString(config.seed()));
    }
  }
}
