package org.wganlab.nn.conv;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of the WGAN-GP paper's MNIST networks for {@code channels x size x size} images: a critic of
 * three 5x5 stride-2 convolutions with {@code dim, 2 dim, 4 dim} channels (28 -> 14 -> 7 -> 4, or
 * 32 -> 16 -> 8 -> 4), LeakyReLU, and a linear layer to one value; a generator from
 * {@code noiseDim} normal numbers through a linear layer to {@code 4 dim x 4 x 4}, ReLU, and three 5x5
 * stride-2 transposed convolutions back up the same sizes (an 8 x 8 map is cropped to 7 x 7 on the
 * way to 28), ReLU between them and a sigmoid at the end, so samples lie in [0, 1] like the data.
 *
 * @param channels image channels, 1 (gray) or 3 (colour)
 * @param size image height and width, 28 or 32
 * @param dim the width DIM (64 in the reference)
 * @param noiseDim generator input size (128 in the reference)
 * @param leak the critic's LeakyReLU slope for negative inputs (0.2 in the reference)
 */
public record ImageNetSpec(int channels, int size, int dim, int noiseDim, double leak) {
  /** Kernel height and width of every (transposed) convolution. */
  public static final int KERNEL = 5;
  private static final int STRIDE = 2;
  private static final int LAYERS = 3;

  /** The reference networks for {@code channels x size x size} images: DIM 64, noise 128, leak 0.2. */
  public static ImageNetSpec reference(int channels, int size) {
    return new ImageNetSpec(channels, size, 64, 128, 0.2);
  }

  /** Validates. */
  public ImageNetSpec {
    if (channels != 1 && channels != 3) {
      throw new IllegalArgumentException("channels must be 1 or 3, got " + channels);
    }
    if (size < 8 || size > 64) {
      throw new IllegalArgumentException("image size must be 8 to 64, got " + size);
    }
    if (dim < 1 || dim > 512) {
      throw new IllegalArgumentException("DIM must be 1 to 512, got " + dim);
    }
    if (noiseDim < 1 || noiseDim > 4096) {
      throw new IllegalArgumentException("noise size must be 1 to 4096, got " + noiseDim);
    }
    if (!(leak >= 0 && leak < 1)) {
      throw new IllegalArgumentException("leak must be in [0, 1), got " + leak);
    }
  }

  /** Values per image, {@code channels * size^2}. */
  public int imageVolume() {
    return channels * size * size;
  }

  /** The critic's convolutions, input side first. */
  public List<ConvGeometry> criticLayers() {
    List<ConvGeometry> layers = new ArrayList<>();
    int in = channels;
    int at = size;
    for (int l = 0; l < LAYERS; l++) {
      int out = dim << l;
      ConvGeometry g = new ConvGeometry(in, out, at, KERNEL, STRIDE);
      layers.add(g);
      in = out;
      at = g.outSize();
    }
    return layers;
  }

  /** Height and width of the smallest map, where the critic ends and the generator starts. */
  public int topSize() {
    return criticLayers().get(LAYERS - 1).outSize();
  }

  /** Values of the smallest map, {@code 4 dim * topSize^2}: the linear layers' width. */
  public int topVolume() {
    return criticLayers().get(LAYERS - 1).outVolume();
  }

  /**
   * The generator's transposed convolutions, small side first. Each is read backwards: it maps a
   * geometry's smaller image ({@code outChannels x outSize^2}) up to its larger one; where that is one
   * row and column larger than the critic's map of the same stage (8 for 7), the generator crops it.
   */
  public List<ConvGeometry> generatorLayers() {
    List<ConvGeometry> critic = criticLayers();
    List<ConvGeometry> layers = new ArrayList<>();
    for (int l = LAYERS - 1; l >= 0; l--) {
      ConvGeometry c = critic.get(l);
      layers.add(new ConvGeometry(c.inChannels(), c.outChannels(), c.outSize() * STRIDE, KERNEL,
          STRIDE));
    }
    return layers;
  }

  /** The size each generator stage is cropped to, small side first (the critic's sizes reversed). */
  public List<Integer> generatorSizes() {
    List<ConvGeometry> critic = criticLayers();
    List<Integer> sizes = new ArrayList<>();
    for (int l = LAYERS - 1; l >= 0; l--) {
      sizes.add(critic.get(l).inSize());
    }
    return sizes;
  }
}
