package org.wganlab.ui.controls;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.wganlab.data.PointSet;
import org.wganlab.metrics.GridSpec;

/** A window with a {@link DrawingPad}: draw a data set, then use it or cancel. */
public final class DrawDialog {
  /** Fewest points worth training on. */
  public static final int MIN_POINTS = 20;
  private final Stage stage = new Stage();
  private final DrawingPad pad;
  private PointSet result;

  /** A dialog over {@code range}, owned by {@code owner}. */
  public DrawDialog(Window owner, GridSpec range) {
    pad = new DrawingPad(420, range);
    pad.setId("drawing-pad");
    Label count = new Label("Press and drag to draw points.");
    Button clear = new Button("Clear");
    clear.setOnAction(e -> {
      pad.clear();
      count.setText("Press and drag to draw points.");
    });
    Button use = new Button("Use these points");
    use.setId("use-drawing");
    use.setDefaultButton(true);
    use.setOnAction(e -> {
      if (pad.count() < MIN_POINTS) {
        count.setText("Draw at least " + MIN_POINTS + " points (" + pad.count() + " so far).");
        return;
      }
      result = pad.points();
      stage.close();
    });
    Button cancel = new Button("Cancel");
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> stage.close());
    pad.setOnMouseReleased(e -> count.setText(pad.count() + " points"));
    VBox root = new VBox(8, pad, count, new HBox(8, use, clear, cancel));
    root.setPadding(new Insets(10));
    stage.setScene(new Scene(root));
    stage.setTitle("Draw a data set");
    if (owner != null) {
      stage.initOwner(owner);
      stage.initModality(Modality.WINDOW_MODAL);
    }
  }

  /** Shows the dialog and waits; the drawn points, or empty when cancelled. */
  public Optional<PointSet> showAndWait() {
    stage.showAndWait();
    return Optional.ofNullable(result);
  }
}
