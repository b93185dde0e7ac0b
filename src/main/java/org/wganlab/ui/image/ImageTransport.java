package org.wganlab.ui.image;

import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.wganlab.image.live.ImageSnapshot;
import org.wganlab.train.Experiment;
import org.wganlab.train.Pace;
import org.wganlab.ui.controls.WholeNumberSpinner;

/**
 * Play, Pause, Step (one iteration of every run), Reset, the pace and n_critic (live, for every
 * run), the Settings toggle that shows the runs' editors, then the run folder and
 * whether the window trains it or only follows it. The buttons propose; the session's snapshot
 * decides what they show.
 */
final class ImageTransport extends HBox {
  private final Button play = button("Play", "image-play");
  private final Button pause = button("Pause", "image-pause");
  private final Button step = button("Step", "image-step");
  private final Button reset = button("Reset", "image-reset");
  private final ChoiceBox<Pace> pace = new ChoiceBox<>();
  private final WholeNumberSpinner criticIters;
  private final Label folder = new Label();
  private final Label access = new Label();
  private final ToggleButton settings = new ToggleButton("Settings");
  private boolean showing;

  /**
   * A bar for the window's session {@code model}, whose Reset asks {@code confirmReset} first and
   * whose Settings button shows the runs' editors while {@code settingsShown}.
   */
  ImageTransport(Supplier<ImageModel> model, BooleanSupplier confirmReset,
      BooleanProperty settingsShown) {
    super(8);
    setPadding(new Insets(4, 8, 4, 8));
    setAlignment(Pos.CENTER_LEFT);
    play.setOnAction(e -> model.get().play());
    pause.setOnAction(e -> model.get().pause());
    step.setOnAction(e -> model.get().step());
    reset.setOnAction(e -> {
      if (confirmReset.getAsBoolean()) {
        model.get().reset();
      }
    });
    criticIters = new WholeNumberSpinner(1, Experiment.MAX_CRITIC_ITERS,
        Experiment.REFERENCE_CRITIC_ITERS, "n_critic", e -> model.get().status().error(e));
    criticIters.setId("image-ncritic");
    criticIters.setPrefWidth(62);
    criticIters.setTooltip(new javafx.scene.control.Tooltip("Critic steps per generator step in"
        + " every run; changes from the next iteration"));
    criticIters.valueProperty().addListener((obs, was, is) -> {
      if (!showing && is != null) {
        model.get().editCriticIters(is);
      }
    });
    pace.getItems().setAll(Pace.values());
    pace.setValue(Pace.FULL);
    pace.setId("image-pace");
    pace.valueProperty().addListener((obs, was, is) -> {
      if (!showing && is != null) {
        model.get().setPace(is);
      }
    });
    settings.setId("image-settings");
    settings.selectedProperty().bindBidirectional(settingsShown);
    settings.setTooltip(new javafx.scene.control.Tooltip("Show or hide each run's method parameters"
        + " and learning rate (hidden, the sample grids take their room)"));
    folder.setId("image-folder");
    access.setId("image-access");
    access.setWrapText(true);
    for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {play, pause, step,
        reset, pace, settings}) {
      c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
    VBox where = new VBox(0, folder, access);
    HBox.setHgrow(where, javafx.scene.layout.Priority.ALWAYS);
    where.setMinWidth(0);
    Label paceLabel = new Label("Pace");
    Label criticLabel = new Label("n_critic");
    // The labels stay whole; the folder's lines beside them wrap instead.
    paceLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    criticLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    criticIters.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    getChildren().addAll(play, pause, step, reset, paceLabel, pace, criticLabel, criticIters,
        settings, where);
    bind(null);
  }

  private static Button button(String text, String id) {
    Button b = new Button(text);
    b.setId(id);
    return b;
  }

  /** Enables the buttons for a session ({@code null}: none yet). */
  void bind(ImageModel model) {
    for (Button b : new Button[] {play, pause, step, reset}) {
      b.setDisable(model == null);
    }
    pace.setDisable(model == null);
    criticIters.setDisable(true);
  }

  /** Shows what {@code shot} says. */
  void show(ImageSnapshot shot) {
    showing = true;
    pace.setValue(shot.pace());
    if (shot.experiment() != null) {
      criticIters.getValueFactory().setValue(shot.experiment().criticIters());
    }
    showing = false;
    // n_critic changes live only in a run the window trains.
    criticIters.setDisable(shot.access() != ImageSnapshot.Access.TRAINING);
    play.setDisable(shot.playing());
    pause.setDisable(!shot.playing());
    reset.setDisable(shot.access() != ImageSnapshot.Access.TRAINING);
    // The name says which run; the whole path is in the tooltip.
    folder.setText("run folder: " + shot.folder().getFileName());
    folder.setTooltip(new javafx.scene.control.Tooltip(shot.folder().toAbsolutePath().toString()));
    access.setText(switch (shot.access()) {
      case TRAINING -> "training into this folder";
      case LOADING -> "making the run ready: " + shot.data();
      // The writer's note is a sentence of its own, with its full stop.
      case WATCHING -> (shot.writerNote().isEmpty()
          ? "following this folder (read-only); Play resumes it."
          : "following this folder (read-only): " + shot.writerNote())
          + " Weights from its checkpoints; gradient norms need the data, read once it trains here.";
    });
  }
}
