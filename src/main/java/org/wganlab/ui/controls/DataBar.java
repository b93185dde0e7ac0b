package org.wganlab.ui.controls;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.wganlab.data.DataFormatException;
import org.wganlab.data.PointSet;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.TrainingMode;
import org.wganlab.ui.files.Exports;
import org.wganlab.ui.files.FileDialogs;
import org.wganlab.ui.files.FileKind;
import org.wganlab.ui.model.DataChoice;
import org.wganlab.ui.model.DataSources;
import org.wganlab.ui.model.ExperimentModel;
import org.wganlab.ui.model.Words;

/**
 * The data set (built-ins, toydata/ files, an opened CSV, a drawing) and the training mode. A CSV is
 * read and checked off the JavaFX thread before it is offered; a bad file leaves everything as it was
 * and says which line is wrong.
 */
public final class DataBar extends HBox {
  private final ExperimentModel model;
  private final DataSources sources;
  private final ComboBox<DataChoice> data = new ComboBox<>();
  private final ComboBox<TrainingMode> mode = new ComboBox<>();

  /** Controls for {@code model}'s data; files are chosen with {@code dialogs}, read via {@code files}. */
  public DataBar(ExperimentModel model, DataSources sources, FileDialogs dialogs, Exports files,
      Supplier<Window> owner) {
    super(6);
    this.model = model;
    this.sources = sources;
    setAlignment(Pos.CENTER_LEFT);
    data.setId("data");
    data.setItems(sources.choices());
    data.setPrefWidth(150);
    mode.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    data.valueProperty().addListener((obs, o, n) -> {
      if (n != null) {
        use(n);
      }
    });
    Button open = new Button("Open CSV...");
    open.setId("open-csv");
    open.setTooltip(new Tooltip("Train on points from a CSV file (x,y per line)"));
    open.setOnAction(e -> dialogs.open(FileKind.CSV).ifPresent(file -> check(file, files)));
    Button draw = new Button("Draw...");
    draw.setId("draw-data");
    draw.setTooltip(new Tooltip("Draw a data set with the mouse"));
    draw.setOnAction(e -> new DrawDialog(owner.get(), model.editing().evaluation().grid())
        .showAndWait().ifPresent(this::useDrawing));
    mode.setId("mode");
    mode.getItems().addAll(TrainingMode.values());
    mode.setConverter(Words.of(TrainingMode::displayName));
    mode.valueProperty().addListener((obs, o, n) -> {
      // Showing the config sets the mode it holds: only another one is a change.
      if (n != null && n != model.editing().mode()) {
        model.edit("Mode " + n.displayName(), c -> c.withMode(n));
      }
    });
    getChildren().addAll(new Label("Data"), data, open, draw, new Label("Mode"), mode);
    model.configProperty().addListener(obs -> show(model.editing()));
    model.pendingProperty().addListener(obs -> show(model.editing()));
    // Data that could not be read leaves the config as it was: the menu shows it again.
    model.noticeProperty().addListener(obs -> show(model.editing()));
    show(model.editing());
  }

  private void check(Path file, Exports files) {
    model.status().info("Reading " + file + " ...");
    files.background(() -> {
      try {
        PointSet points = DataSources.check(file);
        Platform.runLater(() -> {
          DataChoice choice = sources.choiceFor(file.toString());
          model.status().info("Read " + points.size() + " points from " + file + ".");
          data.setValue(choice);
        });
      } catch (DataFormatException | RuntimeException e) {
        Platform.runLater(() -> model.status().error("Cannot use " + file + ": " + e.getMessage()));
      }
    });
  }

  /** Uses points drawn with the mouse. */
  public void useDrawing(PointSet points) {
    data.setValue(sources.addDrawn(points));
  }

  private void use(DataChoice choice) {
    if (!choice.reference().equals(model.editing().data())) {
      model.edit("Data set " + choice.label(), c -> c.withData(choice.reference()));
    }
  }

  private void show(ExperimentConfig config) {
    data.setValue(sources.choiceFor(config.data()));
    mode.setValue(config.mode());
  }
}
