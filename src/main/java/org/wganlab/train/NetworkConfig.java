package org.wganlab.train;

import org.wganlab.nn.Activation;
import org.wganlab.nn.MlpSpec;
import org.wganlab.nn.WeightInit;

/**
 * Shape of a critic or generator MLP, without its input and output sizes.
 *
 * @param depth hidden layers, 1 to 12
 * @param width units per hidden layer
 * @param activation hidden activation
 * @param init weight initialisation
 */
public record NetworkConfig(int depth, int width, Activation activation, WeightInit init) {

  /** The reference toy networks: 3 x 512 ReLU. */
  public static final NetworkConfig REFERENCE =
      new NetworkConfig(3, 512, Activation.RELU, WeightInit.REFERENCE);

  /** Validates (through {@link MlpSpec}'s rules). */
  public NetworkConfig {
    spec(depth, width, activation, init, 1, 1);
  }

  /** The full MLP shape for the given input and output sizes. */
  public MlpSpec toSpec(int inputDim, int outputDim) {
    return spec(depth, width, activation, init, inputDim, outputDim);
  }

  private static MlpSpec spec(int depth, int width, Activation activation, WeightInit init, int in,
      int out) {
    return new MlpSpec(in, out, depth, width, activation, init);
  }

  /** The same shape with another depth. */
  public NetworkConfig withDepth(int newDepth) {
    return new NetworkConfig(newDepth, width, activation, init);
  }

  /** The same shape with another width. */
  public NetworkConfig withWidth(int newWidth) {
    return new NetworkConfig(depth, newWidth, activation, init);
  }

  /** The same shape with another activation. */
  public NetworkConfig withActivation(Activation newActivation) {
    return new NetworkConfig(depth, width, newActivation, init);
  }
}
