package org.wganlab.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wganlab.data.image.ImageDataOptions.ALL_IMAGES;

import org.junit.jupiter.api.Test;

/** Options accept only the shapes training supports, and say which ones when given another. */
class ImageDataOptionsTest {

  @Test
  void validOptionsKeepTheirValues() {
    ImageDataOptions options = new ImageDataOptions(32, 3, 500);
    assertThat(options.size()).isEqualTo(32);
    assertThat(options.channels()).isEqualTo(3);
    assertThat(options.trainLimit()).isEqualTo(500);
    assertThat(new ImageDataOptions(28, 1, ALL_IMAGES).trainLimit()).isEqualTo(ImageDataOptions.ALL_IMAGES);
  }

  @Test
  void theLimitCapsTheTrainingImagesKept() {
    assertThat(new ImageDataOptions(28, 1, ALL_IMAGES).trainingImagesKept(60_000)).isEqualTo(60_000);
    assertThat(new ImageDataOptions(28, 1, 500).trainingImagesKept(60_000)).isEqualTo(500);
    assertThat(new ImageDataOptions(28, 1, 500).trainingImagesKept(12)).isEqualTo(12);
  }

  @Test
  void otherSizesChannelsAndLimitsAreRefused() {
    assertThatThrownBy(() -> new ImageDataOptions(30, 1, ALL_IMAGES))
        .hasMessage("image size must be 28 or 32, got 30");
    assertThatThrownBy(() -> new ImageDataOptions(28, 2, ALL_IMAGES))
        .hasMessage("image channels must be 1 (gray) or 3 (colour), got 2");
    assertThatThrownBy(() -> new ImageDataOptions(28, 1, -5))
        .hasMessage("the training-image limit must be positive, or 0 for all images, got -5");
  }
}
