package org.wganlab.ui.controls;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.wganlab.ui.model.ExperimentModel;
import org.wganlab.ui.model.Severity;
import org.wganlab.ui.model.StatusModel;

/**
 * The line at the bottom of the window: the latest message, coloured by severity, and the two buttons
 * of a change that waits for a reset.
 */
public final class StatusBar extends HBox {

  /** A status bar showing {@code status} and {@code model}'s pending change. */
  public StatusBar(StatusModel status, ExperimentModel model) {
    super(8);
    setAlignment(Pos.CENTER_LEFT);
    setPadding(new Insets(4, 8, 4, 8));
    Label message = new Label();
    message.setId("status-message");
    message.textProperty().bind(status.messageProperty());
    message.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(message, Priority.ALWAYS);
    status.severityProperty().addListener((obs, old, now) -> colour(now));
    Button apply = new Button("Reset and apply");
    apply.setId("apply-pending");
    apply.setOnAction(e -> model.reset());
    Button discard = new Button("Discard");
    discard.setId("discard-pending");
    discard.setOnAction(e -> model.discardPending());
    apply.visibleProperty().bind(model.pendingProperty().isNotNull());
    apply.managedProperty().bind(apply.visibleProperty());
    discard.visibleProperty().bind(apply.visibleProperty());
    discard.managedProperty().bind(apply.visibleProperty());
    getChildren().addAll(message, apply, discard);
    colour(status.severityProperty().get());
  }

  private void colour(Severity severity) {
    setStyle(switch (severity) {
      case INFO -> "-fx-background-color: #eef3f8;";
      case WARNING -> "-fx-background-color: #fff4cc;";
      case ERROR -> "-fx-background-color: #fbdada;";
    });
  }
}
