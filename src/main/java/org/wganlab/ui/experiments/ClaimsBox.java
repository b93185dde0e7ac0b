package org.wganlab.ui.experiments;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.wganlab.figures.LiveClaim;
import org.wganlab.figures.LiveClaims;
import org.wganlab.figures.LiveRecord;
import org.wganlab.figures.PaperFigure;
import org.wganlab.train.ExperimentSnapshot;
import org.wganlab.ui.model.Preset;

/**
 * The claims of the open paper figure, one row each: the claim, the number measured on the live runs
 * so far, its threshold and the verdict (held, not yet, not held), the numbers behind it in the row's
 * tooltip. It re-measures with every snapshot the window takes; the measures are cheap (a median of
 * a batch's norms, numbers the engine already summarised).
 */
final class ClaimsBox extends GridPane {
  private static final List<String> VERDICT_STYLES = List.of("claim-held", "claim-not-yet",
      "claim-not-held");
  private final ObservableValue<Preset> opened;
  private final List<Label[]> rows = new ArrayList<>();
  private LiveRecord record = LiveRecord.EMPTY;

  ClaimsBox(ObservableValue<Preset> opened, ObservableValue<ExperimentSnapshot> snapshots) {
    this.opened = opened;
    getStyleClass().add("claims-box");
    setHgap(10);
    ColumnConstraints claim = new ColumnConstraints();
    claim.setHgrow(Priority.ALWAYS);
    claim.setMinWidth(120);
    getColumnConstraints().add(claim);
    for (int column = 1; column < 4; column++) {
      // The numbers and verdicts never shorten; only the claim's words do (in full in the tooltip).
      ColumnConstraints fixed = new ColumnConstraints();
      fixed.setMinWidth(USE_PREF_SIZE);
      getColumnConstraints().add(fixed);
    }
    opened.addListener((obs, was, is) -> {
      record = LiveRecord.EMPTY;
      show(snapshots.getValue());
    });
    snapshots.addListener((obs, was, is) -> show(is));
    show(snapshots.getValue());
  }

  private void show(ExperimentSnapshot snapshot) {
    PaperFigure figure = opened.getValue() == null ? null
        : opened.getValue().figure().orElse(null);
    setVisible(figure != null);
    setManaged(figure != null);
    if (figure == null || snapshot == null) {
      return;
    }
    record = record.next(snapshot);
    List<LiveClaim> claims = LiveClaims.of(figure, record);
    while (rows.size() < claims.size()) {
      addRow();
    }
    for (int i = 0; i < rows.size(); i++) {
      Label[] row = rows.get(i);
      boolean used = i < claims.size();
      for (Label cell : row) {
        cell.setVisible(used);
        cell.setManaged(used);
      }
      if (used) {
        fill(row, claims.get(i));
      }
    }
  }

  private void addRow() {
    int index = rows.size();
    Label claim = new Label();
    claim.getStyleClass().add("claim-text");
    claim.setTextOverrun(OverrunStyle.ELLIPSIS);
    claim.setMinWidth(0);
    Label measured = new Label();
    measured.getStyleClass().add("claim-measured");
    Label threshold = new Label();
    threshold.getStyleClass().add("claim-threshold");
    Label verdict = new Label();
    verdict.getStyleClass().add("claim-verdict");
    Label[] row = {claim, measured, threshold, verdict};
    Tooltip tip = new Tooltip();
    tip.setWrapText(true);
    tip.setMaxWidth(480);
    // The numbers behind the verdict, wherever in the row the pointer rests.
    for (Label cell : row) {
      cell.setTooltip(tip);
    }
    addRow(index, row);
    rows.add(row);
  }

  private static void fill(Label[] row, LiveClaim c) {
    setText(row[0], c.claim());
    setText(row[1], c.measuredText());
    setText(row[2], c.threshold());
    setText(row[3], c.verdict().words());
    row[0].getTooltip().setText(c.claim() + "\n" + c.verdict().words() + ": measured "
        + c.measuredText() + ", " + c.threshold() + "\n" + c.detail());
    String style = VERDICT_STYLES.get(c.verdict().ordinal());
    if (!row[3].getStyleClass().contains(style)) {
      row[3].getStyleClass().removeAll(VERDICT_STYLES);
      row[3].getStyleClass().add(style);
    }
  }

  /** Sets the text only when it changed, so an unchanged row costs no layout. */
  private static void setText(Label label, String text) {
    if (!text.equals(label.getText())) {
      label.setText(text);
    }
  }
}
