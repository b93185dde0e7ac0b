package org.wganlab.nn.conv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.wganlab.data.Rng;
import org.wganlab.nn.Generator;

/**
 * The generator of {@link ImageNetSpec}: noise rows to image rows ({@code channels * size^2} values in
 * [0, 1], NCHW order). A linear layer and ReLU make a {@code 4 dim x 4 x 4} map; each stage then
 * upsamples with a transposed convolution (the adjoint of the critic's convolution at that size),
 * crops an 8 x 8 map to 7 x 7 where the image size asks for it, adds a bias per channel, and applies
 * ReLU, or a sigmoid at the last stage. It needs only first-order gradients, which run the same
 * products as the critic's passes with the roles of convolution and transposed convolution swapped.
 *
 * <p>Parameters: the linear layer's {@code noiseDim x topVolume} matrix and bias (its outputs read as
 * an NCHW 4 x 4 map), then per stage its kernel ({@code smallChannels x largeChannels * 25}) and
 * bias.
 */
public final class ConvGenerator extends ConvNetwork implements Generator {
  private final List<ConvGeometry> stages;
  private final List<Integer> sizes;
  private final LeakyRelu relu = new LeakyRelu(0);
  private final INDArray[] linear;
  private final INDArray[] linearBias;
  private final INDArray[][] kernels;
  private final INDArray[][] biases;
  /** The first map's value count, read on every pass. */
  private final int topVolume;

  private ConvGenerator(ImageNetSpec spec, INDArray params) {
    super(spec, params);
    stages = spec.generatorLayers();
    sizes = spec.generatorSizes();
    topVolume = spec.topVolume();
    FlatLayout layout = layout();
    linear = layout.next(spec.noiseDim(), spec.topVolume());
    linearBias = layout.next(1, spec.topVolume());
    kernels = new INDArray[stages.size()][];
    biases = new INDArray[stages.size()][];
    for (int j = 0; j < stages.size(); j++) {
      ConvGeometry g = stages.get(j);
      kernels[j] = layout.next(g.outChannels(), g.patchSize());
      biases[j] = layout.next(g.inChannels());
    }
  }

  /** Number of parameters of the generator of {@code spec}. */
  public static long parameterCount(ImageNetSpec spec) {
    long count = (spec.noiseDim() + 1L) * spec.topVolume();
    for (ConvGeometry g : spec.generatorLayers()) {
      count += g.weightCount() + g.inChannels();
    }
    return count;
  }

  /** A generator with He-uniform weights (LeCun-uniform for the last stage) and zero biases. */
  public static ConvGenerator create(ImageNetSpec spec, DataType type, Rng rng) {
    List<InitBlock> blocks = new ArrayList<>();
    blocks.add(InitBlock.hidden(spec.noiseDim() * spec.topVolume(), spec.noiseDim()));
    blocks.add(InitBlock.bias(spec.topVolume()));
    List<ConvGeometry> layers = spec.generatorLayers();
    for (int j = 0; j < layers.size(); j++) {
      ConvGeometry g = layers.get(j);
      // Each output value of a stride-2 transposed convolution sums about patch / stride^2 terms.
      int fanIn = g.outChannels() * g.kernel() * g.kernel() / (g.stride() * g.stride());
      blocks.add(j == layers.size() - 1 ? InitBlock.output(g.weightCount(), fanIn)
          : InitBlock.hidden(g.weightCount(), fanIn));
      blocks.add(InitBlock.bias(g.inChannels()));
    }
    return fromParameters(spec, type, initialValues(blocks, rng));
  }

  /** A generator with the given flat parameters (layout as in the class comment). */
  public static ConvGenerator fromParameters(ImageNetSpec spec, DataType type, double[] values) {
    return new ConvGenerator(spec, flatParameters(values, parameterCount(spec), type));
  }

  @Override
  public int noiseDim() {
    return spec().noiseDim();
  }

  @Override
  public int outputDim() {
    return spec().imageVolume();
  }

  @Override
  public List<INDArray> weightMatrices() {
    List<INDArray> matrices = new ArrayList<>();
    matrices.add(linear[0]);
    for (INDArray[] kernel : kernels) {
      matrices.add(kernel[0]);
    }
    return matrices;
  }

  @Override
  public int hiddenLayerCount() {
    return stages.size();
  }

  /** A forward pass: each stage's input maps and the ReLU slopes that made them, and the output. */
  private record Pass(INDArray noise, INDArray[] inputs, INDArray[] slopes, INDArray output) {
  }

  private Pass forward(INDArray z) {
    long n = checkRows(z, noiseDim(), "noise");
    INDArray[] inputs = new INDArray[stages.size()];
    INDArray[] slopes = new INDArray[stages.size()];
    ConvGeometry first = stages.get(0);
    INDArray a = z.mmul(linear[0]).addiRowVector(linearBias[0])
        .reshape('c', n, first.outChannels(), first.outSize(), first.outSize());
    slopes[0] = relu.slopes(a);
    inputs[0] = a.muli(slopes[0]);
    INDArray y = null;
    for (int j = 0; j < stages.size(); j++) {
      ConvGeometry g = stages.get(j);
      y = ConvKernels.addChannelBias(crop(ConvKernels.convolveTransposed(g, kernels[j][0],
          inputs[j]), sizes.get(j)), biases[j][0]);
      if (j + 1 < stages.size()) {
        slopes[j + 1] = relu.slopes(y);
        inputs[j + 1] = y.muli(slopes[j + 1]);
      }
    }
    INDArray output = Transforms.sigmoid(y, false).reshape('c', n, outputDim());
    return new Pass(z, inputs, slopes, output);
  }

  /** The top-left {@code size x size} of each map (a copy), or the maps themselves if that size. */
  private static INDArray crop(INDArray maps, int size) {
    if (maps.size(2) == size) {
      return maps;
    }
    return maps.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, size),
        NDArrayIndex.interval(0, size)).dup('c');
  }

  /** The gradient of cropped maps, zero-padded back to the uncropped {@code size}. */
  private static INDArray uncrop(INDArray grads, long size) {
    if (grads.size(2) == size) {
      return grads;
    }
    INDArray full = Nd4j.create(grads.dataType(), grads.size(0), grads.size(1), size, size);
    full.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, grads.size(2)),
        NDArrayIndex.interval(0, grads.size(3))).assign(grads);
    return full;
  }

  @Override
  public INDArray generate(INDArray z) {
    return forward(z).output();
  }

  @Override
  public INDArray accumulateGradient(INDArray z, UnaryOperator<INDArray> upstream) {
    Pass pass = forward(z);
    INDArray out = pass.output();
    INDArray gradOut = upstream.apply(out);
    checkRows(gradOut, outputDim(), "generator upstream gradient");
    long n = out.size(0);
    // d sigmoid = y (1 - y).
    INDArray g = gradOut.mul(out).muli(out.rsub(1.0))
        .reshape('c', n, spec().channels(), spec().size(), spec().size());
    for (int j = stages.size() - 1; j >= 0; j--) {
      ConvGeometry geometry = stages.get(j);
      ConvKernels.accumulateChannelSums(biases[j][1], g);
      INDArray full = uncrop(g, geometry.inSize());
      ConvKernels.backpropagate(geometry, kernels[j][0], full, pass.inputs()[j], kernels[j][1]);
      g = ConvKernels.convolve(geometry, kernels[j][0], full, null).muli(pass.slopes()[j]);
    }
    INDArray linearGrad = g.reshape('c', n, topVolume);
    Nd4j.gemm(pass.noise(), linearGrad, linear[1], true, false, 1.0, 1.0);
    linearBias[1].addi(linearGrad.sum(0).reshape(linearBias[1].shape()));
    return out;
  }

  @Override
  public String toString() {
    return "ConvGenerator" + spec();
  }
}
