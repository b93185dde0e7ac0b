package org.wganlab.nn.conv;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@code max(z, leak z)} with {@code 0 <= leak < 1} (0 is ReLU), the activation of the reference image
 * networks. Being piecewise linear, its slope is a constant of each pass: the penalty's double backprop
 * multiplies by the same slope mask again, with no second-derivative term.
 */
final class LeakyRelu {
  private final double leak;

  LeakyRelu(double leak) {
    if (!(leak >= 0 && leak < 1)) {
      throw new IllegalArgumentException("leak must be in [0, 1), got " + leak);
    }
    this.leak = leak;
  }

  /** The slope at each value: 1 where {@code z > 0}, {@code leak} elsewhere (NaN included). */
  INDArray slopes(INDArray z) {
    return z.gt(0.0).castTo(z.dataType()).muli(1.0 - leak).addi(leak);
  }
}
