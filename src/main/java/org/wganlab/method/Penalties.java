package org.wganlab.method;

import org.wganlab.nn.NormPenalty;

/** The two penalty shapes phi(n) on the input-gradient norm n. */
final class Penalties {
  private Penalties() {
  }

  /** lambda (n - 1)^2, or lambda max(0, n - 1)^2 when one-sided. */
  record UnitGap(double lambda, boolean oneSided) implements NormPenalty {
    @Override
    public double value(double n) {
      double gap = oneSided ? Math.max(0, n - 1) : n - 1;
      return lambda * gap * gap;
    }

    @Override
    public double derivative(double n) {
      double gap = oneSided ? Math.max(0, n - 1) : n - 1;
      return 2 * lambda * gap;
    }
  }

  /** k n^p. */
  record Power(double k, double p) implements NormPenalty {
    @Override
    public double value(double n) {
      return k * Math.pow(n, p);
    }

    @Override
    public double derivative(double n) {
      return k * p * Math.pow(n, p - 1);
    }
  }
}
