package org.wganlab.nn;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What optimisers and Lipschitz methods need of any trainable network, whatever its architecture:
 * one flat parameter vector, a gradient vector of the same layout that backward passes add into, and
 * views of the weight matrices.
 *
 * <p>A network is owned by one thread (its run's training thread); none of its methods are thread-safe.
 */
public interface Network {

  /** All parameters as one flat row vector; writes through to the network. */
  INDArray parameters();

  /** Accumulated gradient, same layout as {@link #parameters()}; backward passes add into it. */
  INDArray gradient();

  /** Sets the gradient to zero before a new step. */
  default void zeroGradient() {
    gradient().assign(0.0);
  }

  /**
   * Views of the weight matrices (not biases), each {@code fanIn x fanOut}, in layer order; writes go
   * through to {@link #parameters()}. Spectral normalisation works on these.
   */
  List<INDArray> weightMatrices();

  /**
   * Every weight of {@link #weightMatrices()} (not the biases) copied into one array, layer by layer,
   * each matrix row by row. By an ND4J copy, which synchronises with the backend's memory.
   */
  default float[] weightValues() {
    return Nd4j.toFlattened('c', weightMatrices()).toFloatVector();
  }

  /** Where the network's arrays live, and so how they may be read. */
  default NetworkMemory memory() {
    return NetworkMemory.BACKEND;
  }

  /** Floating-point type of parameters and activations. */
  DataType dataType();

  /** Number of layers whose activations {@link Critic#activationGradientNorms} reports. */
  int hiddenLayerCount();
}
