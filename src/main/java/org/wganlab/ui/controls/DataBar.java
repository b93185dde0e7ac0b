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
import org.wganlab.data.Dataset;
import org.wganlab.data.Datasets;
import org.wganlab.data.PointSet;
import org.wganlab.train.DataView;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.TrainingMode;
import org.wganlab.ui.files.Exports;
import org.wganlab.ui.files.FileDialogs;
import org.wganlab.ui.files.FileKind;
import org.wganlab.ui.model.ConfigEdits;
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
  private final Exports files;

  /** Controls for {@code model}'s data; files are chosen with {@code dialogs}, read via {@code files}. */
  public DataBar(ExperimentModel model, DataSources sources, FileDialogs dialogs, Exports files,
      Supplier<Window> owner) {
    super(6);
    this.model = model;
    this.sources = sources;
    this.files = files;
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
    open.setOnAction(e -> dialogs.open(FileKind.CSV).ifPresent(this::check));
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
        ExperimentConfig preview = model.editing();
        model.edit("Mode " + n.displayName()
            + ConfigEdits.lambdaNote(preview, ConfigEdits.mode(preview, n)),
            c -> ConfigEdits.mode(c, n));
      }
    });
    getChildren().addAll(new Label("Data"), data, open, draw, new Label("Mode"), mode);
    model.configProperty().addListener(obs -> show(model.editing()));
    model.pendingProperty().addListener(obs -> show(model.editing()));
    // Data that could not be read leaves the config as it was: the menu shows it again.
    model.noticeProperty().addListener(obs -> show(model.editing()));
    show(model.editing());
  }

  private void check(Path file) {
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

  /**
   * Proposes {@code choice} as the data, with a view that shows it ({@link DataView}); a file is read
   * off the JavaFX thread for that.
   */
  private void use(DataChoice choice) {
    if (choice.reference().equals(model.editing().data())) {
      return;
    }
    if (choice.source() == DataChoice.DataSource.BUILT_IN
        || choice.source() == DataChoice.DataSource.DRAWN) {
      propose(choice, resolved(choice));
      return;
    }
    files.background(() -> {
      Dataset dataset = resolved(choice);
      Platform.runLater(() -> propose(choice, dataset));
    });
  }

  /**
   * The data set {@code choice} names, or null when it cannot be read (the session then refuses it
   * and says why).
   */
  private Dataset resolved(DataChoice choice) {
    try {
      var drawn = sources.drawnPoints(choice.reference());
      return drawn.isPresent() ? new Dataset.Points("drawn", choice.reference(), drawn.get())
          : Datasets.resolve(choice.reference());
    } catch (DataFormatException | RuntimeException e) {
      return null;
    }
  }

  private void propose(DataChoice choice, Dataset dataset) {
    if (choice.reference().equals(model.editing().data())) {
      return;
    }
    model.edit("Data set " + choice.label(), dataset == null
        ? c -> c.withData(choice.reference()) : c -> DataView.withData(c, dataset));
  }

  private void show(ExperimentConfig config) {
    data.setValue(sources.choiceFor(config.data()));
    mode.setValue(config.mode());
  }
}
