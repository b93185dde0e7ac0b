package org.wganlab.ui.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.data.DataFormatException;
import org.wganlab.data.Dataset;
import org.wganlab.data.Datasets;
import org.wganlab.data.PointSet;
import org.wganlab.train.DatasetResolver;
import org.wganlab.ui.model.DataChoice.DataSource;

/**
 * The data sets the app offers (built-ins, the CSV files in {@code toydata/}, files the user opened and
 * point sets drawn with the mouse), and the {@link DatasetResolver} that finds them again. The resolver
 * is called on the training thread, so drawn sets live in a concurrent map.
 */
public final class DataSources implements DatasetResolver {
  /** Prefix of the references of drawn sets; they exist only while the app runs. */
  public static final String DRAWN_PREFIX = "drawn:";

  private final ObservableList<DataChoice> choices = FXCollections.observableArrayList();
  private final Map<String, PointSet> drawn = new ConcurrentHashMap<>();
  private final AtomicInteger drawings = new AtomicInteger();

  /** The built-ins and the CSV files of {@code toyFolder} (which may be missing). */
  public DataSources(Path toyFolder) {
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
    int number = drawings.incrementAndGet();
    String reference = DRAWN_PREFIX + number;
    drawn.put(reference, points);
    DataChoice choice = new DataChoice(DataSource.DRAWN,
        "drawn #" + number + " (" + points.size() + " points)", reference);
    choices.add(choice);
    return choice;
  }

  @Override
  public Dataset resolve(String reference) throws DataFormatException {
    PointSet points = drawn.get(reference);
    if (points != null) {
      return new Dataset.Points("drawn", reference, points);
    }
    if (reference.startsWith(DRAWN_PREFIX)) {
      throw new DataFormatException(Path.of(reference), 0,
          "this drawn data set belongs to another session of the app; draw it again");
    }
    return Datasets.resolve(reference);
  }

  /** The points drawn under {@code reference} in this session, if it names a drawing. */
  public Optional<PointSet> drawnPoints(String reference) {
    return Optional.ofNullable(drawn.get(reference));
  }

  /** The references of all entries, for tests and menus. */
  public List<String> references() {
    List<String> out = new ArrayList<>();
    choices.forEach(c -> out.add(c.reference()));
    return out;
  }
}
