package org.wganlab.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The data sets that come with the app: the three of the WGAN-GP toy experiments (8 gaussians,
 * 25 gaussians, swiss roll) and three classroom shapes (ring, two moons, checkerboard).
 *
 * <p>Each is scaled to a per-coordinate standard deviation of about 1 and lies within about
 * {@code [-2.5, 2.5]^2}. The generators and their constants are described in {@code toydata/README.md}.
 * A data set is identified in configuration files and on the command line by its {@link #cliName()},
 * which therefore never changes once released.
 */
public enum BuiltInDataset {
  /** Eight Gaussian modes on a circle; the classic test of mode collapse. */
  EIGHT_GAUSSIANS("8gaussians", "8 gaussians", ToyShapes::eightGaussians, ToyShapes.EIGHT_MODES),
  /** A 5 x 5 grid of Gaussian modes, served from a fixed sample of 100,000 points like the reference. */
  TWENTY_FIVE_GAUSSIANS(
      "25gaussians", "25 gaussians", ToyShapes::twentyFiveGaussians, ToyShapes.TWENTY_FIVE_MODES),
  /** The 2-D swiss roll (a spiral): a thin curved manifold rather than separate modes. */
  SWISS_ROLL("swissroll", "swiss roll", ToyShapes::swissRoll, null),
  /** A noisy circle through the centres of 8 gaussians: the same shape without the gaps. */
  RING("ring", "ring", ToyShapes::ring, null),
  /** Two interleaved half circles. */
  TWO_MOONS("moons", "two moons", ToyShapes::twoMoons, null),
  /** Uniform on the black squares of a 4 x 4 board: sharp edges a generator finds hard to draw. */
  CHECKERBOARD("checkerboard", "checkerboard", ToyShapes::checkerboard, null);

  private final String cliName;
  private final String displayName;
  private final LongFunction<PointSampler> opener;
  /** Null for the sets without Gaussian modes; exposed as an Optional. */
  private final ModeLayout modes;

  BuiltInDataset(
      String cliName, String displayName, LongFunction<PointSampler> opener, ModeLayout modes) {
    this.cliName = cliName;
    this.displayName = displayName;
    this.opener = opener;
    this.modes = modes;
  }

  /**
   * The stable name used on the command line and in configuration files, such as {@code 8gaussians}.
   *
   * @return the command-line name
   */
  public String cliName() {
    return cliName;
  }

  /**
   * The name shown to users, such as {@code 8 gaussians}.
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }

  /**
   * The Gaussian modes of the set after scaling, for the mode-coverage metric: present for 8 gaussians
   * (std 0.02 / 1.414) and 25 gaussians (std 0.05 / 2.828), empty for the other shapes.
   *
   * @return the modes, if the set is a Gaussian mixture
   */
  public Optional<ModeLayout> modes() {
    return Optional.ofNullable(modes);
  }

  /**
   * A new sampler of this data set. Two samplers opened with the same seed produce exactly the same
   * points, however the requests are split into batches.
   *
   * @param seed the seed of the sampler's random stream
   * @return a fresh, independent sampler
   */
  public PointSampler open(long seed) {
    return opener.apply(seed);
  }

  /**
   * The data set with this command-line name. Names are matched exactly: they are identifiers stored in
   * files, not free text.
   *
   * @param cliName a name such as {@code swissroll}
   * @return the data set, or empty if no built-in set has that name
   */
  public static Optional<BuiltInDataset> fromCliName(String cliName) {
    Objects.requireNonNull(cliName, "cliName");
    return Arrays.stream(values()).filter(d -> d.cliName.equals(cliName)).findFirst();
  }

  /**
   * The command-line names of all built-in sets, in declaration order, for help texts and error
   * messages that list the choices.
   *
   * @return an unmodifiable list of names
   */
  public static List<String> cliNames() {
    return Arrays.stream(values()).map(BuiltInDataset::cliName).toList();
  }
}
