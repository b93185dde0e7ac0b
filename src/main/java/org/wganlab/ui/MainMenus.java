package org.wganlab.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Stage;
import org.wganlab.ui.experiments.ExperimentsMenu;
import org.wganlab.ui.files.RecordDialog;
import org.wganlab.ui.image.ImageWindow;
import org.wganlab.ui.model.DisplayOptions;
import org.wganlab.ui.model.ExperimentModel;
import org.wganlab.ui.model.RunModel;
import org.wganlab.ui.model.SurfaceField;
import org.wganlab.ui.model.ValueScale;

/**
 * The main window's menus: File (experiments, trained states, image runs, exports), View (colours,
 * every panel's picture, presentation mode) and Experiments, and the image window they open. The
 * items only call the window's actions; what they do lives there.
 */
final class MainMenus {
  private final Stage stage;
  private final AppSetup setup;
  private ImageWindow images;

  /** Menus of the window on {@code stage}, whose image window runs on {@code setup}'s. */
  MainMenus(Stage stage, AppSetup setup) {
    this.stage = stage;
    this.setup = setup;
  }

  /** The menu bar: File, View and Experiments. */
  MenuBar bar(WindowActions actions, RecordDialog recorder, DisplayOptions options,
      ExperimentModel model) {
    Menu file = new Menu("File");
    file.getItems().addAll(
        shortcut(item("Load experiment...", actions::loadConfig), "Shortcut+O"),
        shortcut(item("Save experiment...", actions::saveConfig), "Shortcut+S"),
        item("Open trained state...", actions::openTrainedState),
        item("Save trained state...", actions::saveTrainedState),
        new SeparatorMenuItem(),
        item("New image experiment...", () -> imageWindow().newExperiment()),
        item("Open run folder...", () -> setup.images().folders().folder("Image run folder")
            .ifPresent(this::openRunFolder)),
        new SeparatorMenuItem(),
        shortcut(item("Save window as PNG (1x)...", () -> actions.windowPng(1)), "Shortcut+E"),
        item("Save window as PNG (2x)...", () -> actions.windowPng(2)),
        item("Save curves as CSV...", actions::curvesCsv),
        item("Record as GIF...", recorder::show),
        new SeparatorMenuItem(),
        shortcut(item("Quit", stage::close), "Shortcut+Q"));
    return new MenuBar(file, view(options, model), ExperimentsMenu.create(actions::preset,
        setting -> imageWindow().newExperiment(setting)));
  }

  /**
   * The View menu: the D(x) colour range, what every panel's heatmap shows (one click for a class,
   * instead of one per panel) and presentation mode.
   */
  private static Menu view(DisplayOptions options, ExperimentModel model) {
    Menu view = new Menu("View");
    ToggleGroup scales = new ToggleGroup();
    for (ValueScale scale : ValueScale.values()) {
      RadioMenuItem item = new RadioMenuItem("D(x) colours: " + scale.displayName());
      item.setToggleGroup(scales);
      item.setSelected(options.valueScaleProperty().get() == scale);
      item.setOnAction(e -> options.valueScaleProperty().set(scale));
      view.getItems().add(item);
    }
    view.getItems().add(new SeparatorMenuItem());
    for (SurfaceField field : SurfaceField.values()) {
      // A key each (Ctrl+1, Ctrl+2), which also works in presentation mode, where the panels' own
      // switches are hidden.
      view.getItems().add(shortcut(item("Every panel shows " + field.displayName(), () -> {
        for (RunModel run : model.runs()) {
          run.view().fieldProperty().set(field);
        }
      }), "Shortcut+" + (field.ordinal() + 1)));
    }
    CheckMenuItem presentation = new CheckMenuItem("Presentation mode");
    presentation.selectedProperty().bindBidirectional(options.presentationProperty());
    presentation.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("F5"));
    view.getItems().addAll(new SeparatorMenuItem(), presentation);
    return view;
  }

  /** Opens the image run in {@code folder} in the image window. */
  void openRunFolder(java.nio.file.Path folder) {
    imageWindow().openFolder(folder);
  }

  /** The image window, opened on a stage of its own the first time (and again once closed). */
  private ImageWindow imageWindow() {
    if (images == null || !images.showing()) {
      images = ImageWindow.show(new Stage(), setup.images());
    }
    return images;
  }

  /** The image window, or null before one was opened. */
  ImageWindow images() {
    return images;
  }

  /** Gives {@code item} a key combination ("Shortcut" is Ctrl, or Cmd on a Mac). */
  private static MenuItem shortcut(MenuItem item, String keys) {
    item.setAccelerator(javafx.scene.input.KeyCombination.keyCombination(keys));
    return item;
  }

  private static MenuItem item(String text, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setOnAction(e -> action.run());
    return item;
  }
}
