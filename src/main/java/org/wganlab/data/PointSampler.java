package org.wganlab.data;

/**
 * A seeded, stateful source of 2-D points: the real distribution a run trains against.
 *
 * <p>Points are written interleaved ({@code x0, y0, x1, y1, ...}) so that a batch is one flat array that
 * copies straight into a row-major {@code n x 2} matrix. Not thread-safe: each run opens its own sampler.
 */
public interface PointSampler {

  /** Writes {@code n} points into {@code out[0 .. 2n)}. */
  void sample(double[] out, int n);

  /** Where the sampler stands now. */
  SamplerState state();

  /**
   * Moves this sampler, freshly opened with the same seed on the same data, to {@code state}.
   *
   * @throws IllegalArgumentException when the state cannot come from such a sampler (another seed,
   *     another data set, or a sampler further along than the state)
   */
  void restore(SamplerState state);

  /** A fresh array of {@code n} points. */
  default double[] sample(int n) {
    double[] out = new double[2 * n];
    sample(out, n);
    return out;
  }
}
