package org.wganlab.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wganlab.data.image.ImageSet;

class FeatureClassifierTest {
  private static final ImageSet TEST = BarImages.labelled(150, 28, 2);
  private static FeatureClassifier classifier;
  private static final AtomicInteger REPORTS = new AtomicInteger();

  @BeforeAll
  static void trainOnBars() {
    ImageSet train = BarImages.labelled(360, 28, 1);
    classifier = FeatureClassifier.train(train, new ClassifierRecipe(3, 30, 3e-3, 7),
        (stage, fraction) -> REPORTS.incrementAndGet());
  }

  @Test
  void learnsToTellBarsApart() {
    assertThat(classifier.accuracy(TEST)).isGreaterThan(0.95);
    // One report per minibatch: three epochs of 360 / 30 batches.
    assertThat(REPORTS.get()).isEqualTo(36);
  }

  @Test
  void featuresAreOneFiniteNonNegativeVectorPerImageWhateverTheBatching() {
    ImageSet many = BarImages.labelled(600, 28, 3);
    float[] all = classifier.features(many);
    float[] tail = classifier.features(many.slice(500, 600));
    assertThat(all).hasSize(600 * FeatureClassifier.FEATURES);
    for (float value : all) {
      assertThat(value).isFinite().isGreaterThanOrEqualTo(0);
    }
    for (int k = 0; k < tail.length; k++) {
      assertThat(tail[k]).isCloseTo(all[500 * FeatureClassifier.FEATURES + k],
          within(1e-5f));
    }
  }

  @Test
  void survivesAWriteAndReadUnchanged() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    classifier.writeTo(out);
    FeatureClassifier restored = FeatureClassifier.readFrom(new ByteArrayInputStream(out.toByteArray()));
    assertThat(restored.features(TEST)).containsExactly(classifier.features(TEST));
  }

  @Test
  void stopsWhenTheThreadIsInterrupted() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> FeatureClassifier.train(BarImages.labelled(40, 28, 4),
          new ClassifierRecipe(1, 8, 1e-3, 1), QualityProgress.NONE))
          .isInstanceOf(CancellationException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void needsLabelsAndTwoClasses() {
    ClassifierRecipe recipe = new ClassifierRecipe(1, 8, 1e-3, 1);
    assertThatThrownBy(() -> FeatureClassifier.train(BarImages.noise(10, 28, 1), recipe,
        QualityProgress.NONE)).hasMessageContaining("labelled");
    ImageSet oneClass = new ImageSet(1, 28, 28, new float[2 * 28 * 28], new int[] {0, 0});
    assertThatThrownBy(() -> FeatureClassifier.train(oneClass, recipe, QualityProgress.NONE))
        .hasMessageContaining("two classes");
  }
}
