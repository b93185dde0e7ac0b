package org.wganlab.nn.conv;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.Rng;
import org.wganlab.nn.Network;
import org.wganlab.nn.WeightInit;
import org.wganlab.nn.Workspaces;

/**
 * What the image critic and generator share: the spec, one flat parameter vector with its gradient on
 * the backend, the seeded initialisation, and the argument checks of their passes.
 */
abstract class ConvNetwork implements Network {
  private final ImageNetSpec spec;
  private final INDArray params;
  private final INDArray grad;

  ConvNetwork(ImageNetSpec spec, INDArray params) {
    this.spec = spec;
    this.params = params;
    this.grad = Workspaces.outside(() -> Nd4j.create(params.dataType(), 1, params.length()));
  }

  /** The networks' shape. */
  public final ImageNetSpec spec() {
    return spec;
  }

  /** A fresh cursor over the parameter and gradient vectors, for the constructor's views. */
  final FlatLayout layout() {
    return new FlatLayout(params, grad);
  }

  @Override
  public final INDArray parameters() {
    return params;
  }

  @Override
  public final INDArray gradient() {
    return grad;
  }

  @Override
  public final DataType dataType() {
    return params.dataType();
  }

  /** A copy of the parameters as doubles, in the flat layout (for checkpoints and tests). */
  public final double[] parameterValues() {
    return params.toDoubleVector();
  }

  /** Overwrites all parameters (layout as in the subclass's comment). */
  public final void setParameterValues(double[] values) {
    if (values.length != params.length()) {
      throw new IllegalArgumentException("expected " + params.length() + " parameters, got "
          + values.length);
    }
    params.assign(Nd4j.create(values, new long[] {1, values.length}, params.dataType()));
  }

  /**
   * One block of the flat layout as initialisation sees it: {@code count} values drawn uniformly with
   * the bound {@link WeightInit#REFERENCE} gives for {@code fanIn}, or zeros when {@code fanIn} is 0.
   */
  record InitBlock(int count, int fanIn, boolean outputLayer) {
    static InitBlock hidden(int count, int fanIn) {
      return new InitBlock(count, fanIn, false);
    }

    static InitBlock output(int count, int fanIn) {
      return new InitBlock(count, fanIn, true);
    }

    static InitBlock bias(int count) {
      return new InitBlock(count, 0, false);
    }
  }

  /**
   * Initial values of the blocks in order: He-uniform for hidden layers and LeCun-uniform for the
   * last, as the toy networks' reference initialisation, biases zero.
   */
  static double[] initialValues(List<InitBlock> blocks, Rng rng) {
    int total = blocks.stream().mapToInt(InitBlock::count).sum();
    double[] values = new double[total];
    int k = 0;
    for (InitBlock block : blocks) {
      if (block.fanIn() > 0) {
        double bound = WeightInit.REFERENCE.bound(block.fanIn(), 1, block.outputLayer());
        for (int i = 0; i < block.count(); i++) {
          values[k + i] = rng.uniform(-bound, bound);
        }
      }
      k += block.count();
    }
    return values;
  }

  /** {@code values} as the flat parameter row, created outside any step's workspace. */
  static INDArray flatParameters(double[] values, long expected, DataType type) {
    if (values.length != expected) {
      throw new IllegalArgumentException("expected " + expected + " parameters, got "
          + values.length);
    }
    return Workspaces.outside(() -> Nd4j.create(values, new long[] {1, values.length}, type));
  }

  /** Checks that {@code array} is a matrix with {@code columns} columns; returns its row count. */
  static long checkRows(INDArray array, long columns, String what) {
    if (array.rank() != 2 || array.size(1) != columns) {
      throw new IllegalArgumentException(what + " must have " + columns + " columns, got shape "
          + java.util.Arrays.toString(array.shape()));
    }
    return array.size(0);
  }

  /** {@code values} as an {@code n x 1} column of {@code type}. */
  static INDArray column(double[] values, DataType type) {
    return Nd4j.create(values, new long[] {values.length, 1}, type);
  }
}
