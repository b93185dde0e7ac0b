package org.wganlab.ui.experiments;

import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.wganlab.ui.model.Preset;

/** The Experiments menu: the general presets, then the papers' figures, whose claims are measured. */
public final class ExperimentsMenu {
  private ExperimentsMenu() {
  }

  /** The menu; choosing an item hands its preset to {@code open}. */
  public static Menu create(Consumer<Preset> open) {
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
    return menu;
  }
}
