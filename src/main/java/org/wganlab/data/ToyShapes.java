package org.wganlab.data;

/**
 * The generators behind {@link BuiltInDataset}: the three reference sets of the WGAN-GP toy experiments
 * and three classroom shapes, each turned into a seeded {@link PointSampler}.
 *
 * <p>Every set is divided by a fixed scale so that its per-coordinate standard deviation is about 1 and
 * it fits in about {@code [-2.5, 2.5]^2}, inside the {@code [-3, 3]^2} window the value surfaces are
 * drawn on. The reference scales (1.414, 2.828, 7.5) are kept to the digit, not replaced by exact square
 * roots, so that numbers read off the app match those of the reference code.
 *
 * <p>A sampler draws from one {@link Rng} created from the seed, in a fixed order per point, so the
 * same seed gives the same points on every machine, whatever the batch sizes requested.
 */
final class ToyShapes {

  /** Scale and noise of 8 gaussians (reference values); the ring reuses them. */
  private static final double EIGHT_SCALE = 1.414;
  private static final double EIGHT_NOISE = 0.02;
  private static final double EIGHT_RADIUS = 2.0;

  private static final double TWENTY_FIVE_SCALE = 2.828;
  private static final double TWENTY_FIVE_NOISE = 0.05;
  private static final double TWENTY_FIVE_SPACING = 2.0;
  /** Size of the fixed sample the reference draws once and then serves in shuffled batches. */
  static final int TWENTY_FIVE_SET_SIZE = 100_000;

  /** sklearn's make_swiss_roll noise used by the reference, and its scale. */
  private static final double SWISS_NOISE = 0.25;
  private static final double SWISS_SCALE = 7.5;

  /** A ring as wide as 8 gaussians, so the two can be compared: the modes with the gaps filled in. */
  private static final double RING_NOISE = 0.05;

  /** Two moons as sklearn's make_moons lays them out, centred on their mean, then enlarged. */
  private static final double MOONS_NOISE = 0.05;
  private static final double MOONS_SCALE = 1.5;
  private static final double MOONS_MEAN_X = 0.5;
  private static final double MOONS_MEAN_Y = 0.25;

  /** A 4 x 4 board of unit squares over [-2, 2]^2; half of the 16 squares are black. */
  private static final int BOARD_SIDE = 4;
  private static final int BLACK_SQUARES = BOARD_SIDE * BOARD_SIDE / 2;

  /** Unscaled centres of 8 gaussians: (cos k pi/4, sin k pi/4) * 2, k = 0..7. */
  private static final double[] EIGHT_CENTRES = eightCentres();
  /** Unscaled centres of 25 gaussians: (2i, 2j), i and j in -2..2, i varying slowest like the reference. */
  private static final double[] TWENTY_FIVE_CENTRES = gridCentres();

  /** Centres and std of 8 gaussians after scaling. */
  static final ModeLayout EIGHT_MODES =
      new ModeLayout(divide(EIGHT_CENTRES, EIGHT_SCALE), EIGHT_NOISE / EIGHT_SCALE);
  /** Centres and std of 25 gaussians after scaling. */
  static final ModeLayout TWENTY_FIVE_MODES =
      new ModeLayout(divide(TWENTY_FIVE_CENTRES, TWENTY_FIVE_SCALE), TWENTY_FIVE_NOISE / TWENTY_FIVE_SCALE);

  private ToyShapes() {}

  /** How one point is drawn: writes {@code out[at]} and {@code out[at + 1]}. */
  @FunctionalInterface
  private interface PointRule {
    void draw(Rng rng, double[] out, int at);
  }

  /** A centre chosen uniformly, plus isotropic Gaussian noise, all divided by the reference scale. */
  static PointSampler eightGaussians(long seed) {
    return pointwise(seed, (rng, out, at) -> {
      int k = rng.nextInt(EIGHT_CENTRES.length / 2);
      out[at] = (EIGHT_CENTRES[2 * k] + EIGHT_NOISE * rng.gaussian()) / EIGHT_SCALE;
      out[at + 1] = (EIGHT_CENTRES[2 * k + 1] + EIGHT_NOISE * rng.gaussian()) / EIGHT_SCALE;
    });
  }

  /**
   * The reference's fixed sample: it visits the 25 centres in turn, 4,000 rounds, so every mode holds
   * exactly 4,000 points; the set is then served in shuffled epochs.
   */
  static PointSampler twentyFiveGaussians(long seed) {
    Rng rng = new Rng(seed);
    int modes = TWENTY_FIVE_CENTRES.length / 2;
    double[] set = new double[2 * TWENTY_FIVE_SET_SIZE];
    for (int i = 0; i < TWENTY_FIVE_SET_SIZE; i++) {
      int k = i % modes;
      set[2 * i] = (TWENTY_FIVE_CENTRES[2 * k] + TWENTY_FIVE_NOISE * rng.gaussian()) / TWENTY_FIVE_SCALE;
      set[2 * i + 1] =
          (TWENTY_FIVE_CENTRES[2 * k + 1] + TWENTY_FIVE_NOISE * rng.gaussian()) / TWENTY_FIVE_SCALE;
    }
    return new ShuffledEpochs(set, rng);
  }

  /** sklearn's make_swiss_roll, keeping the x and z columns (the y column is the roll's height). */
  static PointSampler swissRoll(long seed) {
    return pointwise(seed, (rng, out, at) -> {
      double t = 1.5 * Math.PI * (1.0 + 2.0 * rng.uniform());
      out[at] = (t * Math.cos(t) + SWISS_NOISE * rng.gaussian()) / SWISS_SCALE;
      out[at + 1] = (t * Math.sin(t) + SWISS_NOISE * rng.gaussian()) / SWISS_SCALE;
    });
  }

  /** A uniform angle on the circle of 8 gaussians' centres, with a little isotropic noise. */
  static PointSampler ring(long seed) {
    return pointwise(seed, (rng, out, at) -> {
      double angle = 2.0 * Math.PI * rng.uniform();
      out[at] = (EIGHT_RADIUS * Math.cos(angle) + RING_NOISE * rng.gaussian()) / EIGHT_SCALE;
      out[at + 1] = (EIGHT_RADIUS * Math.sin(angle) + RING_NOISE * rng.gaussian()) / EIGHT_SCALE;
    });
  }

  /** Upper moon (cos a, sin a) or lower moon (1 - cos a, 1/2 - sin a), a uniform in [0, pi]. */
  static PointSampler twoMoons(long seed) {
    return pointwise(seed, (rng, out, at) -> {
      boolean upper = rng.nextInt(2) == 0;
      double angle = Math.PI * rng.uniform();
      double x = upper ? Math.cos(angle) : 1.0 - Math.cos(angle);
      double y = upper ? Math.sin(angle) : 0.5 - Math.sin(angle);
      out[at] = (x - MOONS_MEAN_X + MOONS_NOISE * rng.gaussian()) * MOONS_SCALE;
      out[at + 1] = (y - MOONS_MEAN_Y + MOONS_NOISE * rng.gaussian()) * MOONS_SCALE;
    });
  }

  /**
   * Uniform on the black squares, those whose column plus row is even counting from the bottom-left
   * square, like a1 on a chess board. All black squares have the same area, so choosing one uniformly
   * and then a uniform point in it is uniform on their union.
   */
  static PointSampler checkerboard(long seed) {
    return pointwise(seed, (rng, out, at) -> {
      int square = rng.nextInt(BLACK_SQUARES);
      int row = square / (BOARD_SIDE / 2);
      int column = 2 * (square % (BOARD_SIDE / 2)) + row % 2;
      out[at] = column - BOARD_SIDE / 2.0 + rng.uniform();
      out[at + 1] = row - BOARD_SIDE / 2.0 + rng.uniform();
    });
  }

  /** A sampler drawing each point independently with {@code rule} from one stream seeded by {@code seed}. */
  private static PointSampler pointwise(long seed, PointRule rule) {
    return new Pointwise(new Rng(seed), rule);
  }

  /** Draws every point afresh from one stream: its state is the stream's. */
  private static final class Pointwise implements PointSampler {
    private final PointRule rule;
    private Rng rng;

    Pointwise(Rng rng, PointRule rule) {
      this.rng = rng;
      this.rule = rule;
    }

    @Override
    public void sample(double[] out, int n) {
      ShuffledEpochs.checkBatch(out, n);
      for (int i = 0; i < n; i++) {
        rule.draw(rng, out, 2 * i);
      }
    }

    @Override
    public SamplerState state() {
      return new SamplerState(rng.state(), 0, 0);
    }

    @Override
    public void restore(SamplerState state) {
      if (state.shuffles() != 0 || state.cursor() != 0) {
        throw new IllegalArgumentException("the state of a sampler of a fixed set does not fit one"
            + " that draws every point afresh");
      }
      rng = new Rng(state.rng());
    }
  }

  private static double[] eightCentres() {
    double[] centres = new double[16];
    for (int k = 0; k < 8; k++) {
      centres[2 * k] = EIGHT_RADIUS * Math.cos(k * Math.PI / 4);
      centres[2 * k + 1] = EIGHT_RADIUS * Math.sin(k * Math.PI / 4);
    }
    return centres;
  }

  private static double[] gridCentres() {
    double[] centres = new double[50];
    int k = 0;
    for (int i = -2; i <= 2; i++) {
      for (int j = -2; j <= 2; j++) {
        centres[k++] = TWENTY_FIVE_SPACING * i;
        centres[k++] = TWENTY_FIVE_SPACING * j;
      }
    }
    return centres;
  }

  private static double[] divide(double[] values, double scale) {
    double[] result = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = values[i] / scale;
    }
    return result;
  }
}
