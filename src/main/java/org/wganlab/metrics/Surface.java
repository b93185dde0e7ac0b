package org.wganlab.metrics;

/**
 * A critic's value surface and the field of its input-gradient norm on a grid: two plain row-major
 * matrices, ready for a heatmap, contours or a CSV file.
 *
 * @param grid where the values were evaluated
 * @param values D(x) at each grid point, row-major (see {@link GridSpec})
 * @param gradientNorms ||grad_x D(x)|| at each grid point, row-major
 */
public record Surface(GridSpec grid, float[] values, float[] gradientNorms) {

  /** Validates sizes; the arrays are owned by the record and must not be changed afterwards. */
  public Surface {
    if (values.length != grid.size() || gradientNorms.length != grid.size()) {
      throw new IllegalArgumentException("surface arrays must have grid.size() entries");
    }
  }

  /** Value at (row, col). */
  public float value(int row, int col) {
    return values[row * grid.resolution() + col];
  }

  /** Gradient norm at (row, col). */
  public float gradientNorm(int row, int col) {
    return gradientNorms[row * grid.resolution() + col];
  }
}
