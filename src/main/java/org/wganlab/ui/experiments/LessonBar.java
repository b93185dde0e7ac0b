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
  /** The share of the row's width the claims box takes. */
  private static final double CLAIMS_SHARE = 0.48;

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
    // The claims take a fixed share of the row whatever their words' length (they shorten with an
    // ellipsis), the caption wraps in the rest.
    caption.setMinWidth(0);
    caption.setPrefWidth(0);
    caption.setMaxWidth(Double.MAX_VALUE);
    claims.prefWidthProperty().bind(widthProperty().multiply(CLAIMS_SHARE));
    claims.minWidthProperty().bind(claims.prefWidthProperty());
    claims.maxWidthProperty().bind(claims.prefWidthProperty());
    getChildren().addAll(caption, claims);
    setPadding(new Insets(0, 8, 0, 8));
    getStyleClass().add("lesson-bar");
    visibleProperty().bind(Bindings.createBooleanBinding(() -> opened.getValue() != null, opened));
    managedProperty().bind(visibleProperty());
  }
}
