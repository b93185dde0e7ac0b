package org.wganlab.nn.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.nn.Critic;
import org.wganlab.nn.PenaltyEvaluation;
import org.wganlab.nn.TestPenalties;

/**
 * The convolutional critic against an independent oracle: values, input gradients, penalty values and
 * penalty parameter gradients that PyTorch's autograd computed for the same critic and images
 * ({@code oracle/conv_penalty_reference.py}, output kept beside it). A wrong padding split, kernel
 * layout or flattening order would show here even where finite differences agree with the code.
 */
class ConvPenaltyOracleTest {
  private static final ImageNetSpec SPEC = new ImageNetSpec(3, 12, 2, 5, 0.2);

  @Test
  void matchesPyTorchAutogradForEveryPenalty() throws IOException {
    JsonNode root = TestPenalties.oracle("conv_penalty_reference.json");
    ConvCritic critic = ConvCritic.fromParameters(SPEC, DataType.DOUBLE,
        TestPenalties.doubles(root.get("parameters")));
    JsonNode images = root.get("images");
    double[] pixels = new double[images.size() * SPEC.imageVolume()];
    for (int i = 0; i < images.size(); i++) {
      System.arraycopy(TestPenalties.doubles(images.get(i)), 0, pixels, i * SPEC.imageVolume(),
          SPEC.imageVolume());
    }
    INDArray x = Nd4j.create(pixels, new long[] {images.size(), SPEC.imageVolume()},
        DataType.DOUBLE);

    Critic.Readout readout = critic.readout(x);
    assertThat(readout.values().toDoubleVector()).containsExactly(TestPenalties.doubles(root.get("values")),
        offset(1e-12));
    for (int i = 0; i < images.size(); i++) {
      assertThat(readout.inputGradients().getRow(i).toDoubleVector())
          .containsExactly(TestPenalties.doubles(root.get("input_gradients").get(i)), offset(1e-12));
    }
    for (String name : new String[] {"gp", "gp-one-sided", "div"}) {
      JsonNode expected = root.get("cases").get(name);
      critic.zeroGradient();
      PenaltyEvaluation evaluation = critic.accumulateNormPenalty(x, TestPenalties.named(name));
      assertThat(evaluation.value()).as(name)
          .isCloseTo(expected.get("value").asDouble(), offset(1e-10));
      double[] want = TestPenalties.doubles(expected.get("gradient"));
      double[] got = critic.gradient().toDoubleVector();
      for (int k = 0; k < want.length; k++) {
        assertThat(got[k]).as("%s parameter %d", name, k)
            .isCloseTo(want[k], offset(1e-9 * Math.max(1, Math.abs(want[k]))));
      }
    }
  }
}
