package org.wganlab.nn.conv;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.convolution.Convolution;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The three products a convolution needs, built from ND4J's im2col, col2im and gemm so that they run on
 * whichever ND4J backend is loaded. A kernel is an {@code outChannels x patchSize} matrix, its columns
 * ordered (input channel, kernel row, kernel column), as PyTorch's and libnd4j's OIYX weights.
 *
 * <p>Feature maps live channel-major: a batch of {@code n} maps of {@code channels x size x size} is a
 * {@code channels x (n size^2)} matrix whose row {@code c} holds channel {@code c} of every image, image
 * after image. Then a whole batch's convolution is one matrix product: im2col writes the patches of
 * every kernel position of every image as the columns of one {@code patchSize x (n positions)} matrix
 * (through a permuted view, so each image's {@code outSize x outSize} block is written contiguously),
 * and {@code kernel x columns} is the next layer's maps, already channel-major. One large product per
 * layer instead of one per image keeps BLAS near its peak on a CPU and gives a GPU one large launch.
 *
 * <p>Each product serves four passes: a convolution's forward pass ({@link #convolve}), its input
 * gradient, which is a transposed convolution with the same kernel ({@link #convolveTransposed}), and
 * the kernel gradient of either ({@link #accumulateKernelGradient}). The gradient penalty's double
 * backprop is the same three again with other arguments, so there is no separate second-order kernel.
 */
final class ConvKernels {
  private ConvKernels() {
  }

  /**
   * The {@code [n, channels, size, size]} view of channel-major maps ({@code channels x (n size^2)}):
   * the layout im2col and col2im index, over the memory the products use.
   */
  static INDArray asNchw(INDArray maps, long n, int size) {
    return maps.reshape('c', maps.size(0), n, size, size).permute(1, 0, 2, 3);
  }

  /**
   * The patches of every kernel position as columns, {@code patchSize x (n positions)}, from images
   * given as any {@code [n, inChannels, inSize, inSize]} array or view.
   */
  static INDArray columns(ConvGeometry g, INDArray images) {
    long n = images.size(0);
    INDArray cols = Nd4j.create(images.dataType(), g.inChannels(), g.kernel(), g.kernel(), n,
        g.outSize(), g.outSize());
    // SAME mode: libnd4j pads floor(total / 2) before and the rest after, as TensorFlow does.
    Convolution.im2col(images, g.kernel(), g.kernel(), g.stride(), g.stride(), g.padBefore(),
        g.padBefore(), 1, 1, true, cols.permute(3, 0, 1, 2, 4, 5));
    return cols.reshape('c', g.patchSize(), n * g.positions());
  }

  /**
   * The adjoint of {@link #columns}: adds every patch back where it came from (overlaps sum), giving
   * channel-major maps {@code inChannels x (n inSize^2)}.
   */
  static INDArray fold(ConvGeometry g, INDArray columns) {
    long n = columns.size(1) / g.positions();
    INDArray cols = columns.reshape('c', g.inChannels(), g.kernel(), g.kernel(), n, g.outSize(),
        g.outSize()).permute(3, 0, 1, 2, 4, 5);
    INDArray maps = Nd4j.create(columns.dataType(), g.inChannels(), n * g.inSize() * g.inSize());
    // The two arguments after the padding are the image's height and width.
    Convolution.col2im(cols, asNchw(maps, n, g.inSize()), g.stride(), g.stride(), g.padBefore(),
        g.padBefore(), g.inSize(), g.inSize(), 1, 1);
    return maps;
  }

  /** {@code kernel x columns}: the maps {@code outChannels x (n positions)} a kernel makes. */
  static INDArray multiply(INDArray kernel, INDArray columns) {
    return Nd4j.gemm(kernel, columns, false, false);
  }

  /** {@code kernel^T x maps}: columns {@code patchSize x (n positions)} from {@code outChannels} maps. */
  static INDArray multiplyTransposed(INDArray kernel, INDArray maps) {
    return Nd4j.gemm(kernel, maps, true, false);
  }

  /** The convolution of {@code images} ({@code [n, inChannels, inSize, inSize]}), without bias. */
  static INDArray convolve(ConvGeometry g, INDArray kernel, INDArray images) {
    return multiply(kernel, columns(g, images));
  }

  /**
   * The transposed convolution of channel-major {@code maps} ({@code outChannels x (n outSize^2)})
   * with {@code kernel}: the input gradient of {@link #convolve}, and a generator's upsampling layer.
   */
  static INDArray convolveTransposed(ConvGeometry g, INDArray kernel, INDArray maps) {
    return fold(g, multiplyTransposed(kernel, maps));
  }

  /**
   * Adds {@code maps x columns^T} to {@code kernelGradient}: the kernel gradient of
   * {@code <maps, convolve(kernel, large)>} when {@code columns = columns(large)}. The same sum is the
   * kernel gradient of {@code <large, convolveTransposed(kernel, maps)>}, since the two pairings are
   * equal.
   */
  static void accumulateKernelGradient(INDArray kernelGradient, INDArray maps, INDArray columns) {
    Nd4j.gemm(maps, columns, kernelGradient, false, true, 1.0, 1.0);
  }

  /** Adds each channel's sum over all pixels of channel-major {@code maps} to {@code biasGradient}. */
  static void accumulateChannelSums(INDArray biasGradient, INDArray maps) {
    biasGradient.addi(maps.sum(1).reshape(biasGradient.shape()));
  }

  /** Channel-major maps (a copy) of NCHW rows, {@code n x (channels size^2)}. */
  static INDArray toMaps(INDArray rows, int channels, int size) {
    long n = rows.size(0);
    int area = size * size;
    return rows.reshape('c', n, channels, area).permute(1, 0, 2).dup('c')
        .reshape('c', channels, n * area);
  }

  /** NCHW rows ({@code n x (channels size^2)}, a copy) of channel-major maps. */
  static INDArray toRows(INDArray maps, int size) {
    long channels = maps.size(0);
    int area = size * size;
    long n = maps.size(1) / area;
    return maps.reshape('c', channels, n, area).permute(1, 0, 2).dup('c')
        .reshape('c', n, channels * area);
  }
}
