package org.wganlab.ui.controls;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitMenuButton;
import org.wganlab.train.Pace;
import org.wganlab.train.StepKind;
import org.wganlab.train.TrainingSession;
import org.wganlab.ui.model.ExperimentModel;

/**
 * Play, pause, the three single steps, reset, the pace, adding a panel (fresh, or going on from a
 * copy of another panel's networks) and the exact W1. Each proposes to the model; what the buttons
 * and the pace show is what the session answered.
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
    ComboBox<Pace> speed = new ComboBox<>();
    speed.getItems().addAll(Pace.values());
    speed.setId("speed");
    speed.setValue(model.paceProperty().get());
    model.paceProperty().addListener((obs, o, n) -> speed.setValue(n));
    // Showing the session's pace sets the box to it: only another pace is a request.
    speed.valueProperty().addListener((obs, o, n) -> {
      if (n != null && n != model.paceProperty().get()) {
        model.setPace(n);
      }
    });
    SplitMenuButton add = new SplitMenuButton();
    add.setText("+ Panel");
    add.setId("add-panel");
    add.setTooltip(new Tooltip("Add a panel (up to " + TrainingSession.MAX_PANELS
        + "): new networks, or (arrow) a copy of another panel's networks"));
    add.setOnAction(e -> model.addPanel());
    add.setOnShowing(e -> copyChoices(add, model));
    model.configProperty().addListener((obs, o, n) -> add.setDisable(
        n.runs().size() >= TrainingSession.MAX_PANELS));
    Button exact = button("Exact W1", "exact-w1",
        "Pause and compare each critic's estimate with the exact W1 of the samples");
    exact.setOnAction(e -> model.measureExact());
    speed.setTooltip(new Tooltip("Training speed: full, or a few iterations a second to watch"));
    getChildren().addAll(play, pause, critic, generator, iteration, reset, speed, add, exact);
  }

  /** One menu entry per panel: a new panel that goes on from a copy of its networks. */
  private static void copyChoices(SplitMenuButton add, ExperimentModel model) {
    add.getItems().clear();
    for (int i = 0; i < model.runs().size(); i++) {
      int source = i;
      MenuItem copy = new MenuItem("Copy of panel " + (i + 1) + " ("
          + model.runs().get(i).titleProperty().get() + ")");
      copy.setId("copy-panel-" + (i + 1));
      copy.setOnAction(e -> model.addPanel(source));
      add.getItems().add(copy);
    }
  }

  private static Button button(String text, String id, String tip) {
    Button button = new Button(text);
    button.setId(id);
    button.setTooltip(new Tooltip(tip));
    return button;
  }
}
