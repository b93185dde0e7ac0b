package org.wganlab.ui.panel;

import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * The "..." menu in a panel's header: the panel as a picture (with its controls, as on screen) or as
 * a figure for a slide (without them), its surface as numbers, and removing it.
 */
final class PanelMenu {
  private PanelMenu() {
  }

  /**
   * The menu of {@code panel}, whose number {@code index} gives; {@code figure} draws it as a figure
   * at a scale.
   */
  static MenuButton create(PanelActions actions, IntSupplier index, Node panel,
      IntFunction<WritableImage> figure) {
    MenuButton menu = new MenuButton("...");
    menu.setId("panel-menu");
    menu.setMinWidth(Region.USE_PREF_SIZE);
    MenuItem remove = item("Remove panel", () -> actions.removePanel(index.getAsInt()));
    remove.setId("remove-panel");
    menu.getItems().addAll(
        item("Save panel as PNG (1x)", () -> actions.exportPanelPng(index.getAsInt(), panel, 1)),
        item("Save panel as PNG (2x)", () -> actions.exportPanelPng(index.getAsInt(), panel, 2)),
        item("Save figure as PNG (1x, no controls)",
            () -> actions.exportPanelFigure(index.getAsInt(), figure, 1)),
        item("Save figure as PNG (2x, no controls)",
            () -> actions.exportPanelFigure(index.getAsInt(), figure, 2)),
        item("Save surface as CSV", () -> actions.exportSurfaceCsv(index.getAsInt())),
        new SeparatorMenuItem(), remove);
    return menu;
  }

  private static MenuItem item(String text, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setOnAction(e -> action.run());
    return item;
  }
}
