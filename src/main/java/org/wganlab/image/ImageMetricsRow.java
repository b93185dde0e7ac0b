package org.wganlab.image;

import org.wganlab.train.LoggedRow;

/**
 * One logged point of an image run.
 *
 * @param iteration generator iterations done
 * @param wassersteinEstimate E[D(test image)] - E[D(G(z))] over held-out test images and fixed noise
 * @param criticLoss last critic loss, penalty included
 * @param generatorLoss last generator loss -E[D(G(z))]
 * @param penalty last penalty term (0 for methods without one)
 * @param gradNormMedian median of ||grad_x D|| at real-fake interpolates of the held-out images
 * @param gradNormP90 90th percentile of the same norms
 * @param imagesPerSecond training images read per second of training (n_critic x batch per iteration)
 * @param seconds training wall time so far, measurements excluded
 * @param quality the sample-quality scores at this iteration, or {@link Quality#NONE}
 */
public record ImageMetricsRow(int iteration, double wassersteinEstimate, double criticLoss,
    double generatorLoss, double penalty, double gradNormMedian, double gradNormP90,
    double imagesPerSecond, double seconds, Quality quality) implements LoggedRow {

  /**
   * Sample-quality scores of generated images against the test split.
   *
   * @param frechetDistance Fréchet distance in the features of the classifier trained on the data
   * @param slicedWasserstein sliced Wasserstein distance
   */
  public record Quality(double frechetDistance, double slicedWasserstein) {
    /** Not measured at this iteration. */
    public static final Quality NONE = new Quality(Double.NaN, Double.NaN);
  }

  /** This row with quality scores. */
  public ImageMetricsRow withQuality(Quality scores) {
    return new ImageMetricsRow(iteration, wassersteinEstimate, criticLoss, generatorLoss, penalty,
        gradNormMedian, gradNormP90, imagesPerSecond, seconds, scores);
  }
}
