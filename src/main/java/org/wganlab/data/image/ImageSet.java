package org.wganlab.data.image;

import java.util.Arrays;
import java.util.Optional;

/**
 * Equal-size images with pixel values in [0, 1], held in one float array in NCHW order (image, channel,
 * row, column), with a class label per image when the source has labels. Immutable: the constructor
 * copies nothing, so callers hand over arrays they no longer touch, and accessors return copies.
 */
public final class ImageSet {
  private final int channels;
  private final int height;
  private final int width;
  private final float[] pixels;
  private final int[] labels;

  /**
   * Images from {@code pixels} ({@code count * channels * height * width} values in [0, 1]) and
   * {@code labels} (one per image, or {@code null}).
   */
  public ImageSet(int channels, int height, int width, float[] pixels, int[] labels) {
    if (channels < 1 || height < 1 || width < 1) {
      throw new IllegalArgumentException("image shape must be positive, got " + channels + "x"
          + height + "x" + width);
    }
    int size = channels * height * width;
    if (pixels.length % size != 0) {
      throw new IllegalArgumentException(pixels.length + " pixel values do not make whole "
          + channels + "x" + height + "x" + width + " images");
    }
    if (labels != null && labels.length != pixels.length / size) {
      throw new IllegalArgumentException(labels.length + " labels for " + pixels.length / size
          + " images");
    }
    this.channels = channels;
    this.height = height;
    this.width = width;
    this.pixels = pixels;
    this.labels = labels;
  }

  /** Number of images. */
  public int count() {
    return pixels.length / pixelsPerImage();
  }

  /** Colour channels: 1 for gray, 3 for RGB. */
  public int channels() {
    return channels;
  }

  /** Rows of each image. */
  public int height() {
    return height;
  }

  /** Columns of each image. */
  public int width() {
    return width;
  }

  /** Whether {@code other}'s images have the same channels, height and width as these. */
  public boolean hasShapeOf(ImageSet other) {
    return channels == other.channels && height == other.height && width == other.width;
  }

  /** {@code channels * height * width}. */
  public int pixelsPerImage() {
    return channels * height * width;
  }

  /** Copies image {@code index}'s pixels (NCHW order) into {@code target} at {@code offset}. */
  public void copyImage(int index, float[] target, int offset) {
    int size = pixelsPerImage();
    System.arraycopy(pixels, index * size, target, offset, size);
  }

  /** Pixel value of image {@code index}, channel {@code c}, row {@code y}, column {@code x}. */
  public float pixel(int index, int c, int y, int x) {
    return pixels[((index * channels + c) * height + y) * width + x];
  }

  /** The label of each image, if the source had labels. */
  public Optional<int[]> labels() {
    return labels == null ? Optional.empty() : Optional.of(labels.clone());
  }

  /**
   * The same images with the given labels, one per image. The pixels are shared, not copied, which is
   * safe because neither set ever changes them.
   */
  public ImageSet withLabels(int[] labels) {
    return new ImageSet(channels, height, width, pixels, labels.clone());
  }

  /** Images {@code from} (inclusive) to {@code to} (exclusive), with their labels. */
  public ImageSet slice(int from, int to) {
    if (from < 0 || to > count() || from > to) {
      throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + count() + " images");
    }
    int size = pixelsPerImage();
    return new ImageSet(channels, height, width, Arrays.copyOfRange(pixels, from * size, to * size),
        labels == null ? null : Arrays.copyOfRange(labels, from, to));
  }
}
