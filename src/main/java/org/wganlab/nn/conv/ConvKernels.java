package org.wganlab.nn.conv;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.convolution.Convolution;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The three products a convolution needs, as ND4J operations that run on whichever backend is loaded.
 * A kernel is an {@code outChannels x patchSize} matrix, its columns ordered (input channel, kernel
 * row, kernel column), which is the OIYX layout of libnd4j's and PyTorch's convolution weights.
 * Images and feature maps are {@code [n, channels, size, size]} (NCHW).
 *
 * <p>Each product serves several passes: a convolution ({@link #convolve}, libnd4j's own conv2d, the
 * fastest of the three), its input gradient, which is a transposed convolution with the same kernel
 * ({@link #convolveTransposed}), and the kernel gradient of either ({@link #accumulateKernelGradient}).
 * The gradient penalty's double backprop is the same products again with other arguments, so there is
 * no separate second-order kernel. The last two multiply image by image on views of one contiguous
 * columns array: measured on a 2-core CPU at the reference shapes, that is faster than libnd4j's
 * conv2d_bp and deconv2d, and than one product over the batch, whose columns would first need a
 * permuting copy.
 */
final class ConvKernels {
  private static final int SAME_MODE = 1;
  private static final int NCHW = 0;
  private static final int OIYX = 1;

  private ConvKernels() {
  }

  /**
   * The convolution of {@code images} ({@code [n, inChannels, inSize, inSize]}) with {@code kernel},
   * plus {@code bias} per output channel when not null: {@code [n, outChannels, outSize, outSize]}.
   * libnd4j's SAME mode pads floor(total / 2) before and the rest after, as TensorFlow does.
   */
  static INDArray convolve(ConvGeometry g, INDArray kernel, INDArray images, INDArray bias) {
    long n = images.size(0);
    INDArray out = Nd4j.create(images.dataType(), n, g.outChannels(), g.outSize(), g.outSize());
    INDArray weights = kernel.reshape('c', g.outChannels(), g.inChannels(), g.kernel(), g.kernel());
    INDArray[] inputs = bias == null ? new INDArray[] {images, weights}
        : new INDArray[] {images, weights, bias.reshape(g.outChannels())};
    Nd4j.exec(DynamicCustomOp.builder("conv2d").addInputs(inputs).addOutputs(out)
        .addIntegerArguments(g.kernel(), g.kernel(), g.stride(), g.stride(), 0, 0, 1, 1, SAME_MODE,
            NCHW, OIYX).build());
    return out;
  }

  /**
   * The patches of every kernel position, {@code [n, patchSize, positions]}: image {@code i}'s columns
   * are the matrix that the kernel multiplies.
   */
  static INDArray columns(ConvGeometry g, INDArray images) {
    long n = images.size(0);
    INDArray cols = Nd4j.create(images.dataType(), n, g.inChannels(), g.kernel(), g.kernel(),
        g.outSize(), g.outSize());
    Convolution.im2col(images, g.kernel(), g.kernel(), g.stride(), g.stride(), g.padBefore(),
        g.padBefore(), 1, 1, true, cols);
    return cols.reshape('c', n, g.patchSize(), g.positions());
  }

  /**
   * The transposed convolution of {@code maps} ({@code [n, outChannels, outSize, outSize]}) with
   * {@code kernel}: the input gradient of {@link #convolve}, and a generator's upsampling layer,
   * {@code [n, inChannels, inSize, inSize]}. Each image's {@code kernel^T x map} gives its columns,
   * and col2im adds every patch back where it came from (overlaps sum).
   */
  static INDArray convolveTransposed(ConvGeometry g, INDArray kernel, INDArray maps) {
    long n = maps.size(0);
    INDArray grads = maps.reshape('c', n, g.outChannels(), g.positions());
    INDArray cols = Nd4j.create(maps.dataType(), n, g.inChannels(), g.kernel(), g.kernel(),
        g.outSize(), g.outSize());
    INDArray cols3 = cols.reshape('c', n, g.patchSize(), g.positions());
    for (long i = 0; i < n; i++) {
      Nd4j.gemm(kernel, grads.slice(i), cols3.slice(i), true, false, 1.0, 0.0);
    }
    INDArray images = Nd4j.create(maps.dataType(), n, g.inChannels(), g.inSize(), g.inSize());
    // The two arguments after the padding are the image's height and width.
    Convolution.col2im(cols, images, g.stride(), g.stride(), g.padBefore(), g.padBefore(),
        g.inSize(), g.inSize(), 1, 1);
    return images;
  }

  /**
   * Adds {@code sum_i maps_i x columns_i^T} to {@code kernelGradient}: the kernel gradient of
   * {@code <maps, convolve(kernel, large)>} when {@code columns = columns(large)}. The same sum is the
   * kernel gradient of {@code <large, convolveTransposed(kernel, maps)>}, since the two pairings are
   * equal.
   */
  static void accumulateKernelGradient(ConvGeometry g, INDArray kernelGradient, INDArray maps,
      INDArray columns) {
    long n = maps.size(0);
    INDArray grads = maps.reshape('c', n, g.outChannels(), g.positions());
    for (long i = 0; i < n; i++) {
      Nd4j.gemm(grads.slice(i), columns.slice(i), kernelGradient, false, true, 1.0, 1.0);
    }
  }

  /** Adds {@code bias[c]} to every value of channel {@code c} of {@code maps}, in place. */
  static INDArray addChannelBias(INDArray maps, INDArray bias) {
    Nd4j.getExecutioner().exec(new BroadcastAddOp(maps, bias.reshape(bias.length()), maps, 1));
    return maps;
  }

  /** Adds each channel's sum over images and pixels of {@code maps} to {@code biasGradient}. */
  static void accumulateChannelSums(INDArray biasGradient, INDArray maps) {
    biasGradient.addi(maps.sum(0, 2, 3).reshape(biasGradient.shape()));
  }
}
