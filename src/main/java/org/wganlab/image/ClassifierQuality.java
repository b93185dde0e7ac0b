package org.wganlab.image;

import java.nio.file.Path;
import org.wganlab.data.image.ImageSet;
import org.wganlab.metrics.image.QualityMeter;
import org.wganlab.metrics.image.QualityProgress;
import org.wganlab.metrics.image.QualityScore;

/**
 * The image session's quality metric: the Fréchet distance between generated and test images in the
 * features of a small classifier trained here on the data's training split (not Inception's FID), and
 * the sliced Wasserstein distance in pixel space, both on {@value #SAMPLES} generated images. Because
 * a Fréchet distance from a finite sample is biased upwards, the floor reported beside it is measured
 * at the same sample size: {@value #SAMPLES} training images against the test split.
 */
public final class ClassifierQuality implements ImageQuality {
  /** Generated images per score, and training images in the floor. */
  public static final int SAMPLES = 1000;
  private final QualityMeter meter;
  private final double floor;
  private final ImageSet shape;

  private ClassifierQuality(QualityMeter meter, double floor, ImageSet shape) {
    this.meter = meter;
    this.floor = floor;
    this.shape = shape;
  }

  /**
   * The metric for labelled {@code train} and {@code test} splits; trains the classifier (minutes, the
   * first time) or loads it from {@code cache}.
   */
  public static ClassifierQuality prepare(ImageSet train, ImageSet test, Path cache,
      QualityProgress progress) {
    QualityMeter meter = QualityMeter.forData(train, test, cache, progress);
    int count = Math.min(SAMPLES, train.count());
    double floor = count < 2 ? Double.NaN : meter.score(train.slice(0, count)).frechetDistance();
    return new ClassifierQuality(meter, floor, test);
  }

  /** Whether {@code train} and {@code test} carry the labels the classifier needs. */
  public static boolean applies(ImageSet train, ImageSet test) {
    return train.labels().isPresent() && test.labels().isPresent() && test.count() >= 2;
  }

  /** The classifier's accuracy on the test split. */
  public double classifierAccuracy() {
    return meter.classifierTestAccuracy();
  }

  /** The Fréchet distance of {@value #SAMPLES} real training images: what a perfect generator scores. */
  public double floor() {
    return floor;
  }

  @Override
  public int sampleCount() {
    return SAMPLES;
  }

  @Override
  public ImageMetricsRow.Quality score(float[] pixels, int count) {
    ImageSet generated = new ImageSet(shape.channels(), shape.height(), shape.width(), pixels, null);
    QualityScore score = meter.score(count == generated.count() ? generated
        : generated.slice(0, count));
    return new ImageMetricsRow.Quality(score.frechetDistance(), score.slicedWasserstein());
  }
}
