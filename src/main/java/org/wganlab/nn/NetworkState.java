package org.wganlab.nn;

import org.nd4j.linalg.factory.Nd4j;

/**
 * A trained network's state: its parameters and its optimiser's moments and step count, as plain
 * arrays for a file. The piece every saved run needs, whatever else it keeps.
 *
 * @param parameters the network's flat parameter vector
 * @param optimizer the optimiser's state ({@link Optimizer#stateValues()})
 * @param optimizerSteps the optimiser's step count
 */
public record NetworkState(float[] parameters, float[] optimizer, int optimizerSteps) {

  /** Refuses a negative step count. */
  public NetworkState {
    if (parameters == null || optimizer == null || optimizerSteps < 0) {
      throw new IllegalArgumentException("a network state needs its arrays and a step count >= 0");
    }
  }

  /** Copies {@code network}'s parameters and {@code optimizer}'s state now. */
  public static NetworkState of(Network network, Optimizer optimizer) {
    return new NetworkState(network.parameters().toFloatVector(), optimizer.stateValues(),
        optimizer.steps());
  }

  /**
   * Puts this state into {@code network} and {@code updater} (of the same shape and kind).
   *
   * @throws IllegalArgumentException when the sizes do not fit, naming {@code what}
   */
  public void restoreInto(Network network, Optimizer updater, String what) {
    long size = network.parameters().length();
    if (parameters.length != size) {
      throw new IllegalArgumentException("the saved " + what + " has " + parameters.length
          + " parameters, this one " + size);
    }
    try {
      updater.restore(optimizer, optimizerSteps);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the saved " + what + "'s " + e.getMessage(), e);
    }
    network.parameters().assign(Nd4j.create(parameters, new long[] {1, parameters.length}, 'c'));
  }
}
