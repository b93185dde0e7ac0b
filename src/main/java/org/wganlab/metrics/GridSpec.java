package org.wganlab.metrics;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A square evaluation grid over {@code [xMin, xMin + side] x [yMin, yMin + side]} with
 * {@code resolution} evenly spaced points per side, both ends included, like
 * {@code linspace(min, max, resolution)} on each axis. The view is square so that a heatmap drawn in a
 * square shows distances and gradient directions without distortion; it need not be centred on the
 * origin, so that it can follow data that lies elsewhere.
 *
 * <p>Index {@code (row, col)} is point {@code x = x(col), y = y(row)}; row 0 is the bottom
 * ({@code y = yMin}). Flat arrays over the grid are row-major: {@code index = row * resolution + col}.
 *
 * @param resolution points per side, at least 2
 * @param xMin left edge
 * @param yMin bottom edge
 * @param side width and height, greater than 0
 */
public record GridSpec(int resolution, double xMin, double yMin, double side) {

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
    if (!(side > 0 && inside(xMin, side) && inside(yMin, side))) {
      throw new IllegalArgumentException("grid range must lie within [-" + (long) MAX_COORDINATE
          + ", " + (long) MAX_COORDINATE + "] with max > min, got x from " + xMin + " and y from "
          + yMin + " over " + side);
    }
  }

  /** The grid over {@code [min, max]^2}, the same range on both axes. */
  public GridSpec(int resolution, double min, double max) {
    this(resolution, min, min, max - min);
  }

  private static boolean inside(double low, double side) {
    return low >= -MAX_COORDINATE && low + side <= MAX_COORDINATE;
  }

  /**
   * Reads a stored grid: {@code {resolution, xMin, yMin, side}}, or the older
   * {@code {resolution, min, max}} of a grid over {@code [min, max]^2}. Every value of one form must
   * be there and no value of the other.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static GridSpec stored(Stored s) {
    if (s.resolution == null) {
      throw new IllegalArgumentException("grid resolution is required");
    }
    boolean square = s.xMin != null && s.yMin != null && s.side != null;
    boolean older = s.min != null && s.max != null;
    boolean mixed = square ? s.min != null || s.max != null
        : older && (s.xMin != null || s.yMin != null || s.side != null);
    if (square == older || mixed) {
      throw new IllegalArgumentException(
          "a grid needs either xMin, yMin and side, or min and max (as in older files)");
    }
    return square ? new GridSpec(s.resolution, s.xMin, s.yMin, s.side)
        : new GridSpec(s.resolution, s.min, s.max);
  }

  /** The values a stored grid may hold, in either form; those not in the file stay null. */
  static final class Stored {
    /** Points per side. */
    public Integer resolution;
    /** Left edge (current form). */
    public Double xMin;
    /** Bottom edge (current form). */
    public Double yMin;
    /** Width and height (current form). */
    public Double side;
    /** Lower bound on both axes (older form). */
    public Double min;
    /** Upper bound on both axes (older form). */
    public Double max;
  }

  /** Right edge. */
  public double xMax() {
    return xMin + side;
  }

  /** Top edge. */
  public double yMax() {
    return yMin + side;
  }

  /** Number of grid points. */
  public int size() {
    return resolution * resolution;
  }

  /** The x coordinate of grid column {@code col} (0 .. resolution-1). */
  public double x(int col) {
    return xMin + side * col / (resolution - 1);
  }

  /** The y coordinate of grid row {@code row} (0 .. resolution-1). */
  public double y(int row) {
    return yMin + side * row / (resolution - 1);
  }

  /** Whether point {@code (x, y)} lies in the view, edges included. */
  public boolean contains(double x, double y) {
    return x >= xMin && x <= xMax() && y >= yMin && y <= yMax();
  }

  /** The same view with another resolution. */
  public GridSpec withResolution(int next) {
    return new GridSpec(next, xMin, yMin, side);
  }

  /** The grid points interleaved {@code x, y} in row-major order. */
  public double[] points() {
    double[] xy = new double[2 * size()];
    for (int row = 0; row < resolution; row++) {
      double y = y(row);
      for (int col = 0; col < resolution; col++) {
        int k = 2 * (row * resolution + col);
        xy[k] = x(col);
        xy[k + 1] = y;
      }
    }
    return xy;
  }
}
