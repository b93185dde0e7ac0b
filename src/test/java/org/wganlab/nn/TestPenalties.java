package org.wganlab.nn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.DoubleUnaryOperator;

/**
 * Penalty shapes phi(n) for the network tests, written out independently of the method package, and
 * the reading of the PyTorch oracle files that were computed with the same shapes.
 */
public final class TestPenalties {
  /** phi(n) = 10 (n - 1)^2, the two-sided gradient penalty with lambda = 10. */
  public static final NormPenalty TWO_SIDED = of(n -> 10 * (n - 1) * (n - 1), n -> 20 * (n - 1));
  /** phi(n) = 10 max(0, n - 1)^2, the one-sided gradient penalty with lambda = 10. */
  public static final NormPenalty ONE_SIDED = of(n -> 10 * Math.pow(Math.max(0, n - 1), 2),
      n -> 20 * Math.max(0, n - 1));
  /** phi(n) = 2 n^6, the W-div penalty with k = 2, p = 6. */
  public static final NormPenalty POWER = of(n -> 2 * Math.pow(n, 6), n -> 12 * Math.pow(n, 5));

  private TestPenalties() {
  }

  /** The shape an oracle file calls {@code name}: gp, gp-one-sided or div. */
  public static NormPenalty named(String name) {
    return switch (name) {
      case "gp" -> TWO_SIDED;
      case "gp-one-sided" -> ONE_SIDED;
      case "div" -> POWER;
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** The JSON of the oracle file {@code /oracle/NAME} on the test class path. */
  public static JsonNode oracle(String name) throws IOException {
    try (InputStream in = TestPenalties.class.getResourceAsStream("/oracle/" + name)) {
      return new ObjectMapper().readTree(in);
    }
  }

  /** A JSON array of numbers as doubles. */
  public static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
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
