package org.wganlab.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Labels added to an image set, and the shape checks that keep two splits compatible. */
class ImageSetShapeTest {

  @Test
  void withLabelsKeepsThePixelsAndCopiesTheLabels() {
    ImageSet images = new ImageSet(1, 1, 2, new float[] {0.25f, 0.5f, 0.75f, 1f}, null);
    int[] labels = {4, 7};
    ImageSet labelled = images.withLabels(labels);
    labels[0] = 9;
    assertThat(labelled.labels()).hasValueSatisfying(l -> assertThat(l).containsExactly(4, 7));
    assertThat(labelled.pixel(1, 0, 0, 1)).isEqualTo(1f);
    assertThat(images.labels()).isEmpty();
  }

  @Test
  void shapesCompareChannelsHeightAndWidthNotCount() {
    ImageSet gray = new ImageSet(1, 2, 3, new float[6], null);
    assertThat(gray.hasShapeOf(new ImageSet(1, 2, 3, new float[18], null))).isTrue();
    assertThat(gray.hasShapeOf(new ImageSet(3, 2, 3, new float[18], null))).isFalse();
    assertThat(gray.hasShapeOf(new ImageSet(1, 3, 2, new float[6], null))).isFalse();
  }

  @Test
  void splitsOfDifferentShapesAreRefused() {
    ImageSet gray = new ImageSet(1, 28, 28, new float[784], null);
    ImageSet colour = new ImageSet(3, 28, 28, new float[3 * 784], null);
    assertThatThrownBy(() -> new TrainTestImages(gray, colour))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("training images 28x28 pixels and test images 28x28 pixels in 3 channels"
            + " differ in shape");
  }
}
