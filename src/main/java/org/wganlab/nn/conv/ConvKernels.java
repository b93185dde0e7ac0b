package org.wganlab.nn.conv;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The products a convolution needs, as libnd4j operations that run on whichever backend is loaded
 * (and on oneDNN or cuDNN where the backend has them). A kernel is an
 * {@code outChannels x patchSize} matrix, its columns ordered (input channel, kernel row, kernel
 * column), which is the OIYX layout of libnd4j's and PyTorch's convolution weights. Images and feature
 * maps are {@code [n, channels, size, size]} (NCHW).
 *
 * <p>Two operations serve every pass: the convolution ({@link #convolve}, libnd4j's conv2d) and its
 * backward ({@link #backpropagate}, conv2d_bp), which gives both the transposed convolution of the
 * maps with the same kernel (the input gradient) and the kernel gradient. The transposed convolution
 * on its own ({@link #convolveTransposed}) is the same backward with zero images, whose kernel
 * gradient is discarded: at the reference shapes that whole backward is several times faster than
 * libnd4j's dedicated transposed convolutions (deconv2d, conv2d_input_bp), because oneDNN
 * accelerates conv2d_bp and not those. The
 * gradient penalty's double backprop is the same operations again with other arguments, so there is
 * no separate second-order kernel.
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
    INDArray[] inputs = bias == null ? new INDArray[] {images, weights(g, kernel)}
        : new INDArray[] {images, weights(g, kernel), bias.reshape(g.outChannels())};
    Nd4j.exec(DynamicCustomOp.builder("conv2d").addInputs(inputs).addOutputs(out)
        .addIntegerArguments(arguments(g)).build());
    return out;
  }

  /**
   * The backward of {@link #convolve} at {@code images} for the output gradient {@code maps}
   * ({@code [n, outChannels, outSize, outSize]}): adds the kernel gradient (each output gradient
   * correlated with its image, summed over the batch) to {@code kernelGradient} and returns the input
   * gradient, the transposed convolution {@code kernel^T maps} ({@code [n, inChannels, inSize,
   * inSize]}). The
   * kernel gradient is also that of {@code <images, convolveTransposed(kernel, maps)>}, since the two
   * pairings are equal: a generator's upsampling layers use it that way round.
   */
  static INDArray backpropagate(ConvGeometry g, INDArray kernel, INDArray images, INDArray maps,
      INDArray kernelGradient) {
    INDArray weights = weights(g, kernel);
    INDArray inputGradient = Nd4j.create(maps.dataType(), images.shape());
    INDArray weightGradient = Nd4j.create(maps.dataType(), weights.shape());
    Nd4j.exec(DynamicCustomOp.builder("conv2d_bp").addInputs(images, weights, maps)
        .addOutputs(inputGradient, weightGradient).addIntegerArguments(arguments(g)).build());
    if (kernelGradient != null) {
      kernelGradient.addi(weightGradient.reshape(kernelGradient.shape()));
    }
    return inputGradient;
  }

  /**
   * The transposed convolution of {@code maps} ({@code [n, outChannels, outSize, outSize]}) with
   * {@code kernel}: the input gradient of {@link #convolve}, and a generator's upsampling layer,
   * {@code [n, inChannels, inSize, inSize]}.
   */
  static INDArray convolveTransposed(ConvGeometry g, INDArray kernel, INDArray maps) {
    INDArray zeros = Nd4j.create(maps.dataType(), maps.size(0), g.inChannels(), g.inSize(),
        g.inSize());
    return backpropagate(g, kernel, zeros, maps, null);
  }

  /** The kernel as conv2d's {@code [outChannels, inChannels, kernel, kernel]} weights (a view). */
  private static INDArray weights(ConvGeometry g, INDArray kernel) {
    return kernel.reshape('c', g.outChannels(), g.inChannels(), g.kernel(), g.kernel());
  }

  /** conv2d's integer arguments: kernel, stride, no explicit padding, no dilation, SAME, NCHW, OIYX. */
  private static int[] arguments(ConvGeometry g) {
    return new int[] {g.kernel(), g.kernel(), g.stride(), g.stride(), 0, 0, 1, 1, SAME_MODE, NCHW,
        OIYX};
  }

  /**
   * Adds {@code bias[c]} to every value of channel {@code c} of {@code maps}, in place. libnd4j's
   * {@code biasadd} (NCHW) does it in one pass; a broadcast along dimension 1 gives the same values but
   * first builds an offset per image and pixel on the Java side, native memory outside any workspace
   * that waits for the garbage collector (hundreds of kilobytes a call at the paper's batch).
   */
  static INDArray addChannelBias(INDArray maps, INDArray bias) {
    Nd4j.exec(DynamicCustomOp.builder("biasadd").addInputs(maps, bias.reshape(bias.length()))
        .addOutputs(maps).addBooleanArguments(true).build());
    return maps;
  }

  /** Adds each channel's sum over images and pixels of {@code maps} to {@code biasGradient}. */
  static void accumulateChannelSums(INDArray biasGradient, INDArray maps) {
    biasGradient.addi(maps.sum(0, 2, 3).reshape(biasGradient.shape()));
  }
}
