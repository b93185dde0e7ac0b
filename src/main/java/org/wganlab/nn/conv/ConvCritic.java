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
 * memory, and {@code w} reads the last map flattened in NCHW order.
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
  /** The last map's size and value count, read on every pass. */
  private final int topSize;
  private final int topVolume;

  private ConvCritic(ImageNetSpec spec, INDArray params) {
    super(spec, params);
    layers = spec.criticLayers();
    topSize = spec.topSize();
    topVolume = spec.topVolume();
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

  /** What a forward pass keeps: each layer's input (when asked), slope masks and the top. */
  private record Pass(INDArray[] inputs, INDArray[] slopes, INDArray top, INDArray values) {
  }

  private Pass forward(INDArray x, boolean keepInputs) {
    long n = checkRows(x, inputDim(), "critic input");
    INDArray images = x.reshape('c', n, spec().channels(), spec().size(), spec().size());
    INDArray[] inputs = new INDArray[layers.size()];
    INDArray[] slopes = new INDArray[layers.size()];
    for (int l = 0; l < layers.size(); l++) {
      inputs[l] = keepInputs ? images : null;
      INDArray z = ConvKernels.convolve(layers.get(l), kernels[l][0], images, biases[l][0]);
      slopes[l] = activation.slopes(z);
      images = z.muli(slopes[l]);
    }
    INDArray top = images.reshape('c', n, topVolume);
    INDArray values = top.mmul(outWeights[0]).addiRowVector(outBias[0]);
    return new Pass(inputs, slopes, top, values);
  }

  /**
   * Backpropagates {@code topGradient} (d/dh_L) down the layers: adds the kernel and bias gradients
   * when the pass kept its inputs, records ||d/dh_{l+1}|| in {@code layerNorms} when given, and
   * returns the input gradient when {@code toInput} (else null).
   */
  private INDArray backward(Pass pass, INDArray topGradient, boolean toInput, double[] layerNorms) {
    long n = topGradient.size(0);
    INDArray g = topGradient.reshape('c', n, layers.get(layers.size() - 1).outChannels(),
        topSize, topSize);
    for (int l = layers.size() - 1; l >= 0; l--) {
      ConvGeometry geometry = layers.get(l);
      if (layerNorms != null) {
        layerNorms[l] = g.norm2Number().doubleValue();
      }
      INDArray gz = g.muli(pass.slopes()[l]);
      if (pass.inputs()[l] != null) {
        ConvKernels.accumulateChannelSums(biases[l][1], gz);
        g = ConvKernels.backpropagate(geometry, kernels[l][0], pass.inputs()[l], gz,
            kernels[l][1]);
      } else if (l > 0 || toInput) {
        g = ConvKernels.convolveTransposed(geometry, kernels[l][0], gz);
      }
    }
    if (!toInput) {
      return null;
    }
    return g.reshape('c', n, inputDim());
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
   * {@code Gamma_0 = dP/dg}, each layer adds {@code dP/dK_l}, the kernel gradient of a convolution
   * of {@code Gamma_l} whose output gradient is the upstream {@code u_l}, and passes on
   * {@code Gamma_{l+1} = s_l (K_l * Gamma_l)}, a plain convolution; finally
   * {@code dP/dw = sum_i Gamma_{L,i}}. The biases get nothing: they only move the masks.
   */
  @Override
  public PenaltyEvaluation accumulateNormPenalty(INDArray x, NormPenalty penalty) {
    Pass pass = forward(x, false);
    long n = x.size(0);
    INDArray delta = topGradient(Nd4j.ones(x.dataType(), n, 1)).reshape('c', n,
        layers.get(layers.size() - 1).outChannels(), topSize, topSize);
    INDArray[] upstream = new INDArray[layers.size()];
    for (int l = layers.size() - 1; l >= 0; l--) {
      upstream[l] = delta.muli(pass.slopes()[l]);
      delta = ConvKernels.convolveTransposed(layers.get(l), kernels[l][0], upstream[l]);
    }
    INDArray inputGradients = delta.reshape('c', n, inputDim());
    double[] norms = rowNorms(inputGradients);
    double[] scale = new double[norms.length];
    double value = 0;
    for (int i = 0; i < norms.length; i++) {
      value += penalty.value(norms[i]) / n;
      scale[i] = penalty.derivative(norms[i]) / (n * norms[i]);
    }
    INDArray gamma = inputGradients.mulColumnVector(column(scale, x.dataType()))
        .reshape('c', n, spec().channels(), spec().size(), spec().size());
    for (int l = 0; l < layers.size(); l++) {
      ConvGeometry g = layers.get(l);
      ConvKernels.backpropagate(g, kernels[l][0], gamma, upstream[l], kernels[l][1]);
      gamma = ConvKernels.convolve(g, kernels[l][0], gamma, null).muli(pass.slopes()[l]);
    }
    outWeights[1].addi(gamma.reshape('c', n, topVolume).sum(0)
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
