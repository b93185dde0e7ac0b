package org.wganlab.train;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.nn.Workspaces;

/**
 * The critic's Wasserstein loss {@code E[D(fake)] - E[D(real)]} over a batch of {@code n} fake rows
 * followed by {@code n} real rows: as weights per row, to differentiate, and as a number.
 */
final class WassersteinLoss {
  private final DataType type;
  private INDArray weights;

  WassersteinLoss(DataType type) {
    this.type = type;
  }

  /**
   * The column {@code +1/n} (fake rows) then {@code -1/n} (real rows). Made once per batch size,
   * outside the step's workspace, since it never changes.
   */
  INDArray weightsPerRow(int n) {
    if (weights == null || weights.rows() != 2 * n) {
      double[] w = new double[2 * n];
      Arrays.fill(w, 0, n, 1.0 / n);
      Arrays.fill(w, n, 2 * n, -1.0 / n);
      weights = Workspaces.outside(() -> Nd4j.create(w, new long[] {2 * n, 1}, type));
    }
    return weights;
  }

  /** The loss of the critic's values {@code d} at the fake rows then the real rows. */
  static double of(double[] d, int n) {
    double loss = 0;
    for (int i = 0; i < n; i++) {
      loss += (d[i] - d[n + i]) / n;
    }
    return loss;
  }
}
