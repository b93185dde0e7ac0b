package org.wganlab.metrics;

/**
 * A square evaluation grid over {@code [min, max]^2} with {@code resolution} evenly spaced points per side,
 * both ends included, like {@code linspace(min, max, resolution)}.
 *
 * <p>Index {@code (row, col)} is point {@code x = coordinate(col), y = coordinate(row)}; row 0 is the
 * bottom ({@code y = min}). Flat arrays over the grid are row-major: {@code index = row * resolution + col}.
 *
 * @param resolution points per side, at least 2
 * @param min lower bound on both axes
 * @param max upper bound on both axes, greater than {@code min}
 */
public record GridSpec(int resolution, double min, double max) {

  /**
   * Largest coordinate on either axis: the bound point files have, far beyond any toy set, and well
   * inside what the grid's arithmetic and float32 critics evaluate without overflow.
   */
  public static final double MAX_COORDINATE = 1e6;

  /** The default of the reference plots: 128 x 128 over [-3, 3]^2. */
  public static final GridSpec DEFAULT = new GridSpec(128, -3, 3);

  /** Validates. */
  public GridSpec {
    if (resolution < 2 || resolution > 2048) {
      throw new IllegalArgumentException("grid resolution must be in [2, 2048], got " + resolution);
    }
    if (!(max > min && min >= -MAX_COORDINATE && max <= MAX_COORDINATE)) {
      throw new IllegalArgumentException("grid range must lie within [-" + (long) MAX_COORDINATE
          + ", " + (long) MAX_COORDINATE + "] with max > min, got [" + min + ", " + max + "]");
    }
  }

  /** Number of grid points. */
  public int size() {
    return resolution * resolution;
  }

  /** Coordinate of grid line {@code i} (0 .. resolution-1). */
  public double coordinate(int i) {
    return min + (max - min) * i / (resolution - 1);
  }

  /** The grid points interleaved {@code x, y} in row-major order. */
  public double[] points() {
    double[] xy = new double[2 * size()];
    for (int row = 0; row < resolution; row++) {
      double y = coordinate(row);
      for (int col = 0; col < resolution; col++) {
        int k = 2 * (row * resolution + col);
        xy[k] = coordinate(col);
        xy[k + 1] = y;
      }
    }
    return xy;
  }
}
