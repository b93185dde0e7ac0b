package org.wganlab.data;

import java.util.Arrays;

/**
 * An immutable, finite set of 2-D points: a data set loaded from CSV or drawn with the mouse.
 *
 * <p>Coordinates are interleaved ({@code x0, y0, x1, y1, ...}), the layout of {@link PointSampler}, so a
 * set converts to and from sampler batches without reshaping. The array is copied on the way in and on
 * the way out: a record component that is a mutable array would otherwise let any caller change a data
 * set that a running training session is reading.
 *
 * @param xy interleaved coordinates; even length, all finite, at least two points
 */
public record PointSet(double[] xy) {

  /** Fewer points than this cannot form a training batch worth the name, nor a shuffled order. */
  public static final int MIN_POINTS = 2;

  /**
   * Validates and copies.
   *
   * @param xy interleaved coordinates
   * @throws IllegalArgumentException if the length is odd, a value is not finite, or there are fewer
   *     than {@link #MIN_POINTS} points
   */
  public PointSet {
    if (xy.length % 2 != 0) {
      throw new IllegalArgumentException(
          "a point set needs x,y pairs, but got an odd number of values (" + xy.length + ")");
    }
    if (xy.length < 2 * MIN_POINTS) {
      throw new IllegalArgumentException(
          "a point set needs at least " + MIN_POINTS + " points, got " + xy.length / 2);
    }
    xy = xy.clone();
    // Checked on the copy, so that a caller changing its own array concurrently cannot sneak a NaN past.
    for (int i = 0; i < xy.length; i++) {
      if (!Double.isFinite(xy[i])) {
        throw new IllegalArgumentException(
            "point " + i / 2 + " has a value that is not a finite number: " + xy[i]);
      }
    }
  }

  /**
   * Number of points.
   *
   * @return the point count, at least {@link #MIN_POINTS}
   */
  public int size() {
    return xy.length / 2;
  }

  /**
   * The x coordinate of point {@code i}.
   *
   * @param i point index in {@code [0, size())}
   * @return the x coordinate
   */
  public double x(int i) {
    return xy[2 * checkIndex(i)];
  }

  /**
   * The y coordinate of point {@code i}.
   *
   * @param i point index in {@code [0, size())}
   * @return the y coordinate
   */
  public double y(int i) {
    return xy[2 * checkIndex(i) + 1];
  }

  /**
   * A copy of the interleaved coordinates.
   *
   * @return a new array {@code x0, y0, x1, y1, ...} the caller may change freely
   */
  @Override
  public double[] xy() {
    return xy.clone();
  }

  /** Value equality on the coordinates (a record compares arrays by identity otherwise). */
  @Override
  public boolean equals(Object other) {
    return other instanceof PointSet p && Arrays.equals(p.xy, xy);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Arrays.hashCode(xy);
  }

  /** A short summary; the points themselves can be many. */
  @Override
  public String toString() {
    return "PointSet[" + size() + " points]";
  }

  /** Reports a bad index in points, not in slots of the interleaved array. */
  private int checkIndex(int i) {
    if (i < 0 || i >= size()) {
      throw new IndexOutOfBoundsException("point index " + i + " outside [0, " + size() + ")");
    }
    return i;
  }
}
