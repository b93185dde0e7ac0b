package org.wganlab.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.wganlab.export.ConfigJson;
import org.wganlab.image.ImageExperiment;

/**
 * Which experiment file the main window's File > Load experiment was given: the toy configs it
 * loads itself, or an image experiment's, which only the image window can show, and only as the
 * run folder it was written into.
 */
final class ImageConfigs {
  /** The name of a run folder's experiment file. */
  private static final String CONFIG = "config.json";
  /** What a run writes beside its config as it trains. */
  private static final List<String> WRITTEN = List.of("metrics.csv", "checkpoints", "samples");

  private ImageConfigs() {
  }

  /** Whether {@code file} reads as an image experiment (the same strict reading as the command's). */
  static boolean isImageConfig(Path file) {
    try {
      ConfigJson.read(file, ImageExperiment.class);
      return true;
    } catch (ConfigJson.InvalidConfigException | RuntimeException notImage) {
      // Not an image config: the toy reading names what is wrong with it.
      return false;
    }
  }

  /**
   * Why the image config {@code file} opens no run folder, or null when it is one's: a run folder
   * keeps its experiment as {@code config.json}, beside what was written for it (its metrics, its
   * checkpoints or its sample grids).
   */
  static String outsideRunFolder(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    if (folder == null || !file.getFileName().toString().equals(CONFIG)) {
      return file + ": an image experiment, not the " + CONFIG + " of a run folder: train it with"
          + " \"image --config " + file.getFileName() + " --out DIR\", then open DIR with File >"
          + " Open run folder...";
    }
    if (WRITTEN.stream().noneMatch(name -> Files.exists(folder.resolve(name)))) {
      return file + ": an image experiment whose folder holds no run (no metrics.csv, checkpoints"
          + " or samples): train it with \"image --config " + file + " --out DIR\"";
    }
    return null;
  }
}
