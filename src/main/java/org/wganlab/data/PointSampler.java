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

  /** A fresh array of {@code n} points. */
  default double[] sample(int n) {
    double[] out = new double[2 * n];
    sample(out, n);
    return out;
  }
}
