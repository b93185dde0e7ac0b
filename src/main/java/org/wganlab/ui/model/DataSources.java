package org.wganlab.ui.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.data.DataFormatException;
import org.wganlab.data.PointSet;
import org.wganlab.train.DrawnSets;
import org.wganlab.ui.model.DataChoice.DataSource;

/**
 * The data sets the data menu offers: built-ins, the CSV files in {@code toydata/}, files the user
 * opened and point sets drawn with the mouse (registered with the {@link DrawnSets} that the training
 * session resolves them with). JavaFX thread only.
 */
public final class DataSources {
  private final ObservableList<DataChoice> choices = FXCollections.observableArrayList();
  private final DrawnSets drawn;

  /** The built-ins and the CSV files of {@code toyFolder} (which may be missing); drawings go to {@code drawn}. */
  public DataSources(Path toyFolder, DrawnSets drawn) {
    this.drawn = drawn;
    for (BuiltInDataset set : BuiltInDataset.values()) {
      choices.add(new DataChoice(DataSource.BUILT_IN, set.displayName(), set.cliName()));
    }
    for (Path file : csvFiles(toyFolder)) {
      choices.add(new DataChoice(DataSource.TOY_FILE, "toydata/" + file.getFileName(),
          file.toString()));
    }
  }

  private static List<Path> csvFiles(Path folder) {
    if (folder == null || !Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
          .endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Everything the data menu offers, in menu order. */
  public ObservableList<DataChoice> choices() {
    return choices;
  }

  /** The entry for {@code reference}, added as an opened file when it is not in the menu yet. */
  public DataChoice choiceFor(String reference) {
    for (DataChoice choice : choices) {
      if (choice.reference().equals(reference)) {
        return choice;
      }
    }
    Path file = Path.of(reference);
    DataChoice added = new DataChoice(DataSource.OPENED_FILE,
        String.valueOf(file.getFileName()), reference);
    choices.add(added);
    return added;
  }

  /**
   * Reads and checks a CSV file (call it off the JavaFX thread: files can be large).
   *
   * @throws DataFormatException with the file and line of the first problem
   */
  public static PointSet check(Path file) throws DataFormatException {
    return org.wganlab.data.PointSetCsv.read(file);
  }

  /** Registers points drawn with the mouse and returns their menu entry. */
  public DataChoice addDrawn(PointSet points) {
    String reference = drawn.add(points);
    DataChoice choice = new DataChoice(DataSource.DRAWN, "drawn #"
        + reference.substring(DrawnSets.PREFIX.length()) + " (" + points.size() + " points)",
        reference);
    choices.add(choice);
    return choice;
  }

  /** The points drawn under {@code reference} in this session, if it names a drawing. */
  public Optional<PointSet> drawnPoints(String reference) {
    return drawn.points(reference);
  }

  /** The references of all entries, for tests and menus. */
  public List<String> references() {
    List<String> out = new ArrayList<>();
    choices.forEach(c -> out.add(c.reference()));
    return out;
  }
}
