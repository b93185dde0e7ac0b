package org.wganlab.nn.conv;

/**
 * The shape of one square, stride-s convolution with TensorFlow's "SAME" padding: a
 * {@code inChannels x inSize x inSize} image becomes {@code outChannels x outSize x outSize} with
 * {@code outSize = ceil(inSize / stride)}. The total padding {@code (outSize - 1) * stride + kernel -
 * inSize} is split with the smaller half on the top and left, as TensorFlow does, so the reference
 * networks' 28 -> 14 -> 7 -> 4 chain has the same receptive fields here.
 *
 * <p>A transposed convolution ("deconvolution") from {@code outSize} up to {@code inSize} is the
 * adjoint of this convolution and uses the same geometry read backwards.
 *
 * @param inChannels channels of the larger image
 * @param outChannels channels of the smaller image
 * @param inSize height and width of the larger image
 * @param kernel kernel height and width
 * @param stride step between kernel positions
 */
public record ConvGeometry(int inChannels, int outChannels, int inSize, int kernel, int stride) {

  /** Validates. */
  public ConvGeometry {
    if (inChannels < 1 || outChannels < 1 || inSize < 1 || kernel < 1 || stride < 1) {
      throw new IllegalArgumentException("convolution sizes must be positive: " + inChannels + "->"
          + outChannels + " channels, image " + inSize + ", kernel " + kernel + ", stride " + stride);
    }
  }

  /** Height and width of the smaller image, {@code ceil(inSize / stride)}. */
  public int outSize() {
    return (inSize + stride - 1) / stride;
  }

  /**
   * Values one kernel position reads, one per kernel tap and input channel: {@code inChannels *
   * kernel^2}, the width of the {@code outChannels x patchSize} kernel matrix.
   */
  public int patchSize() {
    return inChannels * kernel * kernel;
  }

  /** Kernel positions per image, {@code outSize^2}. */
  public int positions() {
    return outSize() * outSize();
  }

  /** Values per smaller image, {@code outChannels * outSize^2}. */
  public int outVolume() {
    return outChannels * positions();
  }

  /** Number of kernel weights, {@code outChannels * patchSize()}. */
  public int weightCount() {
    return outChannels * patchSize();
  }
}
