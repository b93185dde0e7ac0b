package org.wganlab.metrics.image;

/**
 * How close a set of generated images is to the data's test split.
 *
 * @param frechetDistance the Fréchet distance in the features of a classifier trained here
 *     ({@code frechet_classifier_distance} in {@code metrics.csv}): Gaussians fitted to the
 *     classifier's 128 features of the generated images and of the test split; 0 for identical moments, lower is better. Not Inception FID
 * @param slicedWasserstein the sliced Wasserstein-1 distance to the test split in pixel space, in
 *     pixel-value units; lower is better
 * @param floor the same Fréchet distance between a sample of the training split (as many images as
 *     the test split) and the test split: what real images score, the practical best for generated
 *     sets of that size (smaller sets score higher even when they are real images)
 * @param classifierTestAccuracy the classifier's accuracy on the test split, from 0 to 1: the
 *     features are only meaningful if it is high
 */
public record QualityScore(double frechetDistance, double slicedWasserstein, double floor,
    double classifierTestAccuracy) {}
