package org.wganlab.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.WritableImage;
import org.wganlab.train.TrainedStateFile;
import org.wganlab.method.MethodConfig;
import org.wganlab.train.DrawnSets;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.RunSnapshot;
import org.wganlab.ui.files.Exports;
import org.wganlab.ui.files.FileDialogs;
import org.wganlab.ui.files.FileKind;
import org.wganlab.ui.model.ConfigEdits;
import org.wganlab.ui.model.DataSources;
import org.wganlab.ui.model.ExperimentModel;
import org.wganlab.ui.model.Formats;
import org.wganlab.ui.model.Preset;
import org.wganlab.ui.model.RunModel;
import org.wganlab.ui.panel.PanelActions;

/**
 * What the menus and panel menus do: edits go to the experiment model, files to {@link Exports}, with
 * the file chosen through {@link FileDialogs}. Cancelling a chooser does nothing.
 */
final class WindowActions implements PanelActions {
  private final ExperimentModel model;
  private final DataSources sources;
  private final FileDialogs dialogs;
  private final Exports exports;
  private final Runnable drawLatest;
  private final Supplier<Node> window;
  /** Iterations past which opening a preset asks before it throws the runs away. */
  static final int ASK_ABOVE = 1_000;
  private final ObjectProperty<Preset> opened;
  private final Consumer<Path> openRunFolder;

  /**
   * Actions on {@code model}; {@code opened} is the preset shown, and {@code openRunFolder} opens an
   * image run folder in the image window (an image run's config.json loaded here).
   */
  WindowActions(ExperimentModel model, DataSources sources, FileDialogs dialogs, Exports exports,
      Runnable drawLatest, Supplier<Node> window, ObjectProperty<Preset> opened,
      Consumer<Path> openRunFolder) {
    this.opened = opened;
    this.openRunFolder = openRunFolder;
    this.model = model;
    this.sources = sources;
    this.dialogs = dialogs;
    this.exports = exports;
    this.drawLatest = drawLatest;
    this.window = window;
  }

  @Override
  public void changeMethod(int index, MethodConfig method) {
    model.edit("Panel " + (index + 1) + ": " + method.label(),
        c -> ConfigEdits.method(c, index, method));
  }

  @Override
  public void changeLearningRate(int index, double rate) {
    model.edit("Panel " + (index + 1) + ": learning rate " + Formats.rate(rate),
        c -> ConfigEdits.learningRate(c, index, rate));
  }

  @Override
  public void error(String message) {
    model.status().error(message);
  }

  @Override
  public void exportPanelPng(int index, Node panel, int scale) {
    dialogs.save(FileKind.PNG, "panel-" + (index + 1) + (scale > 1 ? "@" + scale + "x" : "") + ".png")
        .ifPresent(path -> exports.png(panel, scale, path));
  }

  @Override
  public void exportPanelFigure(int index, java.util.function.IntFunction<WritableImage> figure,
      int scale) {
    dialogs.save(FileKind.PNG, "figure-" + (index + 1) + (scale > 1 ? "@" + scale + "x" : "")
        + ".png").ifPresent(path -> exports.picture(figure.apply(scale), path));
  }

  @Override
  public void exportSurfaceCsv(int index) {
    RunModel run = model.runs().get(index);
    dialogs.save(FileKind.CSV, "surface-" + (index + 1) + ".csv")
        .ifPresent(path -> exports.surface(run, path));
  }

  @Override
  public void removePanel(int index) {
    model.removePanel(index);
  }

  private static boolean confirm(Preset preset, int trained) {
    Alert ask = new Alert(Alert.AlertType.CONFIRMATION, String.format(Locale.ROOT,
        "The runs have trained %,d iterations. Opening \"%s\" throws them away; File > Save trained"
            + " state keeps them.", trained, preset.displayName()),
        ButtonType.OK, ButtonType.CANCEL);
    ask.setHeaderText("Throw away the trained runs?");
    ask.setTitle("Open " + preset.displayName());
    return ask.showAndWait().filter(ButtonType.OK::equals).isPresent();
  }

  /** Saves the whole window as a PNG at {@code scale}. */
  void windowPng(int scale) {
    dialogs.save(FileKind.PNG, "wgan-lab" + (scale > 1 ? "@" + scale + "x" : "") + ".png")
        .ifPresent(path -> {
          drawLatest.run();
          exports.png(window.get(), scale, path);
        });
  }

  /** Saves every panel's curves as CSV. */
  void curvesCsv() {
    dialogs.save(FileKind.CSV, "curves.csv").ifPresent(path -> exports.curves(model.runs(), path));
  }

  /**
   * Saves the experiment (with any pending change) as JSON. Points drawn with the mouse go into a CSV
   * file beside it ({@code NAME-points.csv}), which the saved config names relative to its own
   * folder, so that the two rerun wherever they are moved together.
   */
  void saveConfig() {
    ExperimentConfig config = model.editing();
    var drawn = sources.drawnPoints(config.data());
    if (drawn.isEmpty() && DrawnSets.isDrawing(config.data())) {
      model.status().warn("The drawing this experiment uses is gone (it belonged to another session):"
          + " the config is saved, but it will not load.");
    }
    dialogs.save(FileKind.JSON, "config.json").ifPresent(path -> {
      if (drawn.isEmpty()) {
        exports.saveConfig(config, path);
        return;
      }
      String name = path.getFileName().toString().replaceFirst("(?i)\\.json$", "");
      Path points = path.toAbsolutePath().resolveSibling(name + "-points.csv");
      exports.saveConfigWithPoints(config.withData(relativeToWorkingFolder(points)), path,
          drawn.get(), points);
    });
  }

  /**
   * {@code file} as a path relative to the working folder, which is how a config holds a relative
   * data path in memory (the config file then stores it relative to its own folder); absolute where
   * no relative path leads there (another drive).
   */
  private static String relativeToWorkingFolder(Path file) {
    try {
      return Path.of("").toAbsolutePath().relativize(file).toString();
    } catch (IllegalArgumentException otherRoot) {
      return file.toString();
    }
  }

  /**
   * Loads an experiment from JSON and resets to it; an image run folder's config.json opens that
   * folder in the image window instead.
   */
  void loadConfig() {
    dialogs.open(FileKind.JSON).ifPresent(path -> exports.loadConfig(path, config -> {
      sources.choiceFor(config.data());
      model.replace(config);
      opened.set(Preset.matching(config));
    }, openRunFolder));
  }

  /**
   * Saves the trained state: the session hands it over between two rounds, so it is whole even
   * while training goes on. A drawing is not in the file; it reopens only in this window.
   */
  void saveTrainedState() {
    dialogs.save(FileKind.STATE, "lesson" + TrainedStateFile.EXTENSION).ifPresent(path -> {
      if (DrawnSets.isDrawing(model.configProperty().get().data())) {
        model.status().warn("The drawn points are not in a trained state: it reopens only while"
            + " this window is open. Save the experiment too to keep them.");
      }
      model.captureState(state -> exports.saveState(state, path));
    });
  }

  /** Opens a trained state: the runs go on from there, paused. */
  void openTrainedState() {
    dialogs.open(FileKind.STATE).ifPresent(path -> exports.openState(path, state -> {
      sources.choiceFor(state.config().data());
      model.restore(state, String.valueOf(path.getFileName()));
      opened.set(Preset.matching(state.config()));
    }));
  }

  /**
   * Resets to a preset experiment. Runs that have trained for a while are a teacher's preparation:
   * past {@link #ASK_ABOVE} iterations the window asks before it throws them away.
   */
  void preset(Preset preset) {
    var snapshot = model.snapshotProperty().get();
    int trained = snapshot == null ? 0
        : snapshot.runs().stream().mapToInt(RunSnapshot::iteration).max().orElse(0);
    if (trained > ASK_ABOVE && !confirm(preset, trained)) {
      model.status().info("\"" + preset.displayName() + "\" not opened: the runs go on.");
      return;
    }
    model.replace(preset.config());
    opened.set(preset);
    model.status().info("Opened \"" + preset.displayName() + "\". Press Play.");
  }
}
