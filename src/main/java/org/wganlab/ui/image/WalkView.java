package org.wganlab.ui.image;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.live.WalkPictures;
import org.wganlab.train.LatentWalk;

/**
 * One run's latent walk in its tile: the large frame at the slider's position and the strip from A
 * to B (two rows of four, in reading order), drawn crisp, or why the run has none. In a column
 * beside the grid the strip stands under the frame; in a row under the grid, beside it.
 */
final class WalkView extends Region {
  private static final int STRIP_COLUMNS = LatentWalk.STEPS / 2;
  private static final double GAP = 4;
  private final CrispGrid strip = new CrispGrid(20);
  private final CrispGrid frame = new CrispGrid(20);
  private final Label note = new Label();
  private WalkPictures.Row drawn;

  WalkView() {
    getStyleClass().add("image-walk-view");
    frame.view().getStyleClass().add("image-walk-frame");
    Tooltip.install(strip, new Tooltip("From A (top left) to B (bottom right), in reading order"));
    Tooltip.install(frame, new Tooltip("The picture at the walk's slider"));
    note.setWrapText(true);
    getChildren().addAll(frame, strip, note);
  }

  @Override
  protected void layoutChildren() {
    double w = getWidth();
    double h = getHeight();
    double noteHeight = note.prefHeight(w);
    double room = Math.max(0, h - noteHeight - GAP);
    if (w < 1.5 * room) {
      // A column: the frame, the strip (half as high as wide) under it, then the note.
      double side = Math.max(0, Math.min(w, (room - GAP) / 1.5));
      frame.resizeRelocate(0, 0, side, side);
      strip.resizeRelocate(0, side + GAP, w, Math.min(w / 2, room - side - GAP));
      note.resizeRelocate(0, h - noteHeight, w, noteHeight);
    } else {
      // A row: the frame, the strip beside it, both as high as the room.
      double side = Math.min(room, w / 3);
      frame.resizeRelocate(0, 0, side, side);
      strip.resizeRelocate(side + GAP, 0, Math.max(0, w - side - GAP), side);
      note.resizeRelocate(0, side + GAP, w, noteHeight);
    }
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
    requestLayout();
    return true;
  }

  /** The frame shown, or null (for tests). */
  javafx.scene.image.Image frameImage() {
    return frame.image();
  }
}
