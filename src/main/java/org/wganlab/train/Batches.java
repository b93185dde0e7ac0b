package org.wganlab.train;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.PointSampler;
import org.wganlab.data.Rng;
import org.wganlab.nn.Generator;
import org.wganlab.nn.HostArrays;

/**
 * Real and fake batches for one purpose (training or measuring), each purpose with its own random
 * streams so that measuring a run never changes how it trains.
 *
 * <p>Fake points come from the generator in GAN mode, or from P_r + N(0, sigma^2 I) with an
 * independent real stream in fixed-generator mode.
 */
final class Batches {
  private final PointSampler real;
  private final PointSampler fixedBase;
  private Rng noise;
  private final Generator generator;
  private final double sigma;
  private final DataType dataType;

  Batches(PointSampler real, PointSampler fixedBase, Rng noise, Generator generator, double sigma,
      DataType dataType) {
    this.real = real;
    this.fixedBase = fixedBase;
    this.noise = noise;
    this.generator = generator;
    this.sigma = sigma;
    this.dataType = dataType;
  }

  /** Where the streams stand now. */
  RunState.BatchStreams state() {
    return new RunState.BatchStreams(real.state(), fixedBase.state(), noise.state());
  }

  /** Moves freshly opened streams of the same seeds to {@code state}. */
  void restore(RunState.BatchStreams state) {
    real.restore(state.real());
    fixedBase.restore(state.fixedBase());
    noise = new Rng(state.noise());
  }

  /** {@code n} real points, interleaved. */
  double[] realPoints(int n) {
    return real.sample(n);
  }

  /** {@code n x 2} real batch. */
  INDArray realBatch(int n) {
    return matrix(realPoints(n), n);
  }

  /** {@code n x 2} standard normal noise for the generator. */
  INDArray noiseBatch(int n) {
    double[] z = new double[2 * n];
    for (int i = 0; i < z.length; i++) {
      z[i] = noise.gaussian();
    }
    return matrix(z, n);
  }

  /** {@code n x 2} fake batch. */
  INDArray fakeBatch(int n) {
    if (generator != null) {
      return generator.generate(noiseBatch(n));
    }
    return matrix(fixedFake(n), n);
  }

  /** {@code n} fake points, interleaved. */
  double[] fakePoints(int n) {
    if (generator != null) {
      return HostArrays.doubles(generator.generate(noiseBatch(n)));
    }
    return fixedFake(n);
  }

  private double[] fixedFake(int n) {
    double[] xy = fixedBase.sample(n);
    for (int i = 0; i < xy.length; i++) {
      xy[i] += sigma * noise.gaussian();
    }
    return xy;
  }

  INDArray matrix(double[] xy, int n) {
    return Nd4j.create(xy, new long[] {n, 2}, dataType);
  }
}
