package org.wganlab.ui.controls;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.wganlab.train.StepKind;
import org.wganlab.ui.model.ConfigEdits;
import org.wganlab.ui.model.ExperimentModel;
import org.wganlab.ui.model.Speed;

/**
 * Play, pause, the three single steps, reset, speed, and adding a panel (refused here when one more
 * run would not fit in memory).
 */
public final class TransportBar extends HBox {

  /** Buttons driving {@code model}. */
  public TransportBar(ExperimentModel model) {
    super(6);
    setAlignment(Pos.CENTER_LEFT);
    // Not the default button: Enter in a field commits the field, it does not start training.
    Button play = button("Play", "play-button", "Train continuously");
    play.setOnAction(e -> model.play());
    Button pause = button("Pause", "pause-button", "Stop after the current iteration");
    pause.setOnAction(e -> model.pause());
    play.disableProperty().bind(model.playingProperty());
    pause.disableProperty().bind(model.playingProperty().not());
    Button critic = button("Step D", "step-critic", "One critic step in every panel");
    critic.setOnAction(e -> model.step(StepKind.CRITIC));
    Button generator = button("Step G", "step-generator", "One generator step in every panel");
    generator.setOnAction(e -> model.step(StepKind.GENERATOR));
    Button iteration = button("Step it.", "step-iteration",
        "n_critic critic steps and one generator step in every panel");
    iteration.setOnAction(e -> model.step(StepKind.ITERATION));
    Button reset = button("Reset", "reset-button", "New networks (applies a pending change)");
    reset.setOnAction(e -> model.reset());
    ComboBox<Speed> speed = new ComboBox<>();
    speed.getItems().addAll(Speed.values());
    speed.setId("speed");
    speed.valueProperty().bindBidirectional(model.speedProperty());
    Button add = button("+ Panel", "add-panel", "Add a panel (up to " + ConfigEdits.MAX_PANELS + ")");
    add.setOnAction(e -> {
      String tooLarge = ConfigEdits.memoryRefusal(model.editing(),
          ConfigEdits.addPanel(model.editing()));
      if (tooLarge != null) {
        model.status().error("No panel added: " + tooLarge + ".");
      } else {
        model.addPanel();
      }
    });
    model.configProperty().addListener((obs, o, n) -> add.setDisable(
        n.runs().size() >= ConfigEdits.MAX_PANELS));
    Button exact = button("Exact W1", "exact-w1",
        "Pause and compare each critic's estimate with the exact W1 of the samples");
    exact.setOnAction(e -> model.measureExact());
    speed.setTooltip(new Tooltip("Training speed: full, or a few iterations a second to watch"));
    getChildren().addAll(play, pause, critic, generator, iteration, reset, speed, add, exact);
  }

  private static Button button(String text, String id, String tip) {
    Button button = new Button(text);
    button.setId(id);
    button.setTooltip(new Tooltip(tip));
    return button;
  }
}
