package org.wganlab.export;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.metrics.GridSpec;

/**
 * Contour lines of a grid of values by marching squares: the level curves drawn over a critic's
 * value surface.
 *
 * <p>Each grid cell is classified by which of its four corners are at or above the level (a corner
 * exactly at the level counts as above), and the level curve crosses each edge whose ends disagree,
 * at the point found by linear interpolation along the edge. In the two ambiguous "saddle" cells,
 * where diagonally opposite corners agree, the average of the four corners decides: if it is at or
 * above the level the two above-corners are joined through the middle of the cell, otherwise the two
 * below-corners are. Because neighbouring cells share their edge crossings the segments join into
 * continuous curves. Cells with a NaN or infinite corner are left out.
 */
public final class Contours {

  // Edges of a cell: bottom, right, top, left.
  private static final int BOTTOM = 0;
  private static final int RIGHT = 1;
  private static final int TOP = 2;
  private static final int LEFT = 3;

  /**
   * Pairs of crossed edges for each corner pattern; bit 0 = bottom-left corner above the level,
   * bit 1 = bottom-right, bit 2 = top-right, bit 3 = top-left. Each single segment cuts off the corner
   * (or the pair of adjacent corners) that differs from the rest. Patterns 5 and 10 are the saddles,
   * resolved separately.
   */
  private static final int[][] SEGMENTS = {
    {}, {BOTTOM, LEFT}, {BOTTOM, RIGHT}, {LEFT, RIGHT},
    {RIGHT, TOP}, {}, {BOTTOM, TOP}, {TOP, LEFT},
    {TOP, LEFT}, {BOTTOM, TOP}, {}, {RIGHT, TOP},
    {LEFT, RIGHT}, {BOTTOM, RIGHT}, {BOTTOM, LEFT}, {}
  };

  /**
   * The corners (0 bottom-left, 1 bottom-right, 2 top-right, 3 top-left) at the start and end of each
   * edge, both running towards growing x or y so that interpolation parameters read the same way.
   */
  private static final int[] EDGE_FROM = {0, 1, 3, 0};

  private static final int[] EDGE_TO = {1, 2, 2, 3};

  /** Saddle segments cutting off the bottom-right and the top-left corner. */
  private static final int[] CUT_BR_TL = {BOTTOM, RIGHT, TOP, LEFT};

  /** Saddle segments cutting off the bottom-left and the top-right corner. */
  private static final int[] CUT_BL_TR = {BOTTOM, LEFT, RIGHT, TOP};

  private Contours() {}

  /**
   * Segments of the curve {@code value = level}, each {@code {x1, y1, x2, y2}} in data coordinates.
   *
   * @param values row-major values over {@code grid}, row 0 at the bottom
   * @throws IllegalArgumentException if {@code values} does not match the grid
   */
  public static List<double[]> segments(float[] values, GridSpec grid, double level) {
    int n = grid.resolution();
    if (values.length != grid.size()) {
      throw new IllegalArgumentException("values must have grid.size() entries");
    }
    List<double[]> out = new ArrayList<>();
    double[] corner = new double[4];
    for (int row = 0; row + 1 < n; row++) {
      for (int col = 0; col + 1 < n; col++) {
        int at = row * n + col;
        corner[0] = values[at];
        corner[1] = values[at + 1];
        corner[2] = values[at + n + 1];
        corner[3] = values[at + n];
        int pattern = 0;
        boolean missing = false;
        for (int c = 0; c < 4; c++) {
          missing |= !Double.isFinite(corner[c]);
          pattern |= corner[c] >= level ? 1 << c : 0;
        }
        if (missing || pattern == 0 || pattern == 15) {
          continue;
        }
        int[] edges = SEGMENTS[pattern];
        if (pattern == 5 || pattern == 10) {
          boolean middleAbove = (corner[0] + corner[1] + corner[2] + corner[3]) / 4 >= level;
          // Pattern 5 has bottom-left and top-right above: joining them means cutting off the others.
          edges = (pattern == 5) == middleAbove ? CUT_BR_TL : CUT_BL_TR;
        }
        for (int e = 0; e < edges.length; e += 2) {
          double[] segment = new double[4];
          crossing(grid, row, col, corner, edges[e], level, segment, 0);
          crossing(grid, row, col, corner, edges[e + 1], level, segment, 2);
          out.add(segment);
        }
      }
    }
    return out;
  }

  /**
   * {@code count} levels evenly spaced strictly between the finite minimum and maximum of
   * {@code values} (the ends would give degenerate curves). Empty if the values are constant or none is
   * finite.
   *
   * @throws IllegalArgumentException if {@code count < 0}
   */
  public static double[] levels(float[] values, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    double[] range = Raster.range(values);
    if (!(range[1] > range[0])) {
      return new double[0];
    }
    double[] levels = new double[count];
    for (int k = 0; k < count; k++) {
      levels[k] = range[0] + (range[1] - range[0]) * (k + 1) / (count + 1);
    }
    return levels;
  }

  /**
   * Writes the point where the level crosses {@code edge} of cell (row, col) into
   * {@code out[at], out[at + 1]}.
   */
  private static void crossing(
      GridSpec grid, int row, int col, double[] corner, int edge, double level, double[] out, int at) {
    int from = EDGE_FROM[edge];
    int to = EDGE_TO[edge];
    // The ends are on opposite sides of the level, so the denominator is not zero.
    double t = (level - corner[from]) / (corner[to] - corner[from]);
    double x0 = grid.x(col);
    double x1 = grid.x(col + 1);
    double y0 = grid.y(row);
    double y1 = grid.y(row + 1);
    boolean horizontal = edge == BOTTOM || edge == TOP;
    out[at] = horizontal ? x0 + t * (x1 - x0) : (edge == RIGHT ? x1 : x0);
    out[at + 1] = horizontal ? (edge == TOP ? y1 : y0) : y0 + t * (y1 - y0);
  }
}
