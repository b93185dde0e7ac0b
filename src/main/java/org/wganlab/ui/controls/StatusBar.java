package org.wganlab.ui.controls;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.wganlab.nn.backend.BackendReport;
import org.wganlab.ui.model.ExperimentModel;
import org.wganlab.ui.model.Severity;
import org.wganlab.ui.model.StatusModel;

/**
 * The line at the bottom of the window: the latest message, coloured by severity, the two buttons
 * of a change that waits for a reset, and at the right what computes (CPU or GPU).
 */
public final class StatusBar extends HBox {

  /** Widest the backend line gets before it is cut short; the tooltip has all of it. */
  private static final double BACKEND_MAX_WIDTH = 520;

  /**
   * A status bar showing {@code status}, {@code model}'s pending change and the {@code backend}
   * the process computes on.
   */
  public StatusBar(StatusModel status, ExperimentModel model, BackendReport backend) {
    super(8);
    setAlignment(Pos.CENTER_LEFT);
    setPadding(new Insets(4, 8, 4, 8));
    getStyleClass().add("status-bar");
    Label message = new Label();
    message.setId("status-message");
    message.textProperty().bind(status.messageProperty());
    message.setMaxWidth(Double.MAX_VALUE);
    // A long refusal is cut with "..." to keep the line one line high: its tooltip has all of it.
    Tooltip whole = new Tooltip();
    whole.setWrapText(true);
    whole.setMaxWidth(640);
    whole.textProperty().bind(status.messageProperty());
    message.setTooltip(whole);
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
    Label computesOn = new Label(backend.line());
    computesOn.setId("backend-line");
    computesOn.setTooltip(new Tooltip(backend.line()));
    computesOn.setMaxWidth(BACKEND_MAX_WIDTH);
    computesOn.setMinWidth(0);
    computesOn.getStyleClass().add("backend-line");
    getChildren().addAll(message, apply, discard, computesOn);
    colour(status.severityProperty().get());
  }

  private void colour(Severity severity) {
    for (Severity each : Severity.values()) {
      pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(
          each.name().toLowerCase(java.util.Locale.ROOT)), each == severity);
    }
  }
}
