package org.wganlab.data.image;

/**
 * Brings images to the shape training asks for: padding to a larger square and changing the number of
 * channels. Shared by the IDX and picture readers so that gray and colour mean the same everywhere.
 */
final class ImageShaping {
  /** Rec. 601 luma weights, the ones JPEG and most image tools use to turn colour into gray. */
  private static final float RED_WEIGHT = 0.299f;
  private static final float GREEN_WEIGHT = 0.587f;
  private static final float BLUE_WEIGHT = 0.114f;

  private ImageShaping() {}

  /**
   * The gray value of a colour, applied to the stored (gamma-encoded) values as image tools do.
   *
   * @return the luma in [0, 1] for components in [0, 1]
   */
  static float luminance(float red, float green, float blue) {
    return RED_WEIGHT * red + GREEN_WEIGHT * green + BLUE_WEIGHT * blue;
  }

  /**
   * Places each image in the centre of a {@code size x size} black square, the way LeNet's 32x32 input
   * frames MNIST's 28x28 digits. With an odd margin the extra pixel goes below and to the right.
   *
   * @param images images no larger than {@code size} in either direction
   * @return the padded images with the same labels, or {@code images} when already that size
   */
  static ImageSet padCentred(ImageSet images, int size) {
    int height = images.height();
    int width = images.width();
    if (height > size || width > size) {
      throw new IllegalArgumentException(describe(images) + " do not fit in " + size + "x" + size);
    }
    if (height == size && width == size) {
      return images;
    }
    int channels = images.channels();
    int top = (size - height) / 2;
    int left = (size - width) / 2;
    float[] padded = new float[images.count() * channels * size * size];
    float[] image = new float[images.pixelsPerImage()];
    for (int i = 0; i < images.count(); i++) {
      images.copyImage(i, image, 0);
      for (int c = 0; c < channels; c++) {
        for (int y = 0; y < height; y++) {
          System.arraycopy(image, (c * height + y) * width,
              padded, ((i * channels + c) * size + top + y) * size + left, width);
        }
      }
    }
    return new ImageSet(channels, size, size, padded, images.labels().orElse(null));
  }

  /**
   * Converts between gray and colour: gray is replicated into red, green and blue, colour becomes its
   * {@linkplain #luminance luminance}.
   *
   * @param images gray or colour images
   * @param channels 1 or 3
   * @return the converted images with the same labels, or {@code images} when they already match
   */
  static ImageSet withChannels(ImageSet images, int channels) {
    if (images.channels() == channels) {
      return images;
    }
    boolean grayToColour = images.channels() == 1 && channels == 3;
    if (!grayToColour && !(images.channels() == 3 && channels == 1)) {
      throw new IllegalArgumentException(
          "cannot convert " + images.channels() + " channels to " + channels);
    }
    int plane = images.height() * images.width();
    float[] source = new float[images.pixelsPerImage()];
    float[] converted = new float[images.count() * channels * plane];
    for (int i = 0; i < images.count(); i++) {
      images.copyImage(i, source, 0);
      int base = i * channels * plane;
      if (grayToColour) {
        for (int c = 0; c < 3; c++) {
          System.arraycopy(source, 0, converted, base + c * plane, plane);
        }
      } else {
        for (int p = 0; p < plane; p++) {
          converted[base + p] = luminance(source[p], source[plane + p], source[2 * plane + p]);
        }
      }
    }
    return new ImageSet(channels, images.height(), images.width(), converted,
        images.labels().orElse(null));
  }

  /**
   * The images' shape in words, e.g. {@code 28x28 pixels} or {@code 32x32 pixels in 3 channels}.
   *
   * @return the description, for messages
   */
  static String describe(ImageSet images) {
    return describe(images.channels(), images.height(), images.width());
  }

  /**
   * As {@link #describe(ImageSet)}, for a shape read from a file header.
   *
   * @return the description, for messages
   */
  static String describe(long channels, long height, long width) {
    String pixels = height + "x" + width + " pixels";
    return channels == 1 ? pixels : pixels + " in " + channels + " channels";
  }
}
