package org.wganlab.nn;

/**
 * What a forward pass of an {@link Mlp} keeps for the backward passes: pre-activations {@code z[l]} of
 * every linear layer and the inputs {@code h[l]} of every linear layer ({@code h[0]} is the input), each
 * a {@code rows x width} block of the network's scratch memory. The next pass overwrites them.
 */
record ForwardPass(NativeBlock[] z, NativeBlock[] h, int rows) {
  /** The network output, the last pre-activation (the output layer is linear). */
  NativeBlock output() {
    return z[z.length - 1];
  }
}
