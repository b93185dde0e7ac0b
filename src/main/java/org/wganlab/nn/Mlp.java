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
 * Passes write their intermediates into {@link Scratch} blocks the network reuses (see
 * {@link NativeBlock} for why), so only the arrays a method returns are new.
 */
public final class Mlp implements Critic, Generator {
  private final MlpSpec spec;
  private final INDArray params;
  private final INDArray grad;
  private final INDArray[] weights;
  private final NativeBlock gradBlock;
  private final NativeBlock[] weightBlocks;
  private final NativeBlock[] biasBlocks;
  private final NativeBlock[] weightGradBlocks;
  private final NativeBlock[] biasGradBlocks;
  private final Scratch scratch;
  private final PassArrays arrays;
  private final DoubleBackprop penaltyPass;

  private Mlp(MlpSpec spec, INDArray params) {
    this.spec = spec;
    this.params = params;
    this.grad = Nd4j.create(params.dataType(), 1, params.length());
    INDArray[][] parameterViews = layerViews(spec, params);
    INDArray[][] gradientViews = layerViews(spec, grad);
    weights = parameterViews[0];
    gradBlock = NativeBlock.over(grad);
    weightBlocks = NativeBlock.overEach(parameterViews[0]);
    biasBlocks = NativeBlock.overEach(parameterViews[1]);
    weightGradBlocks = NativeBlock.overEach(gradientViews[0]);
    biasGradBlocks = NativeBlock.overEach(gradientViews[1]);
    scratch = new Scratch(params.dataType(), spec.depth() + 1);
    arrays = new PassArrays(params.dataType(), scratch);
    penaltyPass = new DoubleBackprop(spec, weightBlocks, weightGradBlocks, biasGradBlocks, scratch);
  }

  /** Views of each layer's weight matrix ([0]) and bias row ([1]) in a flat vector. */
  private static INDArray[][] layerViews(MlpSpec spec, INDArray flat) {
    int layers = spec.depth() + 1;
    INDArray[][] views = new INDArray[2][layers];
    long offset = 0;
    for (int l = 0; l < layers; l++) {
      long in = spec.fanIn(l);
      long out = spec.fanOut(l);
      views[0][l] = view(flat, offset, in, out);
      offset += in * out;
      views[1][l] = view(flat, offset, 1, out);
      offset += out;
    }
    return views;
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
  public void zeroGradient() {
    // Straight into memory: an ND4J assign would be one more native call with its own bookkeeping.
    gradBlock.fill(gradBlock.capacity(), 0.0);
  }

  @Override
  public List<INDArray> weightMatrices() {
    return List.of(weights);
  }

  /** The weights read straight from the host blocks the passes use (microseconds, no ND4J copy). */
  @Override
  public float[] weightValues() {
    int total = 0;
    for (INDArray w : weights) {
      total += (int) w.length();
    }
    float[] all = new float[total];
    int offset = 0;
    for (INDArray w : weights) {
      float[] values = HostArrays.floats(w);
      System.arraycopy(values, 0, all, offset, values.length);
      offset += values.length;
    }
    return all;
  }

  @Override
  public NetworkMemory memory() {
    return NetworkMemory.HOST;
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

  /** Runs the network on the rows of {@code x}, keeping pre-activations and activations. */
  ForwardPass forward(INDArray x) {
    int depth = spec.depth();
    int n = Math.toIntExact(x.rows());
    NativeBlock[] z = new NativeBlock[depth + 1];
    NativeBlock[] h = new NativeBlock[depth + 1];
    h[0] = arrays.input(x, spec.inputDim());
    for (int l = 0; l <= depth; l++) {
      int in = spec.fanIn(l);
      int out = spec.fanOut(l);
      // z = 1 b + h W: the bias rows first, then one product that adds onto them.
      z[l] = scratch.get(Scratch.Role.Z, l, n * out);
      NativeBlas.broadcastRows(biasBlocks[l], n, out, z[l], scratch.ones(n));
      NativeBlas.gemm(h[l], false, weightBlocks[l], false, z[l], n, out, in, 1.0, 1.0);
      if (l < depth) {
        h[l + 1] = scratch.get(Scratch.Role.H, l + 1, n * out);
        spec.activation().apply(z[l], h[l + 1], n * out);
      }
    }
    return new ForwardPass(z, h, n);
  }

  /**
   * Backpropagates {@code dOut = dL/dy} through a pass; adds dL/d(theta) to the gradient when
   * {@code accumulate}; writes ||dL/dh_l|| of the hidden layers into {@code layerNorms} when not null.
   * Returns dL/dx, a block of scratch memory.
   */
  private NativeBlock backward(ForwardPass pass, NativeBlock dOut, boolean accumulate,
      double[] layerNorms) {
    int n = pass.rows();
    NativeBlock dz = dOut;
    for (int l = spec.depth(); ; l--) {
      int in = spec.fanIn(l);
      int out = spec.fanOut(l);
      if (accumulate) {
        NativeBlas.gemm(pass.h()[l], true, dz, false, weightGradBlocks[l], in, out, n, 1.0, 1.0);
        NativeBlas.addColumnSums(dz, n, out, biasGradBlocks[l], scratch.ones(n));
      }
      // Alternate the two buffers so that dh never overwrites the dz it is computed from.
      NativeBlock dh = scratch.get(Scratch.Role.SWAP, l % 2, n * in);
      NativeBlas.gemm(dz, false, weightBlocks[l], true, dh, n, in, out, 1.0, 0.0);
      if (l == 0) {
        return dh;
      }
      if (layerNorms != null) {
        layerNorms[l - 1] = Math.sqrt(dh.sumOfSquares(n * in));
      }
      spec.activation().multiplyBySlopes(dh, pass.z()[l - 1], pass.h()[l], n * in);
      dz = dh;
    }
  }

  @Override
  public INDArray values(INDArray x) {
    ForwardPass pass = forward(x);
    return arrays.output(pass.output(), pass.rows(), spec.outputDim());
  }

  @Override
  public INDArray generate(INDArray z) {
    return values(z);
  }

  @Override
  public INDArray accumulateValueGradient(INDArray x, INDArray weightsPerRow) {
    ForwardPass pass = forward(x);
    backward(pass, arrays.seed(weightsPerRow, pass.rows(), spec.outputDim()), true, null);
    return arrays.output(pass.output(), pass.rows(), spec.outputDim());
  }

  @Override
  public INDArray inputGradient(INDArray x, INDArray weightsPerRow) {
    ForwardPass pass = forward(x);
    NativeBlock dx = backward(pass, arrays.seed(weightsPerRow, pass.rows(), spec.outputDim()), false, null);
    return arrays.output(dx, pass.rows(), spec.inputDim());
  }

  @Override
  public Readout readout(INDArray x) {
    ForwardPass pass = forward(x);
    INDArray values = arrays.output(pass.output(), pass.rows(), spec.outputDim());
    NativeBlock dx = backward(pass, scratch.ones(pass.rows()), false, null);
    return new Readout(values, arrays.output(dx, pass.rows(), spec.inputDim()));
  }

  @Override
  public double[] activationGradientNorms(INDArray x, INDArray weightsPerRow) {
    double[] norms = new double[spec.depth()];
    ForwardPass pass = forward(x);
    backward(pass, arrays.seed(weightsPerRow, pass.rows(), spec.outputDim()), false, norms);
    return norms;
  }

  @Override
  public INDArray accumulateGradient(INDArray z, UnaryOperator<INDArray> upstream) {
    ForwardPass pass = forward(z);
    INDArray out = arrays.output(pass.output(), pass.rows(), spec.outputDim());
    // The upstream function runs the critic, another network with scratch memory of its own.
    INDArray dOut = upstream.apply(out);
    backward(pass, arrays.seed(dOut, pass.rows(), spec.outputDim()), true, null);
    return out;
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
