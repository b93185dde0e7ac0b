package org.wganlab.nn;

/**
 * Shape of a multilayer perceptron: {@code inputDim -> depth x width -> outputDim}.
 *
 * @param inputDim size of each input row
 * @param outputDim size of each output row (1 for a critic)
 * @param depth number of hidden layers, 1 to 12 (12 is the WGAN-GP paper's deep swiss-roll experiment)
 * @param width units per hidden layer
 * @param activation hidden-layer activation; the output layer is linear
 * @param init weight initialisation
 */
public record MlpSpec(int inputDim, int outputDim, int depth, int width, Activation activation,
    WeightInit init) {

  /** Largest supported depth. */
  public static final int MAX_DEPTH = 12;
  /** Largest supported width. */
  public static final int MAX_WIDTH = 4096;

  /** Validates. */
  public MlpSpec {
    if (inputDim < 1 || outputDim < 1) {
      throw new IllegalArgumentException("input and output sizes must be positive");
    }
    if (depth < 1 || depth > MAX_DEPTH) {
      throw new IllegalArgumentException("depth must be in [1, " + MAX_DEPTH + "], got " + depth);
    }
    if (width < 1 || width > MAX_WIDTH) {
      throw new IllegalArgumentException("width must be in [1, " + MAX_WIDTH + "], got " + width);
    }
    if (activation == null || init == null) {
      throw new IllegalArgumentException("activation and init are required");
    }
  }

  /** Fan-in of linear layer {@code l} (0-based; layer {@code depth} is the output layer). */
  public int fanIn(int l) {
    return l == 0 ? inputDim : width;
  }

  /** Fan-out of linear layer {@code l}. */
  public int fanOut(int l) {
    return l == depth ? outputDim : width;
  }

  /** Total number of parameters (weights and biases of all depth + 1 linear layers). */
  public long parameterCount() {
    long count = 0;
    for (int l = 0; l <= depth; l++) {
      count += (long) fanIn(l) * fanOut(l) + fanOut(l);
    }
    return count;
  }
}
