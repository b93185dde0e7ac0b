package org.wganlab.nn.conv;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.convolution.Convolution;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The three products a convolution needs, built from ND4J's im2col, col2im and gemm so that they run on
 * whichever ND4J backend is loaded. A kernel is an {@code outChannels x patchSize} matrix (OIYX order);
 * images are {@code [n, channels, size, size]}.
 *
 * <p>Each product is written once and serves four passes: a convolution's forward pass
 * ({@link #convolve}), its input gradient, which is a transposed convolution with the same kernel
 * ({@link #convolveTransposed}), and the kernel gradient of either ({@link #accumulateKernelGradient}).
 * The gradient penalty's double backprop is the same three again with other arguments, which is why
 * there is no separate "second-order" kernel.
 *
 * <p>The products run image by image on views of one columns array: a single product over the whole
 * batch would need the columns permuted to channel-major order first, and ND4J's permuting copy of a
 * six-dimensional array costs more than the products themselves on a CPU.
 */
final class ConvKernels {
  private ConvKernels() {
  }

  /**
   * The patches of every kernel position, {@code [n, patchSize, positions]}: image {@code i}'s columns
   * are the matrix that the kernel multiplies.
   */
  static INDArray columns(ConvGeometry g, INDArray images) {
    long n = images.size(0);
    INDArray cols = Nd4j.create(images.dataType(), n, g.inChannels(), g.kernel(), g.kernel(),
        g.outSize(), g.outSize());
    // SAME mode: libnd4j pads floor(total / 2) before and the rest after, as TensorFlow does.
    Convolution.im2col(images, g.kernel(), g.kernel(), g.stride(), g.stride(), g.padBefore(),
        g.padBefore(), 1, 1, true, cols);
    return cols.reshape(n, g.patchSize(), g.positions());
  }

  /**
   * The adjoint of {@link #columns}: adds every patch back where it came from (overlaps sum),
   * {@code [n, inChannels, inSize, inSize]}.
   */
  static INDArray fold(ConvGeometry g, INDArray columns) {
    long n = columns.size(0);
    INDArray cols = columns.reshape(n, g.inChannels(), g.kernel(), g.kernel(), g.outSize(),
        g.outSize());
    INDArray images = Nd4j.create(columns.dataType(), n, g.inChannels(), g.inSize(), g.inSize());
    // The two arguments after the padding are the image's height and width.
    Convolution.col2im(cols, images, g.stride(), g.stride(), g.padBefore(), g.padBefore(),
        g.inSize(), g.inSize(), 1, 1);
    return images;
  }

  /** {@code kernel x columns_i} for each image: {@code [n, outChannels, outSize, outSize]}. */
  static INDArray multiply(ConvGeometry g, INDArray kernel, INDArray columns) {
    long n = columns.size(0);
    INDArray out = Nd4j.create(columns.dataType(), n, g.outChannels(), g.positions());
    for (long i = 0; i < n; i++) {
      Nd4j.gemm(kernel, columns.slice(i), out.slice(i), false, false, 1.0, 0.0);
    }
    return out.reshape(n, g.outChannels(), g.outSize(), g.outSize());
  }

  /** {@code kernel^T x grads_i} for each image: columns {@code [n, patchSize, positions]}. */
  static INDArray multiplyTransposed(ConvGeometry g, INDArray kernel, INDArray small) {
    long n = small.size(0);
    INDArray grads = small.reshape(n, g.outChannels(), g.positions());
    INDArray cols = Nd4j.create(small.dataType(), n, g.patchSize(), g.positions());
    for (long i = 0; i < n; i++) {
      Nd4j.gemm(kernel, grads.slice(i), cols.slice(i), true, false, 1.0, 0.0);
    }
    return cols;
  }

  /** The convolution of {@code images} with {@code kernel}, without bias. */
  static INDArray convolve(ConvGeometry g, INDArray kernel, INDArray images) {
    return multiply(g, kernel, columns(g, images));
  }

  /**
   * The transposed convolution of {@code small} ({@code [n, outChannels, outSize, outSize]}) with
   * {@code kernel}: the input gradient of {@link #convolve}, and a generator's upsampling layer.
   */
  static INDArray convolveTransposed(ConvGeometry g, INDArray kernel, INDArray small) {
    return fold(g, multiplyTransposed(g, kernel, small));
  }

  /**
   * Adds {@code sum_i small_i x columns_i^T} to {@code kernelGradient}: the kernel gradient of
   * {@code <small, convolve(kernel, large)>} when {@code columns = columns(large)}. The same sum is the
   * kernel gradient of {@code <large, convolveTransposed(kernel, small)>}, since the two pairings are
   * equal.
   */
  static void accumulateKernelGradient(ConvGeometry g, INDArray kernelGradient, INDArray small,
      INDArray columns) {
    long n = small.size(0);
    INDArray grads = small.reshape(n, g.outChannels(), g.positions());
    for (long i = 0; i < n; i++) {
      Nd4j.gemm(grads.slice(i), columns.slice(i), kernelGradient, false, true, 1.0, 1.0);
    }
  }

  /** Adds {@code bias[c]} to every value of channel {@code c} of {@code images}, in place. */
  static void addChannelBias(INDArray images, INDArray bias) {
    Nd4j.getExecutioner().exec(new BroadcastAddOp(images, bias.reshape(bias.length()), images, 1));
  }

  /** Adds each channel's sum over images and positions to {@code biasGradient}. */
  static void accumulateChannelSums(INDArray biasGradient, INDArray images) {
    biasGradient.addi(images.sum(0, 2, 3).reshape(biasGradient.shape()));
  }
}
