package org.wganlab.data;

/**
 * Where a {@link PointSampler} stands, all a sampler opened afresh with the same seed needs to go on
 * exactly from there.
 *
 * @param rng its random stream
 * @param shuffles for a fixed set served in epochs, how many times it has been shuffled (0 for a
 *     sampler that draws every point afresh)
 * @param cursor for a fixed set, the points of the current epoch already served (else 0)
 */
public record SamplerState(Rng.State rng, long shuffles, int cursor) {
  /** Refuses negative counts. */
  public SamplerState {
    if (rng == null || shuffles < 0 || cursor < 0) {
      throw new IllegalArgumentException("a sampler state needs a stream and counts of at least 0");
    }
  }
}
