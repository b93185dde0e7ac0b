package org.wganlab.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.data.image.ImageSet;
import org.wganlab.metrics.image.QualityMeter.CacheOutcome;

/** The meter and its cache, on 16 x 16 bar images so that each training takes well under a second. */
class QualityMeterTest {
  private static final int SIZE = 16;
  private static final ClassifierRecipe RECIPE = new ClassifierRecipe(2, 20, 3e-3, 11);
  private static final ImageSet TRAIN = BarImages.labelled(160, SIZE, 21);
  private static final ImageSet TEST = BarImages.labelled(90, SIZE, 22);
  private static final ImageSet GENERATED = BarImages.labelled(60, SIZE, 23);

  @TempDir
  static Path sharedCache;
  private static QualityMeter trained;

  @BeforeAll
  static void trainOnce() {
    trained = QualityMeter.forData(TRAIN, TEST, sharedCache, RECIPE, QualityProgress.NONE);
  }

  @Test
  void firstMeterTrainsAndStoresOneFileAndTheNextReusesIt() throws IOException {
    assertThat(trained.cacheOutcome()).isEqualTo(CacheOutcome.TRAINED_AND_STORED);
    assertThat(filesIn(sharedCache)).singleElement().asString()
        .matches(".*feature-classifier-[0-9a-f]{16}\\.bin");
    AtomicInteger reports = new AtomicInteger();
    QualityMeter reused = QualityMeter.forData(TRAIN, TEST, sharedCache, RECIPE,
        (stage, fraction) -> reports.incrementAndGet());
    assertThat(reused.cacheOutcome()).isEqualTo(CacheOutcome.REUSED);
    assertThat(reports).hasValue(0);
    assertThat(reused.score(GENERATED)).isEqualTo(trained.score(GENERATED));
  }

  @Test
  void damagedCacheFilesAreTrainedOver(@TempDir Path cache) throws IOException {
    AtomicInteger reports = new AtomicInteger();
    QualityMeter.forData(TRAIN, TEST, cache, RECIPE, QualityProgress.NONE);
    Path file = filesIn(cache).get(0);
    byte[] good = Files.readAllBytes(file);
    byte[] flipped = good.clone();
    flipped[good.length - 100] ^= 1;
    for (byte[] damaged : List.of("not a classifier".getBytes(), Arrays.copyOf(good, good.length / 2),
        flipped)) {
      Files.write(file, damaged);
      QualityMeter meter = QualityMeter.forData(TRAIN, TEST, cache, RECIPE,
          (stage, fraction) -> reports.incrementAndGet());
      assertThat(meter.cacheOutcome()).isEqualTo(CacheOutcome.TRAINED_AND_STORED);
      assertThat(filesIn(cache)).containsExactly(file);
      assertThat(QualityMeter.forData(TRAIN, TEST, cache, RECIPE, QualityProgress.NONE)
          .cacheOutcome()).isEqualTo(CacheOutcome.REUSED);
    }
    assertThat(reports.get()).isPositive();
  }

  @Test
  void aCacheFileOfOtherDataIsTrainedOver(@TempDir Path cache) throws IOException {
    ImageSet otherTrain = TRAIN.slice(0, 150);
    Path otherFile = new ClassifierCache(cache).fileFor(DataFingerprint.of(otherTrain, TEST, RECIPE));
    Files.copy(filesIn(sharedCache).get(0), otherFile);
    QualityMeter meter = QualityMeter.forData(otherTrain, TEST, cache, RECIPE, QualityProgress.NONE);
    assertThat(meter.cacheOutcome()).isEqualTo(CacheOutcome.TRAINED_AND_STORED);
    assertThat(Files.readAllBytes(otherFile)).isNotEqualTo(Files.readAllBytes(filesIn(sharedCache)
        .get(0)));
  }

  @Test
  void anUnwritableCacheStillGivesAMeter(@TempDir Path folder) throws IOException {
    Path notADirectory = Files.writeString(folder.resolve("file"), "in the way");
    QualityMeter meter = QualityMeter.forData(TRAIN, TEST, notADirectory, RECIPE,
        QualityProgress.NONE);
    assertThat(meter.cacheOutcome()).isEqualTo(CacheOutcome.TRAINED_NOT_STORED);
    assertThat(meter.cacheProblem()).isPresent();
    assertThat(meter.score(GENERATED).frechetDistance()).isFinite();
  }

  @Test
  void imagesLikeTheDataScoreCloserThanNoise() {
    QualityScore like = trained.score(GENERATED);
    QualityScore noise = trained.score(BarImages.noise(60, SIZE, 24));
    assertThat(like.frechetDistance()).isLessThan(noise.frechetDistance());
    assertThat(like.slicedWasserstein()).isLessThan(noise.slicedWasserstein());
    assertThat(like.floor()).isEqualTo(noise.floor()).isNotNegative();
    assertThat(like.classifierTestAccuracy()).isBetween(0.0, 1.0);
  }

  @Test
  void rejectsImagesOfAnotherShapeOrTooFew() {
    assertThatThrownBy(() -> trained.score(BarImages.noise(10, 28, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1x16x16");
    assertThatThrownBy(() -> trained.score(GENERATED.slice(0, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two");
  }

  @Test
  void defaultCacheFolderIsNamedAfterTheApp() {
    Path folder = QualityMeter.defaultCacheDirectory();
    assertThat(folder.isAbsolute()).isTrue();
    assertThat(folder.getFileName()).hasToString("wgan-lab");
  }

  private static List<Path> filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.sorted().toList();
    }
  }
}
