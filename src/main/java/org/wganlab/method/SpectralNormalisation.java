package org.wganlab.method;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.nn.Critic;
import org.wganlab.nn.Workspaces;

/**
 * Spectral normalisation in projection form: after every critic step each weight matrix is divided by
 * its largest singular value, estimated by power iteration with vectors kept from step to step (so one
 * iteration per step suffices once warm). Every layer is then 1-Lipschitz and so is the critic, for
 * 1-Lipschitz activations. Unlike the reparameterised form of Miyato et al., the gradient does not flow
 * through sigma(W); the constraint is applied "before the fact" of the next step rather than clipped
 * element by element.
 */
final class SpectralNormalisation extends WeightConstraint {
  private final int powerIterations;
  /** Left singular vector estimates, one column per weight matrix, created on first use. */
  private final List<INDArray> leftVectors = new ArrayList<>();
  /** Vectors of a saved run, taken up at the first step (when the matrices' shapes are known). */
  private float[] saved = new float[0];

  SpectralNormalisation(MethodConfig.SpectralNorm config) {
    super(config);
    this.powerIterations = config.powerIterations();
  }

  @Override
  public void afterCriticStep(Critic critic) {
    List<INDArray> matrices = critic.weightMatrices();
    if (leftVectors.isEmpty()) {
      Workspaces.outside(() -> {
        for (INDArray w : matrices) {
          // A fixed non-degenerate start: the all-ones direction.
          INDArray u = Nd4j.ones(w.dataType(), w.rows(), 1);
          leftVectors.add(u.divi(u.norm2Number()));
        }
        takeUpSaved();
        return null;
      });
    }
    for (int i = 0; i < matrices.size(); i++) {
      INDArray w = matrices.get(i);
      INDArray u = leftVectors.get(i);
      INDArray v = null;
      for (int k = 0; k < powerIterations; k++) {
        v = Nd4j.gemm(w, u, true, false);
        v.divi(v.norm2Number().doubleValue() + 1e-12);
        INDArray wv = w.mmul(v);
        u.assign(wv.divi(wv.norm2Number().doubleValue() + 1e-12));
      }
      double sigma = u.transpose().mmul(w.mmul(v)).getDouble(0);
      if (sigma > 1e-12) {
        w.divi(sigma);
      }
    }
  }

  /** The power iteration's vectors, one after the other (empty before the first step). */
  @Override
  public float[] state() {
    int total = leftVectors.stream().mapToInt(u -> (int) u.length()).sum();
    float[] all = new float[total];
    int at = 0;
    for (INDArray u : leftVectors) {
      float[] values = u.toFloatVector();
      System.arraycopy(values, 0, all, at, values.length);
      at += values.length;
    }
    return all;
  }

  @Override
  public void restore(float[] state) {
    if (!leftVectors.isEmpty()) {
      throw new IllegalStateException("spectral normalisation restores only before its first step");
    }
    saved = state.clone();
  }

  private void takeUpSaved() {
    if (saved.length == 0) {
      return;
    }
    int total = leftVectors.stream().mapToInt(u -> (int) u.length()).sum();
    if (saved.length != total) {
      throw new IllegalArgumentException("saved spectral-norm vectors hold " + saved.length
          + " values, this critic's " + total);
    }
    int at = 0;
    for (INDArray u : leftVectors) {
      int n = (int) u.length();
      u.assign(Nd4j.create(java.util.Arrays.copyOfRange(saved, at, at + n), new long[] {n, 1}, 'c'));
      at += n;
    }
    saved = new float[0];
  }
}
