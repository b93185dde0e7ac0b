package org.wganlab.data;

import java.util.SplittableRandom;

/**
 * The one seeded random source of the project: uniform and Gaussian draws whose sequence depends only
 * on the seed, the same on every JDK (Gaussians use Box-Muller on {@link SplittableRandom}, whose
 * algorithm is fixed by its specification, rather than the JDK's unspecified ziggurat).
 *
 * <p>Not thread-safe. A run owns its own instances; {@link #split()} derives independent streams so that
 * data, initialisation and penalty sampling do not disturb each other's sequences.
 */
public final class Rng {
  private final SplittableRandom random;
  private double spareGaussian;
  private boolean hasSpare;

  /** A stream fully determined by {@code seed}. */
  public Rng(long seed) {
    this(new SplittableRandom(seed));
  }

  private Rng(SplittableRandom random) {
    this.random = random;
  }

  /** An independent stream derived from this one (advances this stream by one step). */
  public Rng split() {
    return new Rng(random.split());
  }

  /** Uniform in [0, 1). */
  public double uniform() {
    return random.nextDouble();
  }

  /** Uniform in [low, high). */
  public double uniform(double low, double high) {
    return low + (high - low) * random.nextDouble();
  }

  /** Uniform integer in [0, bound). */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Standard normal draw (Box-Muller, both values of each pair used). */
  public double gaussian() {
    if (hasSpare) {
      hasSpare = false;
      return spareGaussian;
    }
    double u1;
    do {
      u1 = random.nextDouble();
    } while (u1 <= 0.0);
    double u2 = random.nextDouble();
    double radius = Math.sqrt(-2.0 * Math.log(u1));
    double angle = 2.0 * Math.PI * u2;
    spareGaussian = radius * Math.sin(angle);
    hasSpare = true;
    return radius * Math.cos(angle);
  }
}
