package org.wganlab.metrics;

/**
 * A critic's weights in a few numbers: how many, how spread, how large, and what share of them sits
 * at an edge (|w| within 5 % of it). Under weight clipping the edge is the clipping bound
 * c and that share is the pile-up at +-c the WGAN-GP paper shows in its Figure 1c; without a bound
 * the edge is the largest |w|, where a uniform spread puts about 5 % and a bell-shaped one less.
 *
 * @param count number of weights
 * @param std population standard deviation
 * @param maxAbs largest |w|
 * @param edge the bound the share is measured against: c under clipping, else {@code maxAbs}
 * @param shareNearEdge share of weights with |w| between 95 % and 105 % of {@code edge}
 */
public record WeightSummary(long count, double std, double maxAbs, double edge,
    double shareNearEdge) {
  /** "Near the edge" means within this fraction of it. */
  public static final double EDGE_BAND = 0.05;

  /**
   * Summarises {@code weights} (accumulated in double). {@code bound} is the clipping bound c, or NaN
   * (or any non-positive value) when the weights have none, in which case the edge is the largest
   * |w|. An empty array gives zeros.
   */
  public static WeightSummary of(float[] weights, double bound) {
    int n = weights.length;
    if (n == 0) {
      return new WeightSummary(0, 0, 0, 0, 0);
    }
    double sum = 0;
    double max = 0;
    for (float w : weights) {
      sum += w;
      max = Math.max(max, Math.abs(w));
    }
    double mean = sum / n;
    double squares = 0;
    double edge = bound > 0 ? bound : max;
    // Within 5% on either side: before the first clipping step the weights are far larger than c.
    double low = (1 - EDGE_BAND) * edge;
    double high = (1 + EDGE_BAND) * edge;
    long atEdge = 0;
    for (float w : weights) {
      squares += (w - mean) * (w - mean);
      if (Math.abs(w) >= low && Math.abs(w) <= high) {
        atEdge++;
      }
    }
    return new WeightSummary(n, Math.sqrt(squares / n), max, edge, (double) atEdge / n);
  }
}
