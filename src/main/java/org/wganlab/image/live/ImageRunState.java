package org.wganlab.image.live;

import java.util.List;
import org.wganlab.image.ImageMetricsRow;
import org.wganlab.metrics.Histogram;
import org.wganlab.train.RunConfig;
import org.wganlab.train.RunStatus;

/**
 * One run of an image experiment as the views see it, immutable (the arrays are made for the snapshot
 * and never written again).
 *
 * @param index the run's place in the experiment, from 0
 * @param run its method and optimiser
 * @param status running, paused, finished or diverged
 * @param problem why it diverged, or empty
 * @param iteration generator iterations done
 * @param rows every logged metrics row so far
 * @param grid the latest sample grid from the fixed noise ({@link ImageSnapshot#GRID_IMAGES} images,
 *     NCHW values in [0, 1]), or null where only the saved grids are known (a watched folder)
 * @param gridIteration the iteration {@code grid} shows, or -1
 * @param savedGrids the iterations whose sample grids are saved in the run folder, ascending
 * @param gradientNorms ||grad_x D|| at real-fake interpolates of the grid's images and held-out
 *     images, or null where not measured (a followed folder: the data is not loaded)
 * @param weights every critic parameter (of a followed folder: at its run's latest checkpoint), or
 *     null where not measured
 */
public record ImageRunState(int index, RunConfig run, RunStatus status, String problem,
    int iteration, List<ImageMetricsRow> rows, float[] grid, int gridIteration,
    List<Integer> savedGrids, Histogram gradientNorms, Histogram weights) {

  /** Freezes the lists. */
  public ImageRunState {
    rows = List.copyOf(rows);
    savedGrids = List.copyOf(savedGrids);
  }

  /** The last logged row, or null. */
  public ImageMetricsRow lastRow() {
    return rows.isEmpty() ? null : rows.get(rows.size() - 1);
  }

  /** The last measured Fréchet distance (the quality number), or NaN. */
  public double quality() {
    for (int i = rows.size() - 1; i >= 0; i--) {
      double fd = rows.get(i).quality().frechetDistance();
      if (!Double.isNaN(fd)) {
        return fd;
      }
    }
    return Double.NaN;
  }
}
