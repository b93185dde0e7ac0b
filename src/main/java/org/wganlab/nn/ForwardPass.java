package org.wganlab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a forward pass of an {@link Mlp} keeps for the backward passes: pre-activations {@code z[l]} of
 * every linear layer, the inputs {@code h[l]} of every linear layer ({@code h[0]} is the input), and a
 * column of ones as long as the batch (bias terms are rank-one products with it).
 */
record ForwardPass(INDArray[] z, INDArray[] h, INDArray ones) {

  /** The network output, the last pre-activation (the output layer is linear). */
  INDArray output() {
    return z[z.length - 1];
  }
}
