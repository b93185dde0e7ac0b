package org.wganlab.nn.conv;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.wganlab.data.Rng;
import org.wganlab.nn.Critic;
import org.wganlab.nn.NormPenalty;
import org.wganlab.nn.PenaltyEvaluation;

/**
 * The convolutional critic of {@link ImageNetSpec}: images arrive as rows of
 * {@code channels * size^2} values (NCHW order), so the Lipschitz methods and trainers that work on
 * point batches work on image batches unchanged. Every pass is ND4J operations on the backend's
 * memory; inside, feature maps are channel-major (see {@link ConvKernels}), and {@code w} reads the
 * last map in (channel, row, column) order, as a flattened NCHW tensor.
 *
 * <p>Layer {@code l} computes {@code z_l = K_l * h_l + b_l} (a convolution) and
 * {@code h_{l+1} = leakyrelu(z_l) = s_l z_l}, where {@code s_l} is the slope mask of the pass;
 * {@code D = <w, h_L> + b}. The input gradient runs the chain backwards with transposed convolutions:
 * {@code delta_L = w}, {@code u_l = s_l delta_{l+1}}, {@code delta_l = K_l^T u_l}, and
 * {@code grad_x D = delta_0}. A penalty on its norm is differentiated exactly by running that chain
 * forwards again (see {@link #accumulateNormPenalty}). Parameters are laid out layer by layer, each
 * kernel ({@code outChannels x patchSize}) then its bias, then {@code w} and {@code b}.
 */
public final class ConvCritic extends ConvNetwork implements Critic {
  private final List<ConvGeometry> layers;
  private final LeakyRelu activation;
  private final INDArray[][] kernels;
  private final INDArray[][] biases;
  private final INDArray[] outWeights;
  private final INDArray[] outBias;

  private ConvCritic(ImageNetSpec spec, INDArray params) {
    super(spec, params);
    layers = spec.criticLayers();
    activation = new LeakyRelu(spec.leak());
    FlatLayout layout = layout();
    kernels = new INDArray[layers.size()][];
    biases = new INDArray[layers.size()][];
    for (int l = 0; l < layers.size(); l++) {
      ConvGeometry g = layers.get(l);
      kernels[l] = layout.next(g.outChannels(), g.patchSize());
      biases[l] = layout.next(g.outChannels());
    }
    outWeights = layout.next(spec.topVolume(), 1);
    outBias = layout.next(1, 1);
  }

  /** Number of parameters of the critic of {@code spec}. */
  public static long parameterCount(ImageNetSpec spec) {
    long count = spec.topVolume() + 1L;
    for (ConvGeometry g : spec.criticLayers()) {
      count += g.weightCount() + g.outChannels();
    }
    return count;
  }

  /** A critic with kernels drawn He-uniform, the output layer LeCun-uniform, and zero biases. */
  public static ConvCritic create(ImageNetSpec spec, DataType type, Rng rng) {
    List<InitBlock> blocks = new ArrayList<>();
    for (ConvGeometry g : spec.criticLayers()) {
      blocks.add(InitBlock.hidden(g.weightCount(), g.patchSize()));
      blocks.add(InitBlock.bias(g.outChannels()));
    }
    blocks.add(InitBlock.output(spec.topVolume(), spec.topVolume()));
    blocks.add(InitBlock.bias(1));
    return fromParameters(spec, type, initialValues(blocks, rng));
  }

  /** A critic with the given flat parameters (layout as in the class comment). */
  public static ConvCritic fromParameters(ImageNetSpec spec, DataType type, double[] values) {
    return new ConvCritic(spec, flatParameters(values, parameterCount(spec), type));
  }

  @Override
  public int inputDim() {
    return spec().imageVolume();
  }

  @Override
  public List<INDArray> weightMatrices() {
    List<INDArray> matrices = new ArrayList<>();
    for (INDArray[] kernel : kernels) {
      matrices.add(kernel[0].transpose());
    }
    matrices.add(outWeights[0]);
    return matrices;
  }

  @Override
  public int hiddenLayerCount() {
    return layers.size();
  }

  /** What a forward pass keeps: each layer's input columns (when asked), slope masks and the top. */
  private record Pass(INDArray[] columns, INDArray[] slopes, INDArray top, INDArray values) {
  }

  private Pass forward(INDArray x, boolean keepColumns) {
    long n = checkRows(x, inputDim(), "critic input");
    INDArray images = x.reshape('c', n, spec().channels(), spec().size(), spec().size());
    INDArray[] columns = new INDArray[layers.size()];
    INDArray[] slopes = new INDArray[layers.size()];
    INDArray maps = null;
    for (int l = 0; l < layers.size(); l++) {
      ConvGeometry g = layers.get(l);
      INDArray cols = ConvKernels.columns(g, images);
      INDArray z = ConvKernels.multiply(kernels[l][0], cols).addiColumnVector(biases[l][0]);
      slopes[l] = activation.slopes(z);
      maps = z.muli(slopes[l]);
      images = ConvKernels.asNchw(maps, n, g.outSize());
      columns[l] = keepColumns ? cols : null;
    }
    INDArray top = ConvKernels.toRows(maps, spec().topSize());
    INDArray values = top.mmul(outWeights[0]).addiRowVector(outBias[0]);
    return new Pass(columns, slopes, top, values);
  }

  /**
   * Backpropagates {@code topGradient} (d/dh_L) down the layers: adds the kernel and bias gradients
   * when the pass kept its columns, records ||d/dh_{l+1}|| in {@code layerNorms} when given, and
   * returns the input gradient when {@code toInput} (else null).
   */
  private INDArray backward(Pass pass, INDArray topGradient, boolean toInput, double[] layerNorms) {
    INDArray g = ConvKernels.toMaps(topGradient, layers.get(layers.size() - 1).outChannels(),
        spec().topSize());
    for (int l = layers.size() - 1; l >= 0; l--) {
      if (layerNorms != null) {
        layerNorms[l] = g.norm2Number().doubleValue();
      }
      INDArray gz = g.muli(pass.slopes()[l]);
      if (pass.columns()[l] != null) {
        ConvKernels.accumulateKernelGradient(kernels[l][1], gz, pass.columns()[l]);
        ConvKernels.accumulateChannelSums(biases[l][1], gz);
      }
      if (l == 0 && !toInput) {
        return null;
      }
      g = ConvKernels.convolveTransposed(layers.get(l), kernels[l][0], gz);
    }
    return ConvKernels.toRows(g, spec().size());
  }

  /** d/dh_L of {@code sum_i weights_i D(x_i)}: row i is {@code weights_i w^T}. */
  private INDArray topGradient(INDArray weightsPerRow) {
    return Nd4j.gemm(weightsPerRow, outWeights[0], false, true);
  }

  @Override
  public INDArray values(INDArray x) {
    return forward(x, false).values();
  }

  @Override
  public INDArray accumulateValueGradient(INDArray x, INDArray weightsPerRow) {
    Pass pass = forward(x, true);
    checkRows(weightsPerRow, 1, "row weights");
    Nd4j.gemm(pass.top(), weightsPerRow, outWeights[1], true, false, 1.0, 1.0);
    outBias[1].addi(weightsPerRow.sum());
    backward(pass, topGradient(weightsPerRow), false, null);
    return pass.values();
  }

  @Override
  public INDArray inputGradient(INDArray x, INDArray weightsPerRow) {
    return backward(forward(x, false), topGradient(weightsPerRow), true, null);
  }

  @Override
  public Readout readout(INDArray x) {
    Pass pass = forward(x, false);
    INDArray ones = Nd4j.ones(x.dataType(), x.size(0), 1);
    return new Readout(pass.values(), backward(pass, topGradient(ones), true, null));
  }

  @Override
  public double[] activationGradientNorms(INDArray x, INDArray weightsPerRow) {
    double[] norms = new double[layers.size()];
    backward(forward(x, false), topGradient(weightsPerRow), false, norms);
    return norms;
  }

  /**
   * The exact gradient of {@code P = mean_i phi(||g_i||)}, {@code g_i = grad_x D(x_i)}. The input
   * gradient chain is linear in each kernel and in {@code w} once the slope masks are fixed (they are
   * piecewise constant in the parameters), so its adjoint runs the chain forwards: with
   * {@code Gamma_0 = dP/dg}, each layer adds {@code dP/dK_l = sum_i u_{l,i} cols(Gamma_l)_i^T} and
   * passes on {@code Gamma_{l+1} = s_l (K_l * Gamma_l)}, a plain convolution; finally
   * {@code dP/dw = sum_i Gamma_{L,i}}. The biases get nothing: they only move the masks.
   */
  @Override
  public PenaltyEvaluation accumulateNormPenalty(INDArray x, NormPenalty penalty) {
    Pass pass = forward(x, false);
    long n = x.size(0);
    INDArray delta = ConvKernels.toMaps(topGradient(Nd4j.ones(x.dataType(), n, 1)),
        layers.get(layers.size() - 1).outChannels(), spec().topSize());
    INDArray[] upstream = new INDArray[layers.size()];
    for (int l = layers.size() - 1; l >= 0; l--) {
      upstream[l] = delta.muli(pass.slopes()[l]);
      delta = ConvKernels.convolveTransposed(layers.get(l), kernels[l][0], upstream[l]);
    }
    INDArray inputGradients = ConvKernels.toRows(delta, spec().size());
    double[] norms = rowNorms(inputGradients);
    double[] scale = new double[norms.length];
    double value = 0;
    for (int i = 0; i < norms.length; i++) {
      value += penalty.value(norms[i]) / n;
      scale[i] = penalty.derivative(norms[i]) / (n * norms[i]);
    }
    INDArray gamma = inputGradients.mulColumnVector(column(scale, x.dataType()))
        .reshape('c', n, spec().channels(), spec().size(), spec().size());
    INDArray maps = null;
    for (int l = 0; l < layers.size(); l++) {
      ConvGeometry g = layers.get(l);
      INDArray cols = ConvKernels.columns(g, gamma);
      ConvKernels.accumulateKernelGradient(kernels[l][1], upstream[l], cols);
      maps = ConvKernels.multiply(kernels[l][0], cols).muli(pass.slopes()[l]);
      gamma = ConvKernels.asNchw(maps, n, g.outSize());
    }
    outWeights[1].addi(ConvKernels.toRows(maps, spec().topSize()).sum(0)
        .reshape(outWeights[1].shape()));
    return new PenaltyEvaluation(value, norms);
  }

  /** {@code sqrt(|row|^2 + 1e-12)} for each row, so that a zero gradient stays differentiable. */
  private static double[] rowNorms(INDArray rows) {
    INDArray squares = Transforms.pow(rows, 2, true).sum(1).addi(1e-12);
    return Transforms.sqrt(squares, false).toDoubleVector();
  }

  @Override
  public String toString() {
    return "ConvCritic" + spec();
  }
}
