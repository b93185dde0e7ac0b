package org.wganlab.export;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.wganlab.data.BuiltInDataset;

/**
 * Data paths inside config files. In the program a relative data path is relative to the working
 * folder, as the user typed it; in a config file it is relative to the file's own folder, so that
 * {@code train --config runs/a/config.json} finds the same data from any working folder and a run
 * folder moved together with its data still works. Built-in names and absolute paths are kept as
 * they are.
 */
public final class DataPaths {

  private DataPaths() {
  }

  /** {@code data} as a config file at {@code configFile} stores it. */
  public static String toConfig(Path configFile, String data) {
    Path path = relativePath(data);
    if (path == null) {
      return data;
    }
    Path folder = configFile.toAbsolutePath().getParent();
    String stored;
    try {
      stored = folder.relativize(path.toAbsolutePath().normalize()).toString();
    } catch (IllegalArgumentException otherRoot) {
      return path.toAbsolutePath().normalize().toString();
    }
    // "./ring" reaches a file called ring; "ring" would be the built-in set.
    return stored.isEmpty() || BuiltInDataset.fromCliName(stored).isPresent()
        ? "." + configFile.getFileSystem().getSeparator() + stored : stored;
  }

  /** The data path that {@code stored}, read from the config file at {@code configFile}, means. */
  public static String fromConfig(Path configFile, String stored) {
    Path path = relativePath(stored);
    if (path == null) {
      return stored;
    }
    Path folder = configFile.getParent() == null ? Path.of("") : configFile.getParent();
    return folder.resolve(path).normalize().toString();
  }

  /** {@code data} as a relative path, or null for a built-in name, an absolute path or no path. */
  private static Path relativePath(String data) {
    if (data == null || data.isBlank() || BuiltInDataset.fromCliName(data).isPresent()) {
      return null;
    }
    try {
      Path path = Path.of(data);
      return path.isAbsolute() ? null : path;
    } catch (InvalidPathException notAPath) {
      return null;
    }
  }
}
