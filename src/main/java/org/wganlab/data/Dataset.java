package org.wganlab.data;

import java.util.Objects;
import java.util.Optional;

/**
 * The real distribution of a run: either a built-in generator or a fixed set of points (read from a
 * CSV file or drawn with the mouse).
 *
 * <p>A run configuration stores {@link #reference()}, from which {@link Datasets#resolve(String)} finds
 * the data set again; the display name is for people only. Both kinds open seeded samplers, so a run is
 * reproducible from its configuration and seed whatever the data set.
 */
public sealed interface Dataset permits Dataset.BuiltIn, Dataset.Points {

  /**
   * The name shown to users, such as {@code 8 gaussians} or a file's name.
   *
   * @return the display name
   */
  String name();

  /**
   * What a configuration file stores to find this data set again: the command-line name of a built-in
   * set, the path of a CSV file as the user gave it, or a marker such as {@code drawn} for a set that
   * exists only in the session that drew it.
   *
   * @return the reference text
   */
  String reference();

  /**
   * A new sampler over this data set; the same seed gives exactly the same points.
   *
   * @param seed the seed of the sampler's random stream
   * @return a fresh, independent sampler
   */
  PointSampler open(long seed);

  /**
   * The Gaussian modes, for the mode-coverage metric; empty for anything but 8 and 25 gaussians.
   *
   * @return the modes, if known
   */
  Optional<ModeLayout> modes();

  /**
   * A built-in generator.
   *
   * @param kind which built-in set
   */
  record BuiltIn(BuiltInDataset kind) implements Dataset {

    /**
     * Rejects a missing kind.
     *
     * @param kind which built-in set
     */
    public BuiltIn {
      Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String name() {
      return kind.displayName();
    }

    @Override
    public String reference() {
      return kind.cliName();
    }

    @Override
    public PointSampler open(long seed) {
      return kind.open(seed);
    }

    @Override
    public Optional<ModeLayout> modes() {
      return kind.modes();
    }
  }

  /**
   * A fixed set of points, served in shuffled epochs (every point once per epoch, a new seeded order
   * each epoch), the way the reference serves its fixed sample of 25 gaussians.
   *
   * @param name the display name, not blank
   * @param reference what a configuration stores for this set (file path or a marker), not blank
   * @param points the points
   */
  record Points(String name, String reference, PointSet points) implements Dataset {

    /**
     * Rejects missing or blank fields.
     *
     * @param name the display name
     * @param reference what a configuration stores for this set
     * @param points the points
     */
    public Points {
      Objects.requireNonNull(points, "points");
      if (Objects.requireNonNull(name, "name").isBlank()) {
        throw new IllegalArgumentException("a data set needs a name");
      }
      if (Objects.requireNonNull(reference, "reference").isBlank()) {
        throw new IllegalArgumentException("a data set needs a reference");
      }
    }

    @Override
    public PointSampler open(long seed) {
      return new ShuffledEpochs(points.xy(), new Rng(seed));
    }

    /** A drawn or loaded set has no known modes, even if it looks like a mixture. */
    @Override
    public Optional<ModeLayout> modes() {
      return Optional.empty();
    }
  }
}
