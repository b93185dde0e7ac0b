package org.wganlab.ui.image;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.live.WalkPictures;
import org.wganlab.train.LatentWalk;

/**
 * One run's latent walk in its tile: the strip from A to B (two rows of four, in reading order) and
 * the large frame at the slider's position, drawn crisp, or why the run has none.
 */
final class WalkView extends VBox {
  private static final int STRIP_COLUMNS = LatentWalk.STEPS / 2;
  private final ImageView strip = new ImageView();
  private final ImageView frame = new ImageView();
  private final Label note = new Label();
  private WalkPictures.Row drawn;

  WalkView() {
    super(2);
    getStyleClass().add("image-walk-view");
    strip.setSmooth(false);
    strip.setPreserveRatio(true);
    frame.setSmooth(false);
    frame.setPreserveRatio(true);
    frame.getStyleClass().add("image-walk-frame");
    Tooltip.install(strip, new Tooltip("From A (top left) to B (bottom right), in reading order"));
    Tooltip.install(frame, new Tooltip("The picture at the walk's slider"));
    note.setWrapText(true);
    getChildren().addAll(new HBox(6, frame, strip), note);
  }

  /** Sizes the pictures to {@code height} pixels. */
  void setSide(double height) {
    frame.setFitHeight(height);
    strip.setFitHeight(height);
  }

  /** Shows {@code row} (null: no walk drawn yet); whether it drew new pictures. */
  boolean show(WalkPictures.Row row, ImageExperiment experiment) {
    if (row == drawn) {
      return false;
    }
    drawn = row;
    if (row == null || row.strip() == null) {
      strip.setImage(null);
      frame.setImage(null);
      note.setText(row == null ? "drawing..." : row.missing());
      return true;
    }
    strip.setImage(GridPixels.draw(row.strip(), experiment.channels(), experiment.size(),
        STRIP_COLUMNS));
    frame.setImage(GridPixels.draw(row.frame(), experiment.channels(), experiment.size(), 1));
    note.setText("generator of iteration " + String.format(java.util.Locale.ROOT, "%,d",
        row.iteration()));
    return true;
  }

  /** The frame shown, or null (for tests). */
  javafx.scene.image.Image frameImage() {
    return frame.getImage();
  }
}
