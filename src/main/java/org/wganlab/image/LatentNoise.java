package org.wganlab.image;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.train.LatentWalk;

/**
 * The noise of a {@link LatentWalk}: each end is a row of the experiment's fixed noise (the noise of
 * the sample grid's cell, {@link ImageMeasurements#fixedNoiseRow}) or a vector of the walk's
 * own stream, and the points between the ends follow the great circle (slerp). Nothing here draws
 * from a stream a run trains with.
 */
public final class LatentNoise {
  private LatentNoise() {
  }

  /** The noise vector of {@code end} in {@code experiment}. */
  public static double[] of(ImageExperiment experiment, LatentWalk.End end) {
    int d = experiment.noiseDim();
    if (end instanceof LatentWalk.Random random) {
      return ImageMeasurements.normals(
          StepRandom.at(experiment.seed(), StepRandom.Stream.WALK, random.seed()), d);
    }
    int index = ((LatentWalk.Cell) end).index();
    if (index >= ImageRunFolder.GRID_IMAGES) {
      throw new IllegalArgumentException("grid cell " + (index + 1) + " of a grid of "
          + ImageRunFolder.GRID_IMAGES);
    }
    return ImageMeasurements.fixedNoiseRow(experiment, index);
  }

  /**
   * The point at {@code t} on the great circle from {@code a} to {@code b}. Slerp rather than a
   * straight line: two independent Gaussian vectors of dimension d are
   * nearly orthogonal, so the straight line's midpoint has about 0.71 of their norm, far inside the
   * shell of radius sqrt(d) where almost all of the noise a generator trained on lies; its pictures
   * would show the generator off its training distribution, not what it learnt. At t = 0 and t = 1
   * the result is exactly {@code a} and {@code b}.
   */
  public static double[] slerp(double[] a, double[] b, double t) {
    double na = norm(a);
    double nb = norm(b);
    double cos = na == 0 || nb == 0 ? 1 : dot(a, b) / (na * nb);
    double theta = Math.acos(Math.max(-1, Math.min(1, cos)));
    double sin = Math.sin(theta);
    double[] out = new double[a.length];
    if (sin < 1e-9) {
      // (Anti)parallel ends: the circle is not defined, the straight line is as good.
      for (int i = 0; i < a.length; i++) {
        out[i] = (1 - t) * a[i] + t * b[i];
      }
      return out;
    }
    double wa = Math.sin((1 - t) * theta) / sin;
    double wb = Math.sin(t * theta) / sin;
    for (int i = 0; i < a.length; i++) {
      out[i] = wa * a[i] + wb * b[i];
    }
    return out;
  }

  /**
   * The rows a walk draws: its {@link LatentWalk#STEPS} strip points from A to B, then the point at
   * its position; (STEPS + 1) x noise size, row-major, as float (the networks' type).
   */
  public static float[] rows(ImageExperiment experiment, LatentWalk walk) {
    double[] a = of(experiment, walk.from());
    double[] b = of(experiment, walk.to());
    int d = a.length;
    float[] rows = new float[(LatentWalk.STEPS + 1) * d];
    for (int s = 0; s <= LatentWalk.STEPS; s++) {
      double t = s < LatentWalk.STEPS ? LatentWalk.stepPosition(s) : walk.position();
      double[] z = slerp(a, b, t);
      for (int i = 0; i < d; i++) {
        rows[s * d + i] = (float) z[i];
      }
    }
    return rows;
  }

  /** {@code rows} (n x the experiment's noise size, row-major) on the backend. */
  static INDArray onBackend(float[] rows, ImageExperiment experiment) {
    int d = experiment.noiseDim();
    return Nd4j.create(rows, new long[] {rows.length / d, d}, 'c').castTo(DataType.FLOAT);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }
}
