package org.wganlab.nn.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.nn.Critic;
import org.wganlab.nn.NormPenalty;
import org.wganlab.nn.PenaltyEvaluation;

/**
 * The convolutional critic against an independent oracle: values, input gradients, penalty values and
 * penalty parameter gradients that PyTorch's autograd computed for the same critic and images
 * ({@code oracle/conv_penalty_reference.py}, output kept beside it). A wrong padding split, kernel
 * layout or flattening order would show here even where finite differences agree with the code.
 */
class ConvPenaltyOracleTest {
  private static final ImageNetSpec SPEC = new ImageNetSpec(3, 12, 2, 5, 0.2);

  private static NormPenalty penalty(DoubleUnaryOperator value, DoubleUnaryOperator derivative) {
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

  private static NormPenalty penalty(String name) {
    return switch (name) {
      case "gp" -> penalty(n -> 10 * (n - 1) * (n - 1), n -> 20 * (n - 1));
      case "gp-one-sided" -> penalty(n -> 10 * Math.pow(Math.max(0, n - 1), 2),
          n -> 20 * Math.max(0, n - 1));
      case "div" -> penalty(n -> 2 * Math.pow(n, 6), n -> 12 * Math.pow(n, 5));
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  @Test
  void matchesPyTorchAutogradForEveryPenalty() throws IOException {
    JsonNode root;
    try (InputStream in = getClass().getResourceAsStream("/oracle/conv_penalty_reference.json")) {
      root = new ObjectMapper().readTree(in);
    }
    ConvCritic critic = ConvCritic.fromParameters(SPEC, DataType.DOUBLE,
        doubles(root.get("parameters")));
    JsonNode images = root.get("images");
    double[] pixels = new double[images.size() * SPEC.imageVolume()];
    for (int i = 0; i < images.size(); i++) {
      System.arraycopy(doubles(images.get(i)), 0, pixels, i * SPEC.imageVolume(),
          SPEC.imageVolume());
    }
    INDArray x = Nd4j.create(pixels, new long[] {images.size(), SPEC.imageVolume()},
        DataType.DOUBLE);

    Critic.Readout readout = critic.readout(x);
    assertThat(readout.values().toDoubleVector()).containsExactly(doubles(root.get("values")),
        offset(1e-12));
    for (int i = 0; i < images.size(); i++) {
      assertThat(readout.inputGradients().getRow(i).toDoubleVector())
          .containsExactly(doubles(root.get("input_gradients").get(i)), offset(1e-12));
    }
    for (String name : new String[] {"gp", "gp-one-sided", "div"}) {
      JsonNode expected = root.get("cases").get(name);
      critic.zeroGradient();
      PenaltyEvaluation evaluation = critic.accumulateNormPenalty(x, penalty(name));
      assertThat(evaluation.value()).as(name)
          .isCloseTo(expected.get("value").asDouble(), offset(1e-10));
      double[] want = doubles(expected.get("gradient"));
      double[] got = critic.gradient().toDoubleVector();
      for (int k = 0; k < want.length; k++) {
        assertThat(got[k]).as("%s parameter %d", name, k)
            .isCloseTo(want[k], offset(1e-9 * Math.max(1, Math.abs(want[k]))));
      }
    }
  }
}
