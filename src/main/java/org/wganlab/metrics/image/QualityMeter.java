package org.wganlab.metrics.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.wganlab.data.Rng;
import org.wganlab.data.image.ImageSet;

/**
 * Scores generated images against a data set's test split: the Fréchet distance in the features of a
 * classifier trained here on the training split, the sliced Wasserstein-1 distance in pixel space, and
 * for scale the floor (the Fréchet distance that real training images score) and the classifier's test
 * accuracy. Needs no download.
 *
 * <p>Preparing a meter trains the classifier the first time a data set is seen (minutes) and stores it
 * in a cache folder; later meters for the same data load it from there. Meters are safe to share:
 * scoring is serialised.
 */
public final class QualityMeter {
  /**
   * Directions of the sliced Wasserstein distance. Fixed, with their seed, so that every score of a
   * run is taken along the same slices.
   */
  static final int PROJECTIONS = 64;
  private static final long PROJECTION_SEED = 0x5eed_51ced_0001L;

  /** How the classifier of a meter was obtained. */
  public enum CacheOutcome {
    /** Loaded from the cache folder; nothing was trained. */
    REUSED,
    /** Trained and stored in the cache folder. */
    TRAINED_AND_STORED,
    /** Trained, but the cache folder could not be written; see {@link #cacheProblem()}. */
    TRAINED_NOT_STORED
  }

  private final int channels;
  private final int height;
  private final int width;
  private final ClassifierCache.Entry entry;
  private final SlicedWasserstein pixelDistance;
  private final CacheOutcome cacheOutcome;
  private final IOException cacheProblem;

  private QualityMeter(ImageSet test, ClassifierCache.Entry entry, CacheOutcome cacheOutcome,
      IOException cacheProblem) {
    this.channels = test.channels();
    this.height = test.height();
    this.width = test.width();
    this.entry = entry;
    this.pixelDistance = SlicedWasserstein.against(test, PROJECTIONS, PROJECTION_SEED);
    this.cacheOutcome = cacheOutcome;
    this.cacheProblem = cacheProblem;
  }

  /**
   * The cache folder for this user: {@code $XDG_CACHE_HOME/wgan-lab}, or {@code ~/.cache/wgan-lab}
   * when that variable is unset or not absolute (as the XDG base directory specification says).
   */
  public static Path defaultCacheDirectory() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && Path.of(xdg).isAbsolute()
        ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("wgan-lab");
  }

  /**
   * A meter for a data set with labelled {@code train} and {@code test} splits of one image shape,
   * with the standard classifier recipe; see {@link #forData(ImageSet, ImageSet, Path,
   * ClassifierRecipe, QualityProgress)}.
   */
  public static QualityMeter forData(ImageSet train, ImageSet test, Path cacheDirectory,
      QualityProgress progress) {
    return forData(train, test, cacheDirectory, ClassifierRecipe.standard(), progress);
  }

  /**
   * A meter for a data set with labelled {@code train} and {@code test} splits of one image shape. The
   * classifier is loaded from {@code cacheDirectory} if it holds one trained on exactly this data by
   * this recipe; otherwise it is trained, reporting to {@code progress}, and stored there (a missing,
   * damaged or mismatching cache file is replaced, never fatal).
   *
   * @throws IllegalArgumentException if a split lacks labels, the shapes differ or the test split has
   *     fewer than two images
   * @throws java.util.concurrent.CancellationException if the thread is interrupted while training
   */
  public static QualityMeter forData(ImageSet train, ImageSet test, Path cacheDirectory,
      ClassifierRecipe recipe, QualityProgress progress) {
    if (!sameShape(train, test) || test.count() < 2 || test.labels().isEmpty()) {
      throw new IllegalArgumentException("need labelled splits of one image shape and at least two"
          + " test images");
    }
    ClassifierCache cache = new ClassifierCache(cacheDirectory);
    byte[] fingerprint = DataFingerprint.of(train, test, recipe);
    Optional<ClassifierCache.Entry> cached = cache.load(fingerprint);
    if (cached.isPresent()) {
      return new QualityMeter(test, cached.get(), CacheOutcome.REUSED, null);
    }
    ClassifierCache.Entry trained = train(train, test, recipe, progress);
    try {
      cache.store(fingerprint, trained);
      return new QualityMeter(test, trained, CacheOutcome.TRAINED_AND_STORED, null);
    } catch (IOException e) {
      // The classifier is good, only not kept: better to measure now and train again next time.
      return new QualityMeter(test, trained, CacheOutcome.TRAINED_NOT_STORED, e);
    }
  }

  /**
   * Scores {@code generated} images against the test split. They must have the data's channels, height
   * and width, with values in [0, 1]; at least two are needed. The Fréchet distance of a finite
   * sample is biased upwards, the more so the smaller the sample (on Fashion-MNIST, 1,000 training
   * images score about 0.9 where the 10,000-image floor is about 0.1), so compare scores of
   * equal-size sets, and read the floor as the value for a set the size of the test split.
   *
   * @throws IllegalArgumentException if the shape differs or there are fewer than two images
   */
  public synchronized QualityScore score(ImageSet generated) {
    if (generated.channels() != channels || generated.height() != height
        || generated.width() != width || generated.count() < 2) {
      throw new IllegalArgumentException("need at least two " + channels + "x" + height + "x" + width
          + " images, got " + generated.count() + " of " + generated.channels() + "x"
          + generated.height() + "x" + generated.width());
    }
    GaussianMoments moments = GaussianMoments.ofSample(entry.classifier().features(generated),
        FeatureClassifier.FEATURES);
    return new QualityScore(FrechetDistance.between(moments, entry.testMoments()),
        pixelDistance.distanceTo(generated), entry.floor(), entry.testAccuracy());
  }

  /** The feature classifier's accuracy on the test split. */
  public double classifierTestAccuracy() {
    return entry.testAccuracy();
  }

  /** How this meter's classifier was obtained. */
  public CacheOutcome cacheOutcome() {
    return cacheOutcome;
  }

  /** Why the classifier could not be stored, when {@link #cacheOutcome()} says so. */
  public Optional<IOException> cacheProblem() {
    return Optional.ofNullable(cacheProblem);
  }

  private static ClassifierCache.Entry train(ImageSet train, ImageSet test, ClassifierRecipe recipe,
      QualityProgress progress) {
    FeatureClassifier classifier = FeatureClassifier.train(train, recipe, progress);
    progress.report("measuring the floor", 0);
    double accuracy = classifier.accuracy(test);
    GaussianMoments testMoments = GaussianMoments.ofSample(classifier.features(test),
        FeatureClassifier.FEATURES);
    ImageSet sample = sample(train, Math.min(test.count(), train.count()), new Rng(recipe.seed()));
    GaussianMoments sampleMoments = GaussianMoments.ofSample(classifier.features(sample),
        FeatureClassifier.FEATURES);
    double floor = FrechetDistance.between(sampleMoments, testMoments);
    progress.report("measuring the floor", 1);
    return new ClassifierCache.Entry(classifier, accuracy, floor, testMoments);
  }

  /** {@code size} distinct images of {@code images}, chosen at random. */
  private static ImageSet sample(ImageSet images, int size, Rng rng) {
    int[] order = FeatureClassifier.shuffledIndices(images.count(), rng);
    int pixels = images.pixelsPerImage();
    float[] chosen = new float[size * pixels];
    for (int i = 0; i < size; i++) {
      images.copyImage(order[i], chosen, i * pixels);
    }
    return new ImageSet(images.channels(), images.height(), images.width(), chosen, null);
  }

  private static boolean sameShape(ImageSet a, ImageSet b) {
    return a.channels() == b.channels() && a.height() == b.height() && a.width() == b.width();
  }
}
