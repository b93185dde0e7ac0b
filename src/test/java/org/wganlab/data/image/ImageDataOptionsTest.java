package org.wganlab.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Options accept only the shapes training supports, and say which ones when given another. */
class ImageDataOptionsTest {

  @Test
  void validOptionsKeepTheirValues() {
    ImageDataOptions options = ImageDataOptions.of(32, 3).withTrainLimit(500);
    assertThat(options.size()).isEqualTo(32);
    assertThat(options.channels()).isEqualTo(3);
    assertThat(options.trainLimit()).isEqualTo(500);
    assertThat(ImageDataOptions.of(28, 1).trainLimit()).isEqualTo(ImageDataOptions.ALL_IMAGES);
  }

  @Test
  void theLimitCapsTheTrainingImagesKept() {
    assertThat(ImageDataOptions.of(28, 1).trainingImagesKept(60_000)).isEqualTo(60_000);
    assertThat(ImageDataOptions.of(28, 1).withTrainLimit(500).trainingImagesKept(60_000)).isEqualTo(500);
    assertThat(ImageDataOptions.of(28, 1).withTrainLimit(500).trainingImagesKept(12)).isEqualTo(12);
  }

  @Test
  void otherSizesChannelsAndLimitsAreRefused() {
    assertThatThrownBy(() -> ImageDataOptions.of(30, 1))
        .hasMessage("image size must be 28 or 32, got 30");
    assertThatThrownBy(() -> ImageDataOptions.of(28, 2))
        .hasMessage("image channels must be 1 (gray) or 3 (colour), got 2");
    assertThatThrownBy(() -> ImageDataOptions.of(28, 1).withTrainLimit(-5))
        .hasMessage("the training-image limit must be positive, or 0 for all images, got -5");
  }
}
