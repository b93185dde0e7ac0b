package org.wganlab.data.image;

/**
 * How image data are prepared for training: the side of the square images (28, the size of MNIST, or
 * 32, the size of CIFAR and of LeNet's input), the number of channels (1 for gray, 3 for RGB colour) and
 * an optional cap on the number of training images, for quick runs on a small slice.
 *
 * @param size side of the square images in pixels, 28 or 32
 * @param channels 1 (gray) or 3 (colour)
 * @param trainLimit the most training images to keep (the first ones in the source's order), or
 *     {@link #ALL_IMAGES}; the test split is never cut, so quality figures stay comparable
 */
public record ImageDataOptions(int size, int channels, int trainLimit) {
  /** The {@code trainLimit} that keeps every training image. */
  public static final int ALL_IMAGES = 0;

  /**
   * Checks the options.
   *
   * @throws IllegalArgumentException with a sentence naming the bad value and the allowed ones
   */
  public ImageDataOptions {
    if (size != 28 && size != 32) {
      throw new IllegalArgumentException("image size must be 28 or 32, got " + size);
    }
    if (channels != 1 && channels != 3) {
      throw new IllegalArgumentException(
          "image channels must be 1 (gray) or 3 (colour), got " + channels);
    }
    if (trainLimit < 0) {
      throw new IllegalArgumentException("the training-image limit must be positive, or "
          + ALL_IMAGES + " for all images, got " + trainLimit);
    }
  }

  /**
   * How many of {@code available} training images these options keep.
   *
   * @param available the number of training images the source holds
   * @return {@code available}, or the limit when it is smaller
   */
  public int trainingImagesKept(int available) {
    return trainLimit == ALL_IMAGES ? available : Math.min(trainLimit, available);
  }
}
