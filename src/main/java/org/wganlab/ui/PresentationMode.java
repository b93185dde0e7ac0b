package org.wganlab.ui;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.text.Font;
import org.wganlab.ui.charts.ChartsPane;
import org.wganlab.ui.model.DisplayOptions;
import org.wganlab.ui.model.RunModel;
import org.wganlab.ui.model.StatusModel;

/**
 * Switches the window into and out of presentation mode, as a pure toggle: switching twice gives back
 * the very window (pixel for pixel while paused). Everything the mode changes is set explicitly both
 * ways (the root's text size, the stylesheet, the charts' look, the status line), because JavaFX does
 * not undo all of it when a stylesheet goes away.
 */
final class PresentationMode {
  /** The platform's own text size, which the window keeps outside presentation mode. */
  private static final double NORMAL_FONT = Font.getDefault().getSize();
  /** Text size in presentation mode: readable from the back of a lecture hall. */
  private static final double PRESENTATION_FONT = 17;
  private final Scene scene;
  private final DisplayOptions options;
  private final ChartsPane charts;
  private final StatusModel status;
  private final Supplier<java.util.List<RunModel>> runs;
  private final String sheet = MainWindow.class.getResource("presentation.css").toExternalForm();
  /** What the status line said when presentation mode began. */
  private StatusModel.Message before;

  /** Follows {@code options}' presentation switch in {@code scene}, from now on. */
  PresentationMode(Scene scene, DisplayOptions options, ChartsPane charts, StatusModel status,
      Supplier<java.util.List<RunModel>> runs) {
    this.scene = scene;
    this.options = options;
    this.charts = charts;
    this.status = status;
    this.runs = runs;
    scene.getRoot().setStyle(fontSize(NORMAL_FONT));
    options.presentationProperty().addListener((obs, was, is) -> present(is));
  }

  private void present(boolean on) {
    Parent root = scene.getRoot();
    root.setStyle(fontSize(on ? PRESENTATION_FONT : NORMAL_FONT));
    if (on) {
      scene.getStylesheets().add(sheet);
      before = status.current();
      status.info("Presentation mode: F5 (or View) brings the controls back.");
    } else {
      scene.getStylesheets().remove(sheet);
      if (before != null) {
        status.show(before);
      }
    }
    charts.setLook(options.textScale(), runs.get());
    remeasureDropdowns(root);
  }

  /**
   * A closed dropdown asks for the width of its list, which sits outside the scene and is never
   * narrower than the box is now: the list is styled again at the new text size and measured from
   * nothing, or the dropdowns would stay as wide as in presentation mode and the bars would wrap
   * differently.
   */
  private static void remeasureDropdowns(Parent root) {
    for (Node node : root.lookupAll(".combo-box")) {
      if (node instanceof ComboBox<?> box && box.getSkin() instanceof ComboBoxListViewSkin<?> skin) {
        box.resize(0, box.getHeight());
        skin.getPopupContent().applyCss();
        box.requestLayout();
      }
    }
  }

  private static String fontSize(double px) {
    return String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", px);
  }
}
