package org.wganlab.image.live;

import java.util.List;
import org.wganlab.train.LatentWalk;
import org.wganlab.train.RunConfig;

/**
 * A latent walk as every run's generator drew it, immutable (the arrays are made for it and never
 * written again).
 *
 * @param walk the walk drawn
 * @param rows one per run, in config order
 */
public record WalkPictures(LatentWalk walk, List<Row> rows) {
  /** Freezes the rows. */
  public WalkPictures {
    rows = List.copyOf(rows);
  }

  /**
   * One run's pictures of the walk.
   *
   * @param index the run's place in the experiment, from 0
   * @param run its method and optimiser
   * @param iteration the iteration of the generator that drew them, or -1 where none did
   * @param strip {@link LatentWalk#STEPS} images from A to B (NCHW values, [0, 1] where trained), or
   *     null where none were drawn
   * @param frame the image at the walk's position, or null where none was drawn
   * @param missing why nothing was drawn, or empty
   */
  public record Row(int index, RunConfig run, int iteration, float[] strip, float[] frame,
      String missing) {
  }
}
