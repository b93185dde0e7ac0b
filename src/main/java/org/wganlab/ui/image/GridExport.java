package org.wganlab.ui.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import org.wganlab.export.SampleGrid;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.live.ImageRunState;
import org.wganlab.image.live.ImageSnapshot;
import org.wganlab.ui.model.StatusModel;

/**
 * Saves each run's latest sample grid as a PNG at 1x or 2x: every image pixel drawn as a 1 x 1 or
 * 2 x 2 block (no smoothing), with the method and iteration above, as the run folder's grids.
 */
final class GridExport {
  private GridExport() {
  }

  /** Writes the grids of {@code shot} into {@code folder} (on a file thread); reports on the status line. */
  static void write(ImageSnapshot shot, Path folder, int scale, StatusModel status) {
    ImageExperiment e = shot.experiment();
    int written = 0;
    try {
      for (ImageRunState run : shot.runs()) {
        if (run.grid() == null) {
          continue;
        }
        Path target = folder.resolve(String.format(Locale.ROOT, "grid-run-%d-%s-iter-%07d%s.png",
            run.index(), run.run().method().kind().cliName(), run.gridIteration(),
            scale > 1 ? "@" + scale + "x" : ""));
        SampleGrid.write(target, run.grid(), ImageSnapshot.GRID_IMAGES, e.channels(), e.size(),
            8, scale, run.run().method().label() + ", iteration " + run.gridIteration());
        written++;
      }
      int count = written;
      Platform.runLater(() -> {
        if (count == 0) {
          status.warn("No live sample grids to save: the saved ones are in the run folder's"
              + " samples/.");
        } else {
          status.info("Saved " + count + " sample grids at " + scale + "x to " + folder + ".");
        }
      });
    } catch (IOException | RuntimeException ex) {
      Platform.runLater(() -> status.error("The sample grids were not saved: " + ex.getMessage()));
    }
  }
}
