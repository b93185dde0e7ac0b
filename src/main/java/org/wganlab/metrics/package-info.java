/**
 * Numbers a run reports about itself: the critic's value surface on a grid, histograms of weights and
 * gradient norms, mode coverage on the Gaussian mixtures and the exact Wasserstein-1 distance between
 * two point sets.
 *
 * <p>Metrics are plain records and static functions over plain arrays (points interleaved
 * {@code x0, y0, x1, y1, ...}). Only {@link org.wganlab.metrics.CriticProbe}, which reads a critic
 * out into such arrays, touches ND4J; nothing here knows about the UI or files, so every metric can
 * be computed and tested on hand-made data; drawing and export live in {@code org.wganlab.export}. The
 * image mode's sample-quality scores need a trained classifier and live in
 * {@code org.wganlab.metrics.image}.
 */
package org.wganlab.metrics;
