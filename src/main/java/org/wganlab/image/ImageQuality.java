package org.wganlab.image;

/**
 * Scores generated images against the data's test split. The image session asks for a score at the
 * evaluation interval; what the score is (a Fréchet distance in a classifier's features, a sliced
 * Wasserstein distance) is the implementation's business.
 */
public interface ImageQuality {

  /** Images scored at each evaluation. */
  int sampleCount();

  /** Scores {@code count} generated images, NCHW rows of {@code pixels} with values in [0, 1]. */
  ImageMetricsRow.Quality score(float[] pixels, int count);
}
