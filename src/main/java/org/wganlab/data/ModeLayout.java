package org.wganlab.data;

import java.util.Arrays;

/**
 * The centres and the per-coordinate standard deviation of a Gaussian mixture data set, after scaling:
 * what the mode-coverage metric needs to know about 8 and 25 gaussians.
 *
 * @param centres interleaved centre coordinates {@code x0, y0, x1, y1, ...}
 * @param std standard deviation of each mode along each axis
 */
public record ModeLayout(double[] centres, double std) {

  /** Validates and copies. */
  public ModeLayout {
    if (centres.length == 0 || centres.length % 2 != 0) {
      throw new IllegalArgumentException("centres must hold x,y pairs");
    }
    if (!(std > 0)) {
      throw new IllegalArgumentException("std must be positive");
    }
    centres = centres.clone();
  }

  /** Number of modes. */
  public int modeCount() {
    return centres.length / 2;
  }

  @Override
  public double[] centres() {
    return centres.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModeLayout m && m.std == std && Arrays.equals(m.centres, centres);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(centres) + Double.hashCode(std);
  }

  @Override
  public String toString() {
    return "ModeLayout[" + modeCount() + " modes, std=" + std + "]";
  }
}
