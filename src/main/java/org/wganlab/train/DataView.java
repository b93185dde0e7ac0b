package org.wganlab.train;

import org.wganlab.data.Dataset;
import org.wganlab.data.PointSet;
import org.wganlab.metrics.GridSpec;

/**
 * The view a data set is shown in: the square over which the critic's surface is measured and drawn.
 * The built-in sets keep the familiar [-3, 3]^2 of the reference plots; a point set that lies outside
 * the view, or fills only a speck of it (a CSV around (100, 200), points in millimetres), gets a view
 * around its bounding box with a margin, so that the heatmaps and samples show the points.
 */
public final class DataView {
  /** Half the side of the built-in sets' view, [-3, 3]^2. */
  public static final double STANDARD_HALF_SIDE = 3;
  /** Margin on each side of a fitted view, as a fraction of the points' extent. */
  public static final double MARGIN = 0.15;
  /** Points whose extent is below this fraction of the view's side are a speck: the view zooms in. */
  public static final double SPECK = 0.05;

  private DataView() {
  }

  /** {@code config} on {@code data}, with the view {@link #forData} gives it. */
  public static ExperimentConfig withData(ExperimentConfig config, Dataset data) {
    GridSpec grid = forData(data, config.evaluation().grid());
    return config.withData(data.reference())
        .withEvaluation(config.evaluation().withGrid(grid));
  }

  /**
   * The view for {@code data}, at {@code current}'s resolution: a built-in set keeps a view centred on
   * the origin (the standard one if {@code current} was moved elsewhere); a point set keeps
   * {@code current} when it lies inside and is not a speck in it, and gets a fitted view otherwise.
   */
  public static GridSpec forData(Dataset data, GridSpec current) {
    if (data instanceof Dataset.Points p) {
      return shows(current, p.points()) ? current : fitted(p.points(), current.resolution());
    }
    return centred(current) ? current : standard(current.resolution());
  }

  /** The built-in sets' view, [-3, 3]^2. */
  public static GridSpec standard(int resolution) {
    return new GridSpec(resolution, -STANDARD_HALF_SIDE, STANDARD_HALF_SIDE);
  }

  /** Whether every point lies in {@code grid} and the points are more than a speck in it. */
  static boolean shows(GridSpec grid, PointSet points) {
    double[] box = box(points);
    return grid.contains(box[0], box[1]) && grid.contains(box[2], box[3])
        && Math.max(box[2] - box[0], box[3] - box[1]) >= SPECK * grid.side();
  }

  /**
   * A square around the points' bounding box with {@link #MARGIN} on each side, kept inside the
   * coordinates a grid may have. Points that all coincide get a view of side 1 around them.
   */
  public static GridSpec fitted(PointSet points, int resolution) {
    double[] box = box(points);
    double extent = Math.max(box[2] - box[0], box[3] - box[1]);
    double side = extent > 0 ? extent * (1 + 2 * MARGIN) : 1;
    side = Math.min(side, 2 * GridSpec.MAX_COORDINATE);
    double xMin = clampLow((box[0] + box[2]) / 2 - side / 2, side);
    double yMin = clampLow((box[1] + box[3]) / 2 - side / 2, side);
    return new GridSpec(resolution, xMin, yMin, side);
  }

  private static double clampLow(double low, double side) {
    return Math.max(-GridSpec.MAX_COORDINATE, Math.min(low, GridSpec.MAX_COORDINATE - side));
  }

  private static boolean centred(GridSpec grid) {
    double middle = grid.side() / 2;
    return Math.abs(grid.xMin() + middle) <= 1e-9 * middle
        && Math.abs(grid.yMin() + middle) <= 1e-9 * middle;
  }

  /** {@code {xMin, yMin, xMax, yMax}} of the points. */
  private static double[] box(PointSet points) {
    double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (int i = 0; i < points.size(); i++) {
      box[0] = Math.min(box[0], points.x(i));
      box[1] = Math.min(box[1], points.y(i));
      box[2] = Math.max(box[2], points.x(i));
      box[3] = Math.max(box[3], points.y(i));
    }
    return box;
  }
}
