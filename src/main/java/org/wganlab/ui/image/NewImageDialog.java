package org.wganlab.ui.image;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageSetting;
import org.wganlab.method.MethodKind;

/**
 * File > New image experiment...: the data (Fashion-MNIST where Debian installs it, or an IDX or
 * picture folder by a chooser), the methods, the networks' width, the batch, the iterations, how
 * often grids and checkpoints are saved, the quality metric and the output folder. An
 * {@link ImageSetting} (the paper's, or the classroom's) fills the fields and gives what the dialog
 * does not show (learning rates, evaluation interval); a value the experiment refuses is named under
 * the fields and the dialog stays open.
 */
final class NewImageDialog {
  private static final List<MethodKind> METHODS = List.of(MethodKind.CLIP, MethodKind.GP,
      MethodKind.DIV);
  private final Dialog<Choice> dialog = new Dialog<>();
  private final TextField data = field("image-data");
  private final TextField dim = field("image-dim");
  private final TextField batch = field("image-batch");
  private final TextField iterations = field("image-iterations");
  private final TextField sampleEvery = field("image-sample-every");
  private final TextField checkpointEvery = field("image-checkpoint-every");
  private final TextField out = field("image-out");
  private final CheckBox quality = new CheckBox("Quality metric (trains a classifier once: minutes"
      + " the first time)");
  private final List<CheckBox> methods = new ArrayList<>();
  private final Label problem = new Label();
  private final ImageSetting setting;

  /**
   * What the user chose.
   *
   * @param experiment the experiment
   * @param folder its run folder
   * @param quality whether to measure the quality number
   */
  record Choice(ImageExperiment experiment, Path folder, boolean quality) {
  }

  NewImageDialog(Window owner, FolderDialogs folders, Path workingFolder, ImageSetting setting) {
    this.setting = setting;
    dialog.initOwner(owner);
    dialog.setTitle("New image experiment: " + setting.displayName());
    ImageExperiment reference = setting.experiment("data", METHODS);
    data.setText(Files.isDirectory(ImageSetup.FASHION_MNIST) ? ImageSetup.FASHION_MNIST.toString()
        : "");
    dim.setText(Integer.toString(reference.dim()));
    batch.setText(Integer.toString(reference.batch()));
    iterations.setText(Integer.toString(reference.iterations()));
    sampleEvery.setText(Integer.toString(reference.sampleEvery()));
    checkpointEvery.setText(Integer.toString(reference.checkpointEvery()));
    out.setText(workingFolder.resolve(setting == ImageSetting.CLASSROOM ? "image-classroom"
        : "image-run").toString());
    quality.setId("image-quality");
    problem.setId("image-problem");
    problem.setWrapText(true);
    problem.setMaxWidth(520);
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(6);
    int row = 0;
    grid.addRow(row++, new Label("Data (IDX or picture folder)"), withChooser(data, folders,
        "Image data folder"));
    HBox boxes = new HBox(10);
    for (MethodKind kind : METHODS) {
      CheckBox box = new CheckBox(kind.displayName());
      box.setId("method-" + kind.cliName());
      box.setSelected(true);
      methods.add(box);
      boxes.getChildren().add(box);
    }
    grid.addRow(row++, new Label("Methods"), boxes);
    grid.addRow(row++, new Label("Network width DIM"), dim);
    grid.addRow(row++, new Label("Batch"), batch);
    grid.addRow(row++, new Label("Iterations"), iterations);
    grid.addRow(row++, new Label("Sample grid every"), sampleEvery);
    grid.addRow(row++, new Label("Checkpoint every"), checkpointEvery);
    grid.addRow(row++, new Label("Output folder (new or empty)"), withChooser(out, folders,
        "Output folder"));
    grid.add(quality, 1, row++);
    grid.add(problem, 0, row, 2, 1);
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
    ok.setId("image-create");
    ok.addEventFilter(ActionEvent.ACTION, e -> {
      try {
        choice();
      } catch (IllegalArgumentException bad) {
        problem.setText(bad.getMessage());
        e.consume();
      }
    });
    dialog.setResultConverter(button -> button == ButtonType.OK ? choice() : null);
  }

  /** Shows the dialog and waits; empty if cancelled. */
  Optional<Choice> ask() {
    return dialog.showAndWait();
  }

  private Choice choice() {
    List<MethodKind> kinds = new ArrayList<>();
    for (int i = 0; i < METHODS.size(); i++) {
      if (methods.get(i).isSelected()) {
        kinds.add(METHODS.get(i));
      }
    }
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("Choose at least one method.");
    }
    if (data.getText().isBlank()) {
      throw new IllegalArgumentException("Choose the data: an IDX folder or a folder of pictures.");
    }
    if (out.getText().isBlank()) {
      throw new IllegalArgumentException("Choose an output folder.");
    }
    ImageExperiment r = setting.experiment(data.getText().trim(), kinds);
    ImageExperiment experiment = new ImageExperiment(r.data(), r.size(), r.channels(), r.limit(),
        r.seed(), whole("Iterations", iterations), whole("Batch", batch), r.criticIters(),
        whole("Network width", dim), r.noiseDim(), r.network(), r.runs(), r.logEvery(),
        whole("Sample grid interval", sampleEvery), r.evalEvery(),
        whole("Checkpoint interval", checkpointEvery));
    return new Choice(experiment, Path.of(out.getText().trim()), quality.isSelected());
  }

  private static int whole(String what, TextField field) {
    try {
      return Integer.parseInt(field.getText().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a whole number, got \""
          + field.getText() + "\"");
    }
  }

  private static TextField field(String id) {
    TextField field = new TextField();
    field.setId(id);
    field.setPrefColumnCount(28);
    return field;
  }

  private static HBox withChooser(TextField field, FolderDialogs folders, String title) {
    Button choose = new Button("Choose...");
    choose.setOnAction(e -> folders.folder(title).ifPresent(p -> field.setText(p.toString())));
    return new HBox(6, field, choose);
  }
}
