package org.wganlab.ui.experiments;

import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.wganlab.image.ImageSetting;
import org.wganlab.ui.model.Preset;

/**
 * The Experiments menu: the general presets, then the papers' figures, whose claims are measured,
 * then the classroom image experiment (which opens the image window's new-experiment dialog).
 */
public final class ExperimentsMenu {
  private ExperimentsMenu() {
  }

  /**
   * The menu; choosing a toy item hands its preset to {@code open}, the image item its setting to
   * {@code openImage}.
   */
  public static Menu create(Consumer<Preset> open, Consumer<ImageSetting> openImage) {
    Menu menu = new Menu("Experiments");
    boolean figures = false;
    for (Preset preset : Preset.values()) {
      if (preset.figure().isPresent() && !figures) {
        figures = true;
        menu.getItems().add(new SeparatorMenuItem());
      }
      MenuItem item = new MenuItem(preset.displayName());
      item.setOnAction(e -> open.accept(preset));
      menu.getItems().add(item);
    }
    MenuItem image = new MenuItem("Image: " + ImageSetting.CLASSROOM.displayName() + "...");
    image.setId("experiments-classroom-image");
    image.setOnAction(e -> openImage.accept(ImageSetting.CLASSROOM));
    menu.getItems().addAll(new SeparatorMenuItem(), image);
    return menu;
  }
}
