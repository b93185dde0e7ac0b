package org.wganlab.image;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.wganlab.data.Rng;
import org.wganlab.data.image.ImageSet;
import org.wganlab.metrics.Quantiles;
import org.wganlab.nn.Critic;
import org.wganlab.nn.Generator;
import org.wganlab.nn.Workspaces;

/**
 * The fixed yardsticks every run of an experiment is measured with: held-out test images on the
 * backend, fixed generator noise, and fixed interpolation weights, all drawn once from the seed. The
 * Wasserstein estimate and the gradient-norm percentiles of every logged row are read against these,
 * so rows of different runs, and of a resumed run, compare like with like.
 */
public final class ImageMeasurements {
  private final INDArray heldOut;
  private final INDArray noise;
  private final INDArray mixing;
  private final int chunk;

  /**
   * Yardsticks from {@code test}: its first {@code heldOutCount} images, {@code noiseCount} noise rows
   * (at least as many as held-out images), evaluated in chunks of the experiment's batch.
   */
  public ImageMeasurements(ImageExperiment experiment, ImageSet test, int heldOutCount,
      int noiseCount) {
    int count = Math.min(heldOutCount, test.count());
    if (count < 1) {
      throw new IllegalArgumentException("the test split has no images");
    }
    this.chunk = experiment.batch();
    Rng rng = StepRandom.at(experiment.seed(), StepRandom.Stream.MEASUREMENT, 0);
    DataType type = DataType.FLOAT;
    this.heldOut = Workspaces.outside(() -> ImageBatches.toBackend(test.slice(0, count), type));
    int noiseRows = Math.max(noiseCount, count);
    this.noise = Workspaces.outside(() -> gaussian(rng, noiseRows, experiment.noiseDim(), type));
    // The norms are read at interpolates of the first chunk: one weight per image of it.
    double[] eps = new double[Math.min(chunk, count)];
    for (int i = 0; i < eps.length; i++) {
      eps[i] = rng.uniform();
    }
    this.mixing = Workspaces.outside(() -> Nd4j.create(eps, new long[] {eps.length, 1}, type));
  }

  /**
   * Row {@code row} of {@code experiment}'s fixed noise, as the constructor draws it (row after row
   * from the measurement stream), without drawing the rows before it into an array: the latent walk
   * starts at a grid cell's noise.
   */
  public static double[] fixedNoiseRow(ImageExperiment experiment, int row) {
    int d = experiment.noiseDim();
    Rng rng = StepRandom.at(experiment.seed(), StepRandom.Stream.MEASUREMENT, 0);
    for (long skip = (long) row * d; skip > 0; skip--) {
      rng.gaussian();
    }
    return normals(rng, d);
  }

  /** {@code d} standard normal values from {@code rng}. */
  static double[] normals(Rng rng, int d) {
    double[] z = new double[d];
    for (int i = 0; i < d; i++) {
      z[i] = rng.gaussian();
    }
    return z;
  }

  /** {@code n x d} standard normal values from {@code rng}. */
  static INDArray gaussian(Rng rng, int n, int d, DataType type) {
    double[] values = new double[n * d];
    for (int i = 0; i < values.length; i++) {
      values[i] = rng.gaussian();
    }
    return Nd4j.create(values, new long[] {n, d}, type);
  }

  /** Rows {@code from .. from + n - 1} of the fixed noise (a view). */
  public INDArray fixedNoise(int from, int n) {
    if (from + n > noise.rows()) {
      throw new IllegalArgumentException("only " + noise.rows() + " fixed noise rows");
    }
    return noise.get(NDArrayIndex.interval(from, from + n), NDArrayIndex.all());
  }

  /**
   * A critic's reading against the yardsticks.
   *
   * @param wassersteinEstimate mean D over the held-out images minus mean D over as many generated
   * @param gradNormMedian median ||grad_x D|| at interpolates of the first batch of held-out and
   *     generated images
   * @param gradNormP90 90th percentile of those norms
   */
  public record CriticReading(double wassersteinEstimate, double gradNormMedian, double gradNormP90) {
  }

  /** Reads {@code critic} against the held-out images and {@code generator}'s images. */
  public CriticReading read(Critic critic, Generator generator) {
    long count = heldOut.rows();
    double realSum = 0;
    double fakeSum = 0;
    double[] norms = null;
    for (long from = 0; from < count; from += chunk) {
      long n = Math.min(chunk, count - from);
      INDArray real = heldOut.get(NDArrayIndex.interval(from, from + n), NDArrayIndex.all());
      INDArray fake = generator.generate(fixedNoise((int) from, (int) n));
      realSum += critic.values(real).sumNumber().doubleValue();
      fakeSum += critic.values(fake).sumNumber().doubleValue();
      if (from == 0) {
        norms = gradientNormsBetween(critic, real, fake, mixing);
      }
    }
    Arrays.sort(norms);
    return new CriticReading((realSum - fakeSum) / count, Quantiles.quantile(norms, 0.5),
        Quantiles.quantile(norms, 0.9));
  }

  /**
   * ||grad_x D|| at {@code eps_i real_i + (1 - eps_i) fake_i}, one per row, with the weights
   * {@code mixing} (n x 1) fixed by the caller so that successive readings are taken at comparable
   * points.
   */
  public static double[] gradientNormsBetween(Critic critic, INDArray real, INDArray fake,
      INDArray mixing) {
    INDArray points = real.sub(fake).muliColumnVector(mixing).addi(fake);
    return critic.readout(points).inputGradients().norm2(1).toDoubleVector();
  }
}
