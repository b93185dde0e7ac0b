/**
 * Sample quality for the image mode, with nothing to download: a small convolutional classifier is
 * trained here on the data's own training split, and generated images are compared with the test
 * split by the Fréchet distance between Gaussians fitted to the classifier's 128-dimensional features
 * ("Fréchet distance in the features of a classifier trained here", reported in {@code metrics.csv}
 * as {@code frechet_classifier_distance}; not Inception FID, and not comparable with published FID
 * values), and by the sliced Wasserstein-1 distance in pixel space.
 *
 * <p>Unlike {@code org.wganlab.metrics}, this package uses DL4J for the classifier and keeps the
 * trained classifier in a cache folder on disk, because training it takes minutes. The numerical
 * parts (eigendecomposition, moments, distances) are plain Java in double precision.
 */
package org.wganlab.metrics.image;
