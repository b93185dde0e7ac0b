package org.wganlab.image;

import org.wganlab.data.Rng;

/**
 * Counter-based random streams: the numbers a run draws for step {@code t} of stream {@code s} come
 * from a generator seeded with a hash of (seed, s, t), not from a generator carried along. So the
 * state of a run at any iteration follows from its counters alone, a checkpoint needs to store no
 * random state, and a resumed run draws exactly what an uninterrupted one would have drawn.
 */
final class StepRandom {
  /** What a stream is for; each purpose has its own independent sequence. */
  enum Stream {
    /** The order of the training images in each epoch. */
    DATA_ORDER,
    /** The generator's noise for critic steps. */
    CRITIC_NOISE,
    /** The penalty's sample points (interpolation weights, pairings). */
    PENALTY,
    /** The generator's noise for generator steps. */
    GENERATOR_NOISE,
    /** Fixed noise and held-out images for measurements. */
    MEASUREMENT,
    /** The random ends of latent walks (views only; no run draws from it). */
    WALK
  }

  private StepRandom() {
  }

  /** The stream of {@code purpose} at {@code step} for runs seeded with {@code seed}. */
  static Rng at(long seed, Stream purpose, long step) {
    return new Rng(mix(mix(seed) ^ mix(purpose.ordinal() + 0x632BE59BD9B4E019L) ^ step));
  }

  /** The SplitMix64 finaliser: nearby inputs give unrelated outputs. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
