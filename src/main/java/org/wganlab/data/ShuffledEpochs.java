package org.wganlab.data;

/**
 * Serves a fixed set of points in shuffled epochs: every point once per epoch, in a fresh seeded order
 * each epoch, batches taken consecutively and running on into the next epoch when one ends.
 *
 * <p>This is how the WGAN-GP toy code serves 25 gaussians (a fixed sample of 100,000 points, shuffled,
 * sliced into batches) and how a CSV or hand-drawn set is served: a finite set is the whole real
 * distribution, so sampling it with replacement would only add noise to the batch statistics.
 */
final class ShuffledEpochs implements PointSampler {
  private final double[] points;
  private final int count;
  private final Rng rng;
  private int cursor;
  private long shuffles;

  /**
   * A sampler over a private copy of {@code xy}, shuffled at once with {@code rng}.
   *
   * @param xy interleaved points, at least one
   * @param rng the stream for every shuffle; owned by this sampler from now on
   */
  ShuffledEpochs(double[] xy, Rng rng) {
    if (xy.length < 2 || xy.length % 2 != 0) {
      throw new IllegalArgumentException("need at least one x,y pair, got " + xy.length + " values");
    }
    this.points = xy.clone();
    this.count = xy.length / 2;
    this.rng = rng;
    shuffle();
  }

  @Override
  public void sample(double[] out, int n) {
    checkBatch(out, n);
    int written = 0;
    while (written < n) {
      if (cursor == count) {
        shuffle();
      }
      // Copy the longest run that fits both in the batch and in what is left of this epoch.
      int run = Math.min(n - written, count - cursor);
      System.arraycopy(points, 2 * cursor, out, 2 * written, 2 * run);
      cursor += run;
      written += run;
    }
  }

  /**
   * Rejects a batch request that does not fit its output array; every sampler of the package checks
   * this, so that a wrong size fails at the call rather than as an index error deep in a loop.
   *
   * @param out the destination of {@code n} interleaved points
   * @param n the number of points requested
   */
  static void checkBatch(double[] out, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("batch size must not be negative, got " + n);
    }
    if (out.length < 2L * n) {
      throw new IllegalArgumentException(
          "output array holds " + out.length / 2 + " points, but " + n + " were requested");
    }
  }

  @Override
  public SamplerState state() {
    return new SamplerState(rng.state(), shuffles, cursor);
  }

  /**
   * Replays the shuffles the state is ahead by (each a pass over the set, milliseconds for the
   * largest built-in one): the epochs' orders follow from the seed alone, so a state stores counts
   * instead of an order. The stream it then stands at must be the state's.
   */
  @Override
  public void restore(SamplerState state) {
    if (state.shuffles() < shuffles || state.cursor() > count) {
      throw new IllegalArgumentException("a sampler at shuffle " + state.shuffles() + ", point "
          + state.cursor() + " cannot follow one of " + count + " points at shuffle " + shuffles);
    }
    while (shuffles < state.shuffles()) {
      shuffle();
    }
    if (!rng.state().equals(state.rng())) {
      throw new IllegalArgumentException("the sampler's random stream does not match: another seed"
          + " or another data set");
    }
    cursor = state.cursor();
  }

  /** Fisher-Yates on whole points (pairs of slots), then restarts the epoch. */
  private void shuffle() {
    shuffles++;
    for (int i = count - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      double x = points[2 * i];
      double y = points[2 * i + 1];
      points[2 * i] = points[2 * j];
      points[2 * i + 1] = points[2 * j + 1];
      points[2 * j] = x;
      points[2 * j + 1] = y;
    }
    cursor = 0;
  }
}
