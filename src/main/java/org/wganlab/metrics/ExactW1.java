package org.wganlab.metrics;

import java.util.Arrays;

/**
 * The exact Wasserstein-1 distance between two empirical point sets of equal size with uniform
 * weights: the minimum over perfect matchings of the mean Euclidean distance between matched points.
 *
 * <p>For equal sizes and uniform weights an optimal transport plan can always be taken to be a
 * permutation, so W1 reduces to an assignment problem. It is solved by the shortest-augmenting-path
 * form of the Hungarian method with row and column potentials, {@code O(n^3)} in double precision.
 * This is the ground truth of the fixed-generator experiment. By Kantorovich-Rubinstein duality no
 * 1-Lipschitz critic's estimate E_a[D] - E_b[D] on the same two sets can exceed it, so an estimate
 * above it means the critic is not 1-Lipschitz there: what a gradient penalty's critic shows, since
 * the penalty is soft ({@code figure fig1a} measured 6% above on 8 gaussians). Small sets
 * overstate the population W1; see {@code src/site/markdown/science.md}.
 */
public final class ExactW1 {

  private ExactW1() {}

  /**
   * W1 between interleaved point sets {@code a} and {@code b} of the same size.
   *
   * @throws IllegalArgumentException if the sets are empty, differ in size, have an odd length or
   *     contain a non-finite coordinate
   */
  public static double between(double[] a, double[] b) {
    int[] match = matching(a, b);
    double sum = 0;
    for (int i = 0; i < match.length; i++) {
      sum += distance(a, i, b, match[i]);
    }
    return sum / match.length;
  }

  /**
   * An optimal matching: entry {@code i} is the index of the point of {@code b} paired with point
   * {@code i} of {@code a}. Useful to draw the transport plan; same preconditions as
   * {@link #between(double[], double[])}.
   */
  public static int[] matching(double[] a, double[] b) {
    validate(a, b);
    int n = a.length / 2;
    double[] cost = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        cost[i * n + j] = distance(a, i, b, j);
      }
    }
    return assign(cost, n);
  }

  /**
   * Minimum-cost perfect assignment of rows to columns of the row-major {@code n x n} matrix; returns
   * the column of each row.
   *
   * <p>Rows are inserted one at a time. Each insertion runs Dijkstra over columns from the new row,
   * with reduced costs {@code cost[i][j] - u[i] - v[j]} kept non-negative by the column potentials
   * {@code v} (a matched row's {@code u} is implied by its matched column), stops at the first free
   * column and flips the alternating path. Two details keep the constant small: the columns are kept
   * partitioned into scanned / at the current minimum / not yet settled, so each step touches only the
   * unsettled ones, and potentials are updated once per insertion instead of once per step.
   */
  private static int[] assign(double[] cost, int n) {
    double[] v = new double[n];
    double[] dist = new double[n];
    int[] rowOfCol = new int[n];
    int[] colOfRow = new int[n];
    int[] pred = new int[n];
    int[] cols = new int[n];
    Arrays.fill(rowOfCol, -1);
    Arrays.fill(colOfRow, -1);
    reduceColumns(cost, n, v, rowOfCol, colOfRow);
    int[] freeRows = new int[n];
    int freeCount = 0;
    for (int i = 0; i < n; i++) {
      if (colOfRow[i] < 0) {
        freeRows[freeCount++] = i;
      }
    }
    for (int f = 0; f < freeCount; f++) {
      int free = freeRows[f];
      for (int j = 0; j < n; j++) {
        dist[j] = cost[free * n + j] - v[j];
        pred[j] = free;
        cols[j] = j;
      }
      // cols[0, low): settled; cols[low, up): at the current minimum, to scan; cols[up, n): unsettled.
      int low = 0;
      int up = 0;
      int settledBeforeMin = 0;
      double min = 0;
      int end = -1;
      while (end < 0) {
        if (low == up) {
          settledBeforeMin = low;
          min = Double.POSITIVE_INFINITY;
          for (int k = up; k < n; k++) {
            int j = cols[k];
            if (dist[j] <= min) {
              if (dist[j] < min) {
                up = low;
                min = dist[j];
              }
              cols[k] = cols[up];
              cols[up++] = j;
            }
          }
          for (int k = low; k < up && end < 0; k++) {
            if (rowOfCol[cols[k]] < 0) {
              end = cols[k];
            }
          }
          if (end >= 0) {
            break;
          }
        }
        int j1 = cols[low++];
        int scanned = scan(cost, n, rowOfCol[j1], j1, min, v, dist, pred, rowOfCol, cols, up);
        if (scanned < 0) {
          end = -scanned - 1;
        } else {
          up = scanned;
        }
      }
      for (int k = 0; k < settledBeforeMin; k++) {
        int j = cols[k];
        v[j] += dist[j] - min;
      }
      int col = end;
      int row;
      do {
        row = pred[col];
        rowOfCol[col] = row;
        int next = colOfRow[row];
        colOfRow[row] = col;
        col = next;
      } while (row != free);
    }
    return colOfRow;
  }

  /**
   * Relaxes the unsettled columns {@code cols[up, n)} through {@code row}, reached via its matched
   * column {@code j1} at distance {@code min}. Columns that fall to {@code min} join the set to scan.
   * Returns the new {@code up}, or {@code -(j + 1)} as soon as a free column {@code j} is found at
   * {@code min}. A method of its own so that the JIT compiles this hot loop on its own.
   */
  private static int scan(
      double[] cost,
      int n,
      int row,
      int j1,
      double min,
      double[] v,
      double[] dist,
      int[] pred,
      int[] rowOfCol,
      int[] cols,
      int up) {
    int base = row * n;
    double shift = cost[base + j1] - v[j1] - min;
    for (int k = up; k < n; k++) {
      int j = cols[k];
      double d = cost[base + j] - v[j] - shift;
      if (d < dist[j]) {
        dist[j] = d;
        pred[j] = row;
        // "<=" rather than "==": rounding may leave d a hair below min, and it belongs with min.
        if (d <= min) {
          if (rowOfCol[j] < 0) {
            return -j - 1;
          }
          cols[k] = cols[up];
          cols[up++] = j;
        }
      }
    }
    return up;
  }

  /**
   * Starts each column potential at the column's minimum cost and gives each column to its cheapest
   * row when that row is still free. All reduced costs are then non-negative and every such pair is
   * tight, as the insertion loop requires. Without this start, far-away columns (say the right half of
   * a translated copy) look expensive until late, and almost every insertion searches all columns.
   */
  private static void reduceColumns(
      double[] cost, int n, double[] v, int[] rowOfCol, int[] colOfRow) {
    for (int j = 0; j < n; j++) {
      int best = 0;
      for (int i = 1; i < n; i++) {
        if (cost[i * n + j] < cost[best * n + j]) {
          best = i;
        }
      }
      v[j] = cost[best * n + j];
      if (colOfRow[best] < 0) {
        colOfRow[best] = j;
        rowOfCol[j] = best;
      }
    }
  }

  private static double distance(double[] a, int i, double[] b, int j) {
    // Plain sqrt rather than Math.hypot: n^2 calls, and toy coordinates cannot overflow when squared.
    double dx = a[2 * i] - b[2 * j];
    double dy = a[2 * i + 1] - b[2 * j + 1];
    return Math.sqrt(dx * dx + dy * dy);
  }

  private static void validate(double[] a, double[] b) {
    if (a.length == 0 || b.length == 0) {
      throw new IllegalArgumentException("point sets must not be empty");
    }
    if (a.length % 2 != 0 || b.length % 2 != 0) {
      throw new IllegalArgumentException("points must hold x,y pairs");
    }
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "point sets must have the same size, got " + a.length / 2 + " and " + b.length / 2);
    }
    for (int k = 0; k < a.length; k++) {
      if (!Double.isFinite(a[k]) || !Double.isFinite(b[k])) {
        throw new IllegalArgumentException("point coordinates must be finite");
      }
    }
  }
}
