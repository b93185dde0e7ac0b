package org.wganlab.train;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.wganlab.data.DataFormatException;
import org.wganlab.data.Dataset;
import org.wganlab.data.Datasets;
import org.wganlab.data.PointSet;

/**
 * A {@link DatasetResolver} that also knows the point sets drawn with the mouse in this process, under
 * references of their own ({@code drawn:1}, ...). A drawing is registered on the JavaFX thread and
 * resolved on the training thread, so the sets live in a concurrent map.
 */
public final class DrawnSets implements DatasetResolver {
  /** Prefix of the references of drawn sets; they exist only while the process runs. */
  public static final String PREFIX = "drawn:";

  private final Map<String, PointSet> drawn = new ConcurrentHashMap<>();
  private final AtomicInteger drawings = new AtomicInteger();

  /** Registers {@code points} and returns the reference that resolves to them. */
  public String add(PointSet points) {
    String reference = PREFIX + drawings.incrementAndGet();
    drawn.put(reference, points);
    return reference;
  }

  /** The points drawn under {@code reference} in this process, if it names a drawing. */
  public Optional<PointSet> points(String reference) {
    return Optional.ofNullable(drawn.get(reference));
  }

  /** Whether {@code reference} names a drawing (of this process or another). */
  public static boolean isDrawing(String reference) {
    return reference.startsWith(PREFIX);
  }

  @Override
  public Dataset resolve(String reference) throws DataFormatException {
    PointSet points = drawn.get(reference);
    if (points != null) {
      return new Dataset.Points("drawn", reference, points);
    }
    if (isDrawing(reference)) {
      throw new DataFormatException(Path.of(reference), 0,
          "this drawn data set belongs to another session of the app; draw it again");
    }
    return Datasets.resolve(reference);
  }
}
