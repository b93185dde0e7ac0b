package org.wganlab.nn.conv;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.convolution.Convolution;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The three products a convolution needs, built from ND4J's im2col, col2im and gemm so that they run on
 * whichever ND4J backend is loaded. A kernel is an {@code outChannels x patchSize} matrix, its columns
 * ordered (input channel, kernel row, kernel column).
 *
 * <p>Feature maps live channels-last: a batch of {@code n} maps of {@code size x size x channels} is a
 * {@code (n size^2) x channels} matrix, one row per pixel. Then a whole batch's convolution is one
 * matrix product: the patches of every kernel position of every image form the rows of one
 * {@code (n positions) x patchSize} columns matrix, which im2col writes directly (it honours the
 * strides of a permuted view), and {@code columns x kernel^T} is the next layer's maps. One large
 * product instead of one per image is what keeps BLAS near its peak on a CPU and a GPU busy.
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
   * The {@code [n, channels, size, size]} view of channels-last maps ({@code (n size^2) x channels}):
   * the layout im2col and col2im index, over the memory the products use.
   */
  static INDArray asNchw(INDArray maps, long n, int size) {
    return maps.reshape('c', n, size, size, maps.size(1)).permute(0, 3, 1, 2);
  }

  /**
   * The patches of every kernel position, {@code (n positions) x patchSize}, from images given as any
   * {@code [n, inChannels, inSize, inSize]} array or view.
   */
  static INDArray columns(ConvGeometry g, INDArray images) {
    long n = images.size(0);
    INDArray cols = Nd4j.create(images.dataType(), n, g.outSize(), g.outSize(), g.inChannels(),
        g.kernel(), g.kernel());
    // SAME mode: libnd4j pads floor(total / 2) before and the rest after, as TensorFlow does.
    Convolution.im2col(images, g.kernel(), g.kernel(), g.stride(), g.stride(), g.padBefore(),
        g.padBefore(), 1, 1, true, cols.permute(0, 3, 4, 5, 1, 2));
    return cols.reshape('c', n * g.positions(), g.patchSize());
  }

  /**
   * The adjoint of {@link #columns}: adds every patch back where it came from (overlaps sum), giving
   * channels-last maps {@code (n inSize^2) x inChannels}.
   */
  static INDArray fold(ConvGeometry g, INDArray columns) {
    long n = columns.size(0) / g.positions();
    INDArray cols = columns.reshape('c', n, g.outSize(), g.outSize(), g.inChannels(), g.kernel(),
        g.kernel()).permute(0, 3, 4, 5, 1, 2);
    INDArray maps = Nd4j.create(columns.dataType(), n * g.inSize() * g.inSize(), g.inChannels());
    // The two arguments after the padding are the image's height and width.
    Convolution.col2im(cols, asNchw(maps, n, g.inSize()), g.stride(), g.stride(), g.padBefore(),
        g.padBefore(), g.inSize(), g.inSize(), 1, 1);
    return maps;
  }

  /** {@code columns x kernel^T}: the maps {@code (n positions) x outChannels} a kernel makes. */
  static INDArray multiply(INDArray kernel, INDArray columns) {
    return Nd4j.gemm(columns, kernel, false, true);
  }

  /** {@code maps x kernel}: columns {@code (n positions) x patchSize} from {@code outChannels} maps. */
  static INDArray multiplyTransposed(INDArray kernel, INDArray maps) {
    return Nd4j.gemm(maps, kernel, false, false);
  }

  /** The convolution of {@code images} ({@code [n, inChannels, inSize, inSize]}), without bias. */
  static INDArray convolve(ConvGeometry g, INDArray kernel, INDArray images) {
    return multiply(kernel, columns(g, images));
  }

  /**
   * The transposed convolution of channels-last {@code maps} ({@code (n outSize^2) x outChannels})
   * with {@code kernel}: the input gradient of {@link #convolve}, and a generator's upsampling layer.
   */
  static INDArray convolveTransposed(ConvGeometry g, INDArray kernel, INDArray maps) {
    return fold(g, multiplyTransposed(kernel, maps));
  }

  /**
   * Adds {@code maps^T x columns} to {@code kernelGradient}: the kernel gradient of
   * {@code <maps, convolve(kernel, large)>} when {@code columns = columns(large)}. The same sum is the
   * kernel gradient of {@code <large, convolveTransposed(kernel, maps)>}, since the two pairings are
   * equal.
   */
  static void accumulateKernelGradient(INDArray kernelGradient, INDArray maps, INDArray columns) {
    Nd4j.gemm(maps, columns, kernelGradient, true, false, 1.0, 1.0);
  }

  /** Adds each channel's sum over all pixels of channels-last {@code maps} to {@code biasGradient}. */
  static void accumulateChannelSums(INDArray biasGradient, INDArray maps) {
    biasGradient.addi(maps.sum(0).reshape(biasGradient.shape()));
  }

  /** Channels-last maps (a copy) of NCHW rows, {@code n x channels size^2}. */
  static INDArray toMaps(INDArray rows, int channels, int size) {
    long n = rows.size(0);
    return rows.reshape('c', n, channels, size, size).permute(0, 2, 3, 1).dup('c')
        .reshape('c', n * size * size, channels);
  }

  /** NCHW rows ({@code n x channels size^2}, a copy) of channels-last maps. */
  static INDArray toRows(INDArray maps, int size) {
    long channels = maps.size(1);
    long n = maps.size(0) / ((long) size * size);
    return asNchw(maps, n, size).dup('c').reshape('c', n, channels * size * size);
  }
}
