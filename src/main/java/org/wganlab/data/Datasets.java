package org.wganlab.data;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Finds a data set from the text a user typed or a configuration file stored: a built-in name such as
 * {@code 8gaussians}, or else the path of a CSV point file.
 *
 * <p>Built-in names win: a file that happens to be called {@code ring} in the working folder is reached
 * as {@code ./ring}. The CSV path is kept as given, so that a configuration saved with a relative path
 * still works when the project folder moves.
 */
public final class Datasets {

  private Datasets() {}

  /**
   * The built-in data set with this command-line name, or else the point set in the CSV file at this
   * path, named after the file (without its extension) and referenced by the path as given.
   *
   * @param nameOrPath a built-in name or a file path
   * @return the data set
   * @throws DataFormatException if the text is no built-in name and no readable, valid point file; for
   *     a missing file the message also lists the built-in names, in case a name was mistyped
   */
  public static Dataset resolve(String nameOrPath) throws DataFormatException {
    Objects.requireNonNull(nameOrPath, "nameOrPath");
    var builtIn = BuiltInDataset.fromCliName(nameOrPath);
    if (builtIn.isPresent()) {
      return new Dataset.BuiltIn(builtIn.get());
    }
    if (nameOrPath.isBlank()) {
      throw new DataFormatException(Path.of(""), 0,
          "no data set given: name a built-in set (" + choices() + ") or a CSV file");
    }
    Path file;
    try {
      file = Path.of(nameOrPath);
    } catch (InvalidPathException e) {
      throw new DataFormatException(Path.of(""), 0,
          "\"" + nameOrPath + "\" is neither a built-in data set (" + choices() + ") nor a file path", e);
    }
    PointSet points;
    try {
      points = PointSetCsv.read(file);
    } catch (DataFormatException e) {
      if (e.line() == 0 && Files.notExists(file)) {
        throw new DataFormatException(file, 0,
            "file not found, and not a built-in data set either (" + choices() + ")", e);
      }
      throw e;
    }
    return new Dataset.Points(displayName(file), nameOrPath, points);
  }

  private static String choices() {
    return String.join(", ", BuiltInDataset.cliNames());
  }

  /** {@code toydata/moons.csv} is shown as {@code moons}. */
  private static String displayName(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return stem.isBlank() ? file.toString() : stem;
  }
}
