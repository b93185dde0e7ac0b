package org.wganlab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A generator G: noise -> sample, trained through the critic's input gradient.
 */
public interface Generator extends Network {

  /** Size of each noise row. */
  int noiseDim();

  /** Size of each generated row. */
  int outputDim();

  /** G(z) without keeping anything for a backward pass. */
  INDArray generate(INDArray z);

  /**
   * Runs G on {@code z}, asks {@code upstream} for dL/dG(z) (given G(z)), and adds dL/d(theta) to the
   * gradient. Returns G(z).
   */
  INDArray accumulateGradient(INDArray z, java.util.function.UnaryOperator<INDArray> upstream);
}
