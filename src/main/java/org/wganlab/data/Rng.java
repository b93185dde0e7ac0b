package org.wganlab.data;

import java.util.SplittableRandom;

/**
 * The one seeded random source of the project: uniform and Gaussian draws whose sequence depends only
 * on the seed, the same on every JDK. The generator is SplitMix64 (Steele, Lea and Flood, 2014), the
 * algorithm of the JDK's {@code SplittableRandom}, written out here so that its two words of state can
 * be saved and restored ({@link #state()}): a trained state reopened later draws exactly what the
 * uninterrupted run would have drawn. Its draws equal {@code SplittableRandom}'s for the same seed
 * (a test checks it). Gaussians use Box-Muller, both values of each pair used.
 *
 * <p>Not thread-safe. A run owns its own instances; {@link #split()} derives independent streams so that
 * data, initialisation and penalty sampling do not disturb each other's sequences.
 */
public final class Rng {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  private static final double DOUBLE_UNIT = 0x1.0p-53;

  /**
   * Everything that decides a stream's future draws.
   *
   * @param seed the SplitMix64 counter
   * @param gamma its odd increment
   * @param hasSpare whether the second Gaussian of a Box-Muller pair is waiting
   * @param spare that Gaussian (0 when none waits)
   */
  public record State(long seed, long gamma, boolean hasSpare, double spare) {
    /** Refuses an even increment, which no stream has. */
    public State {
      if ((gamma & 1) == 0) {
        throw new IllegalArgumentException("a random stream's increment is odd, not " + gamma);
      }
    }
  }

  private long seed;
  private final long gamma;
  private double spareGaussian;
  private boolean hasSpare;

  /** A stream fully determined by {@code seed}. */
  public Rng(long seed) {
    this(seed, GOLDEN_GAMMA);
  }

  private Rng(long seed, long gamma) {
    this.seed = seed;
    this.gamma = gamma;
  }

  /** A stream that goes on exactly where the one whose {@link #state()} this is stood. */
  public Rng(State state) {
    this(state.seed(), state.gamma());
    hasSpare = state.hasSpare();
    spareGaussian = state.spare();
  }

  /** The stream's state now. */
  public State state() {
    return new State(seed, gamma, hasSpare, hasSpare ? spareGaussian : 0);
  }

  /** An independent stream derived from this one (advances this stream by two steps). */
  public Rng split() {
    return new Rng(nextLong(), mixGamma(nextSeed()));
  }

  private long nextSeed() {
    return seed += gamma;
  }

  private long nextLong() {
    return mix64(nextSeed());
  }

  private int nextInt() {
    return mix32(nextSeed());
  }

  /** Uniform in [0, 1). */
  public double uniform() {
    return (nextLong() >>> 11) * DOUBLE_UNIT;
  }

  /** Uniform in [low, high). */
  public double uniform(double low, double high) {
    return low + (high - low) * uniform();
  }

  /** Uniform integer in [0, bound), without bias: over-represented candidates are drawn again. */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + bound);
    }
    int m = bound - 1;
    int r = nextInt();
    if ((bound & m) == 0) {
      return r & m;
    }
    for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = nextInt() >>> 1) {
      // Rejected: u fell in the incomplete last block of bound values.
    }
    return r;
  }

  /** Standard normal draw (Box-Muller, both values of each pair used). */
  public double gaussian() {
    if (hasSpare) {
      hasSpare = false;
      return spareGaussian;
    }
    double u1;
    do {
      u1 = uniform();
    } while (u1 <= 0.0);
    double u2 = uniform();
    double radius = Math.sqrt(-2.0 * Math.log(u1));
    double angle = 2.0 * Math.PI * u2;
    spareGaussian = radius * Math.sin(angle);
    hasSpare = true;
    return radius * Math.cos(angle);
  }

  /** Stafford's variant 13 of the 64-bit finaliser. */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** The high 32 bits of Stafford's variant 4. */
  private static int mix32(long z) {
    z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
    return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
  }

  /** An odd increment for a split stream, with enough bit transitions (MurmurHash3's finaliser). */
  private static long mixGamma(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    z = (z ^ (z >>> 33)) | 1L;
    int transitions = Long.bitCount(z ^ (z >>> 1));
    return transitions < 24 ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
  }
}
