package org.wganlab.metrics;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.nn.Critic;
import org.wganlab.nn.HostArrays;

/**
 * Reads a 2-D critic out into plain arrays: its value surface and gradient-norm field on a grid, its
 * input gradients at given points, and its Wasserstein estimate. Large inputs go through in chunks so
 * that memory stays bounded whatever the grid size. Call it from the thread that owns the critic.
 */
public final class CriticProbe {
  /** Rows per forward pass: large enough for BLAS to be efficient, small enough to stay in cache. */
  static final int CHUNK = 4096;

  private CriticProbe() {
  }

  /** D and ||grad_x D|| over {@code grid}. */
  public static Surface surface(Critic critic, GridSpec grid) {
    double[] points = grid.points();
    int n = grid.size();
    float[] values = new float[n];
    float[] norms = new float[n];
    readInChunks(critic, points, values, norms, null);
    return new Surface(grid, values, norms);
  }

  /**
   * D and grad_x D at each of the interleaved 2-D {@code points}, from one forward and one backward
   * pass per chunk.
   *
   * @param values D(x) per point
   * @param gradients grad_x D per point, interleaved like the points
   */
  public record Reading(float[] values, double[] gradients) {

    /** Mean of D over the points. */
    public double meanValue() {
      double sum = 0;
      for (float v : values) {
        sum += v;
      }
      return sum / values.length;
    }

    /** ||grad_x D|| per point. */
    public double[] gradientNorms() {
      double[] norms = new double[values.length];
      for (int i = 0; i < norms.length; i++) {
        norms[i] = Math.hypot(gradients[2 * i], gradients[2 * i + 1]);
      }
      return norms;
    }
  }

  /** D and grad_x D at each of the interleaved 2-D {@code points}. */
  public static Reading read(Critic critic, double[] points) {
    float[] values = new float[points.length / 2];
    double[] gradients = new double[points.length];
    readInChunks(critic, points, values, null, gradients);
    return new Reading(values, gradients);
  }

  /** Mean D over {@code points} (interleaved 2-D). */
  public static double meanValue(Critic critic, double[] points) {
    float[] values = new float[points.length / 2];
    readInChunks(critic, points, values, null, null);
    double sum = 0;
    for (float v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** The Wasserstein estimate E_real[D] - E_fake[D]. */
  public static double wassersteinEstimate(Critic critic, double[] real, double[] fake) {
    return meanValue(critic, real) - meanValue(critic, fake);
  }

  private static void readInChunks(Critic critic, double[] points, float[] values, float[] norms,
      double[] gradients) {
    int n = points.length / 2;
    for (int start = 0; start < n; start += CHUNK) {
      int rows = Math.min(CHUNK, n - start);
      double[] chunk = new double[2 * rows];
      System.arraycopy(points, 2 * start, chunk, 0, 2 * rows);
      INDArray x = Nd4j.create(chunk, new long[] {rows, 2}, critic.dataType());
      if (norms == null && gradients == null) {
        float[] v = HostArrays.floats(critic.values(x));
        System.arraycopy(v, 0, values, start, rows);
        continue;
      }
      Critic.Readout readout = critic.readout(x);
      if (values != null) {
        System.arraycopy(HostArrays.floats(readout.values()), 0, values, start, rows);
      }
      double[] g = HostArrays.doubles(readout.inputGradients());
      for (int i = 0; i < rows; i++) {
        if (norms != null) {
          norms[start + i] = (float) Math.hypot(g[2 * i], g[2 * i + 1]);
        }
        if (gradients != null) {
          gradients[2 * (start + i)] = g[2 * i];
          gradients[2 * (start + i) + 1] = g[2 * i + 1];
        }
      }
    }
  }
}
