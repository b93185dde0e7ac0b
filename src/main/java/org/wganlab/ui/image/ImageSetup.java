package org.wganlab.ui.image;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.wganlab.metrics.image.QualityMeter;

/**
 * What an image window runs on: the app gives it the training thread, the system's folder chooser and
 * the file thread; tests a synchronous control, scripted folders and a direct executor.
 *
 * @param training starts an image session
 * @param folders how folders are chosen
 * @param workingFolder what relative data paths are relative to
 * @param qualityCache where the quality metric's classifier is kept, or null for no quality metric
 * @param files runs file work (reading saved grids, writing exports)
 */
public record ImageSetup(ImageStarter training, FolderDialogs folders, Path workingFolder,
    Path qualityCache, Executor files) {

  /** Where Debian's dataset-fashion-mnist package installs Fashion-MNIST. */
  public static final Path FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");

  /** The app's: the training thread, the system's chooser over {@code owner}, the quality metric on. */
  public static ImageSetup desktop(Supplier<Window> owner, Path workingFolder, Executor files) {
    return new ImageSetup(ImageStarter.background(), FolderDialogs.system(owner, workingFolder),
        workingFolder, QualityMeter.defaultCacheDirectory(), files);
  }
}
