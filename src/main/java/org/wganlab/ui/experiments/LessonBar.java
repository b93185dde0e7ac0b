package org.wganlab.ui.experiments;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.wganlab.train.ExperimentSnapshot;
import org.wganlab.ui.model.Preset;

/**
 * The strip under the controls while a preset is open: its caption for students on the left and, for
 * a paper figure's setting, the live claims box on the right. Hidden when no preset is open.
 */
public final class LessonBar extends HBox {
  /**
   * A bar that follows {@code opened} (the open preset, or null) and measures the claims on
   * {@code snapshots}.
   */
  public LessonBar(ObservableValue<Preset> opened,
      ObservableValue<ExperimentSnapshot> snapshots) {
    super(12);
    Label caption = new Label();
    caption.getStyleClass().add("preset-caption");
    caption.textProperty().bind(Bindings.createStringBinding(
        () -> opened.getValue() == null ? "" : opened.getValue().caption(), opened));
    caption.setWrapText(true);
    HBox.setHgrow(caption, Priority.ALWAYS);
    ClaimsBox claims = new ClaimsBox(opened, snapshots);
    // The caption takes what the claims leave, but never less than a third of the row.
    caption.minWidthProperty().bind(widthProperty().divide(3));
    getChildren().addAll(caption, claims);
    setPadding(new Insets(0, 8, 0, 8));
    getStyleClass().add("lesson-bar");
    visibleProperty().bind(Bindings.createBooleanBinding(() -> opened.getValue() != null, opened));
    managedProperty().bind(visibleProperty());
  }
}
