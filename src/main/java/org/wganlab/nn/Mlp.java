package org.wganlab.nn;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.Rng;

/**
 * A fully connected network over one flat parameter vector, with forward, backward, input gradient and
 * the exact double backprop a gradient penalty needs. Serves as critic (output size 1) and as generator.
 *
 * <p>Layer {@code l} (0-based, {@code l = depth} is the linear output layer) computes
 * {@code z_l = h_l W_l + b_l}, with {@code h_0 = x} and {@code h_{l+1} = sigma(z_l)}. Parameters are laid
 * out layer by layer, {@code W_l} row-major then {@code b_l}; the weight and gradient matrices are views
 * into the flat vectors, so optimisers update one array and gemm accumulates straight into the gradient.
 */
public final class Mlp implements Critic, Generator {
  private final MlpSpec spec;
  private final INDArray params;
  private final INDArray grad;
  private final INDArray[] weights;
  private final INDArray[] biases;
  private final INDArray[] weightGrads;
  private final INDArray[] biasGrads;
  private final DoubleBackprop penaltyPass;

  private Mlp(MlpSpec spec, INDArray params) {
    this.spec = spec;
    this.params = params;
    this.grad = Nd4j.create(params.dataType(), 1, params.length());
    int layers = spec.depth() + 1;
    weights = new INDArray[layers];
    biases = new INDArray[layers];
    weightGrads = new INDArray[layers];
    biasGrads = new INDArray[layers];
    long offset = 0;
    for (int l = 0; l < layers; l++) {
      long in = spec.fanIn(l);
      long out = spec.fanOut(l);
      weights[l] = view(params, offset, in, out);
      weightGrads[l] = view(grad, offset, in, out);
      offset += in * out;
      biases[l] = view(params, offset, 1, out);
      biasGrads[l] = view(grad, offset, 1, out);
      offset += out;
    }
    penaltyPass = new DoubleBackprop(spec.activation(), weights, weightGrads, biasGrads);
  }

  /** A network with weights drawn by {@code spec.init()} from {@code rng} and zero biases. */
  public static Mlp create(MlpSpec spec, DataType dataType, Rng rng) {
    double[] values = new double[Math.toIntExact(spec.parameterCount())];
    int k = 0;
    for (int l = 0; l <= spec.depth(); l++) {
      double bound = spec.init().bound(spec.fanIn(l), spec.fanOut(l), l == spec.depth());
      int count = spec.fanIn(l) * spec.fanOut(l);
      for (int i = 0; i < count; i++) {
        values[k++] = rng.uniform(-bound, bound);
      }
      k += spec.fanOut(l);
    }
    return fromParameters(spec, dataType, values);
  }

  /** A network with the given flat parameters (layout as in the class comment). */
  public static Mlp fromParameters(MlpSpec spec, DataType dataType, double[] values) {
    if (values.length != spec.parameterCount()) {
      throw new IllegalArgumentException("expected " + spec.parameterCount() + " parameters, got "
          + values.length);
    }
    // Parameters outlive every training step, so they must not live in a step's workspace.
    return Workspaces.outside(
        () -> new Mlp(spec, Nd4j.create(values, new long[] {1, values.length}, dataType)));
  }

  private static INDArray view(INDArray flat, long offset, long rows, long cols) {
    return Nd4j.create(flat.data(), new long[] {rows, cols}, new long[] {cols, 1}, offset, 'c',
        flat.dataType());
  }

  /** The shape of this network. */
  public MlpSpec spec() {
    return spec;
  }

  /** A copy of the parameters as doubles, in the flat layout. */
  public double[] parameterValues() {
    return HostArrays.doubles(params);
  }

  /** Overwrites all parameters. */
  public void setParameterValues(double[] values) {
    params.assign(Nd4j.create(values, new long[] {1, values.length}, params.dataType()));
  }

  @Override
  public INDArray parameters() {
    return params;
  }

  @Override
  public INDArray gradient() {
    return grad;
  }

  @Override
  public List<INDArray> weightMatrices() {
    return List.of(weights);
  }

  @Override
  public DataType dataType() {
    return params.dataType();
  }

  @Override
  public int hiddenLayerCount() {
    return spec.depth();
  }

  @Override
  public int inputDim() {
    return spec.inputDim();
  }

  @Override
  public int noiseDim() {
    return spec.inputDim();
  }

  @Override
  public int outputDim() {
    return spec.outputDim();
  }

  /** Runs the network, keeping pre-activations and activations for a backward pass. */
  ForwardPass forward(INDArray x) {
    int depth = spec.depth();
    INDArray[] z = new INDArray[depth + 1];
    INDArray[] h = new INDArray[depth + 1];
    h[0] = x.dataType() == dataType() ? x : x.castTo(dataType());
    INDArray ones = Nd4j.ones(dataType(), x.rows(), 1);
    for (int l = 0; l <= depth; l++) {
      // z = 1 b + h W as two gemms: BLAS broadcasts the bias faster than a row-vector add.
      z[l] = Nd4j.gemm(h[l], weights[l], Nd4j.gemm(ones, biases[l], false, false), false, false,
          1.0, 1.0);
      if (l < depth) {
        h[l + 1] = spec.activation().apply(z[l]);
      }
    }
    return new ForwardPass(z, h, ones);
  }

  /**
   * Backpropagates {@code dOut = dL/dy} through a pass; adds dL/d(theta) to the gradient when
   * {@code accumulate}; writes ||dL/dh_l|| of the hidden layers into {@code layerNorms} when not null.
   * Returns dL/dx.
   */
  INDArray backward(ForwardPass pass, INDArray dOut, boolean accumulate, double[] layerNorms) {
    INDArray dz = dOut.dataType() == dataType() ? dOut : dOut.castTo(dataType());
    for (int l = spec.depth(); ; l--) {
      if (accumulate) {
        Nd4j.gemm(pass.h()[l], dz, weightGrads[l], true, false, 1.0, 1.0);
        Nd4j.gemm(pass.ones(), dz, biasGrads[l], true, false, 1.0, 1.0);
      }
      INDArray dh = Nd4j.gemm(dz, weights[l], false, true);
      if (l == 0) {
        return dh;
      }
      if (layerNorms != null) {
        layerNorms[l - 1] = dh.norm2Number().doubleValue();
      }
      dz = dh.muli(spec.activation().slope(pass.z()[l - 1], pass.h()[l]));
    }
  }

  @Override
  public INDArray values(INDArray x) {
    return forward(x).output();
  }

  @Override
  public INDArray generate(INDArray z) {
    return forward(z).output();
  }

  @Override
  public INDArray accumulateValueGradient(INDArray x, INDArray weightsPerRow) {
    ForwardPass pass = forward(x);
    backward(pass, weightsPerRow, true, null);
    return pass.output();
  }

  @Override
  public INDArray inputGradient(INDArray x, INDArray weightsPerRow) {
    return backward(forward(x), weightsPerRow, false, null);
  }

  @Override
  public Readout readout(INDArray x) {
    ForwardPass pass = forward(x);
    INDArray ones = Nd4j.ones(dataType(), x.rows(), 1);
    return new Readout(pass.output(), backward(pass, ones, false, null));
  }

  @Override
  public double[] activationGradientNorms(INDArray x, INDArray weightsPerRow) {
    double[] norms = new double[spec.depth()];
    backward(forward(x), weightsPerRow, false, norms);
    return norms;
  }

  @Override
  public INDArray accumulateGradient(INDArray z, UnaryOperator<INDArray> upstream) {
    ForwardPass pass = forward(z);
    backward(pass, upstream.apply(pass.output()), true, null);
    return pass.output();
  }

  @Override
  public PenaltyEvaluation accumulateNormPenalty(INDArray x, NormPenalty penalty) {
    if (spec.outputDim() != 1) {
      throw new IllegalStateException("a norm penalty needs a scalar critic");
    }
    return penaltyPass.accumulate(forward(x), penalty);
  }

  @Override
  public String toString() {
    return "Mlp" + Arrays.asList(spec.inputDim(), spec.depth() + "x" + spec.width(),
        spec.outputDim()) + " " + spec.activation().cliName();
  }
}
