package org.wganlab.ui.experiments;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.train.ExperimentSnapshot;
import org.wganlab.ui.model.Preset;

/**
 * The strip under the controls while a preset is open: its caption for students on the left (with
 * the preset's note, if any, as its tooltip) and, for a paper figure's setting, the live claims box
 * on the right. Hidden when no preset is open.
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
        () -> caption(opened.getValue(), snapshots.getValue()), opened, snapshots));
    caption.setWrapText(true);
    // The preset's note, where it has one, is the caption's tooltip: the why behind a sentence. It
    // goes with the caption: on other data it would explain what is not on the screen.
    Tooltip note = new Tooltip();
    note.setWrapText(true);
    note.setMaxWidth(520);
    note.textProperty().bind(Bindings.createStringBinding(
        () -> note(opened.getValue(), snapshots.getValue()), opened, snapshots));
    caption.tooltipProperty().bind(Bindings.createObjectBinding(
        () -> note.getText().isEmpty() ? null : note, note.textProperty()));
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

  /**
   * The preset's caption while the runs train on the data it was written for; once another data
   * set is chosen its words (the 8 modes, the swiss roll) would describe what is not on the screen,
   * so the bar says that instead.
   */
  static String caption(Preset preset, ExperimentSnapshot snapshot) {
    if (preset == null) {
      return "";
    }
    String written = preset.config().data();
    String now = snapshot == null ? written : snapshot.config().data();
    if (now.equals(written)) {
      return preset.caption();
    }
    return "\"" + preset.displayName() + "\" was written for " + dataName(written) + "; the data"
        + " is now " + dataName(now) + ", so its caption is left out. Choose the preset again to"
        + " go back to it.";
  }

  /** The preset's note while its caption is shown; empty otherwise or without a note. */
  static String note(Preset preset, ExperimentSnapshot snapshot) {
    return preset != null && caption(preset, snapshot).equals(preset.caption()) ? preset.note()
        : "";
  }

  private static String dataName(String data) {
    return BuiltInDataset.fromCliName(data).map(BuiltInDataset::displayName)
        .orElse("the points of " + data);
  }
}
