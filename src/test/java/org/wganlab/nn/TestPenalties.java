package org.wganlab.nn;

import java.util.function.DoubleUnaryOperator;

/** Penalty shapes phi(n) for the network tests, written out independently of the method package. */
final class TestPenalties {
  /** phi(n) = 10 (n - 1)^2, the two-sided gradient penalty with lambda = 10. */
  static final NormPenalty TWO_SIDED = of(n -> 10 * (n - 1) * (n - 1), n -> 20 * (n - 1));
  /** phi(n) = 10 max(0, n - 1)^2, the one-sided gradient penalty with lambda = 10. */
  static final NormPenalty ONE_SIDED = of(n -> 10 * Math.pow(Math.max(0, n - 1), 2),
      n -> 20 * Math.max(0, n - 1));
  /** phi(n) = 2 n^6, the W-div penalty with k = 2, p = 6. */
  static final NormPenalty POWER = of(n -> 2 * Math.pow(n, 6), n -> 12 * Math.pow(n, 5));

  private TestPenalties() {
  }

  /** The penalty with this value and derivative. */
  static NormPenalty of(DoubleUnaryOperator value, DoubleUnaryOperator derivative) {
    return new NormPenalty() {
      @Override
      public double value(double norm) {
        return value.applyAsDouble(norm);
      }

      @Override
      public double derivative(double norm) {
        return derivative.applyAsDouble(norm);
      }
    };
  }
}
