package org.wganlab.ui.image;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import org.wganlab.image.live.ImageRunState;
import org.wganlab.image.live.ImageSnapshot;
import org.wganlab.ui.files.Exports;

/**
 * The image window's exports besides the sample grids: the window as a PNG at 1x or 2x (rendered at
 * that scale, so text and lines stay sharp at 2x), and the curves as the run folder's own
 * {@code metrics.csv} (every logged row of every run, the table the charts draw), copied as it is.
 * Files are named for the run folder and its iteration, written atomically into a chosen folder; a
 * name taken by anything but a regular file is refused.
 */
final class ImageExports {
  private final Exports exports;

  /** Exports through {@code exports} (which reports on the status line). */
  ImageExports(Exports exports) {
    this.exports = exports;
  }

  /** Saves {@code window} as drawn for {@code shot} at {@code scale} into {@code folder}. */
  void window(Node window, ImageSnapshot shot, int scale, Path folder) {
    exports.png(window, scale, folder.resolve(String.format(Locale.ROOT, "%s-iter-%07d-window%s.png",
        name(shot), iteration(shot), scale > 1 ? "@" + scale + "x" : "")));
  }

  /** Copies {@code shot}'s run folder's metrics.csv into {@code folder}. */
  void curves(ImageSnapshot shot, Path folder) {
    exports.copy(shot.folder().resolve("metrics.csv"), folder.resolve(String.format(Locale.ROOT,
        "%s-iter-%07d-metrics.csv", name(shot), iteration(shot))));
  }

  private static String name(ImageSnapshot shot) {
    Path name = shot.folder().toAbsolutePath().normalize().getFileName();
    return name == null ? "image-run" : name.toString();
  }

  /** The furthest iteration of any run. */
  private static int iteration(ImageSnapshot shot) {
    return shot.runs().stream().mapToInt(ImageRunState::iteration).max().orElse(0);
  }
}
