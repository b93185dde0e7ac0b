package org.wganlab.data.image;

/**
 * Scales a picture so that its shorter side becomes {@code size} and keeps the centre
 * {@code size x size} square, in one step: each target pixel is the average of the source area it
 * covers, partly covered source pixels counting in proportion. Averaging whole areas is what keeps
 * strong downscaling (a photo to 28x28) free of the aliasing that point sampling or a single bilinear
 * step produce; when enlarging, the same rule repeats source pixels with blended edges.
 *
 * <p>The work is separable: rows first, then columns, each with precomputed weights.
 */
final class AreaResampler {
  /** For one axis: the first source index and the normalised weights of each target index. */
  private final int[] first;
  private final float[][] weights;

  /** Weights mapping {@code side} source pixels starting at {@code origin} onto {@code size} pixels. */
  private AreaResampler(double origin, int side, int size) {
    first = new int[size];
    weights = new float[size][];
    double span = (double) side / size;
    for (int j = 0; j < size; j++) {
      // Products of integers first, so that boundaries that fall on whole pixels are exact.
      double from = origin + (double) j * side / size;
      double to = origin + (double) (j + 1) * side / size;
      int start = (int) Math.floor(from);
      int end = (int) Math.ceil(to);
      first[j] = start;
      weights[j] = new float[end - start];
      for (int i = start; i < end; i++) {
        double overlap = Math.min(to, i + 1) - Math.max(from, i);
        weights[j][i - start] = (float) (overlap / span);
      }
    }
  }

  /**
   * The centre square of a {@code width x height} plane, resampled to {@code size x size}.
   *
   * @param plane one channel, row by row
   * @return {@code size * size} values, row by row
   */
  static float[] centreSquare(float[] plane, int width, int height, int size) {
    int side = Math.min(width, height);
    // The crop may start half way through a pixel; the weights take the half into account.
    AreaResampler across = new AreaResampler((width - side) / 2.0, side, size);
    AreaResampler down = new AreaResampler((height - side) / 2.0, side, size);
    float[] rows = new float[height * size];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < size; x++) {
        rows[y * size + x] = across.average(plane, y * width, 1, x);
      }
    }
    float[] square = new float[size * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        square[y * size + x] = down.average(rows, x, size, y);
      }
    }
    return square;
  }

  /** Weighted average for target index {@code j} of values at {@code base + index * stride}. */
  private float average(float[] values, int base, int stride, int j) {
    float[] w = weights[j];
    int index = base + first[j] * stride;
    float sum = 0;
    for (float weight : w) {
      sum += weight * values[index];
      index += stride;
    }
    return sum;
  }
}
