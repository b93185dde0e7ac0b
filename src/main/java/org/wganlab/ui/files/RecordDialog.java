package org.wganlab.ui.files;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.wganlab.ui.model.StatusModel;

/**
 * The small window that records a panel or the whole window as an animated GIF: its length, frame
 * rate and what to record, a Record button that asks for the file, a progress bar and a Stop.
 * Training goes on meanwhile; the window stays usable. The outcome goes to the status line and the
 * dialog's own line.
 */
public final class RecordDialog {
  /** Lengths offered, in seconds. */
  static final List<Integer> SECONDS = List.of(2, 5, 10, 20, 30, 60);
  /** Frame rates offered. */
  static final List<Integer> RATES = List.of(5, 10, 15, 25);

  private final Supplier<Node> window;
  private final Supplier<List<? extends Node>> panels;
  private final Supplier<List<String>> panelNames;
  private final FileDialogs dialogs;
  private final Executor io;
  private final StatusModel status;
  private final Stage stage = new Stage(StageStyle.UTILITY);
  private final ChoiceBox<Integer> seconds = new ChoiceBox<>();
  private final ChoiceBox<Integer> rate = new ChoiceBox<>();
  private final ChoiceBox<String> what = new ChoiceBox<>();
  private final ProgressBar progress = new ProgressBar(0);
  private final Label count = new Label("Not recording.");
  private final Button record = new Button("Record...");
  private final Button stop = new Button("Stop");
  private Recording recording;

  /**
   * A dialog over {@code owner} that records {@code window} or one of {@code panels} (named by
   * {@code panelNames}), asking for the file with {@code dialogs} and encoding on {@code io}.
   */
  public RecordDialog(Window owner, Supplier<Node> window, Supplier<List<? extends Node>> panels,
      Supplier<List<String>> panelNames, FileDialogs dialogs, Executor io, StatusModel status) {
    this.window = window;
    this.panels = panels;
    this.panelNames = panelNames;
    this.dialogs = dialogs;
    this.io = io;
    this.status = status;
    stage.initOwner(owner);
    stage.setTitle("Record as GIF");
    seconds.getItems().setAll(SECONDS);
    seconds.setConverter(units(" s"));
    seconds.setValue(10);
    seconds.setId("record-seconds");
    rate.getItems().setAll(RATES);
    rate.setConverter(units(" frames/s"));
    rate.setValue(10);
    rate.setId("record-rate");
    what.setId("record-what");
    progress.setId("record-progress");
    progress.setPrefWidth(260);
    count.setId("record-count");
    count.setWrapText(true);
    count.setMaxWidth(360);
    record.setId("record-start");
    record.setDefaultButton(true);
    record.setOnAction(e -> start());
    stop.setId("record-stop");
    stop.setDisable(true);
    stop.setOnAction(e -> recording.stop());
    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(6);
    form.addRow(0, new Label("Record"), what);
    form.addRow(1, new Label("Length"), seconds);
    form.addRow(2, new Label("Frame rate"), rate);
    VBox root = new VBox(10, form, progress, count, new HBox(8, record, stop));
    root.setPadding(new Insets(12));
    stage.setScene(new Scene(root));
    stage.setOnHidden(e -> {
      if (recording != null) {
        recording.stop();
      }
    });
  }

  /** Shows the dialog, its choice of panels brought up to date. */
  public void show() {
    List<String> choices = new ArrayList<>(List.of("Whole window"));
    List<String> names = panelNames.get();
    for (int i = 0; i < names.size(); i++) {
      choices.add("Panel " + (i + 1) + ": " + names.get(i));
    }
    String before = what.getValue();
    what.getItems().setAll(choices);
    what.setValue(choices.contains(before) ? before : choices.get(0));
    stage.show();
    stage.toFront();
  }

  private void start() {
    int index = what.getItems().indexOf(what.getValue());
    List<? extends Node> shown = panels.get();
    if (index > shown.size()) {
      status.error("Panel " + index + " is gone; choose again.");
      show();
      return;
    }
    Node node = index == 0 ? window.get() : shown.get(index - 1);
    String name = index == 0 ? "wgan-lab" : "panel-" + index;
    dialogs.save(FileKind.GIF, name + ".gif").ifPresent(path -> {
      recording = new Recording(node, path, seconds.getValue(), rate.getValue(), io,
          text -> done(text, false), text -> done(text, true));
      progress.progressProperty().bind(recording.progressProperty());
      int total = recording.total();
      count.textProperty().bind(recording.framesProperty().asString(
          "Recording: %d frames of " + total + " (" + recording.size() + " pixels)"));
      record.setDisable(true);
      stop.setDisable(false);
      recording.runningProperty().addListener((obs, was, is) -> stop.setDisable(!is));
      recording.start();
      status.info("Recording " + what.getValue() + " to " + path + "; Stop ends it early.");
    });
  }

  private void done(String text, boolean failed) {
    count.textProperty().unbind();
    count.setText(text);
    record.setDisable(false);
    if (failed) {
      status.error(text);
    } else {
      status.info(text);
    }
  }

  private static StringConverter<Integer> units(String unit) {
    return new StringConverter<>() {
      @Override
      public String toString(Integer value) {
        return value == null ? "" : value + unit;
      }

      @Override
      public Integer fromString(String text) {
        return Integer.valueOf(text.replace(unit, "").trim());
      }
    };
  }
}
