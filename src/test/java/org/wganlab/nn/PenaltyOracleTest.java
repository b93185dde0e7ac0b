package org.wganlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The double backprop against an independent oracle: penalty values and parameter gradients that
 * PyTorch's autograd computed for the same critic and points ({@code oracle/penalty_reference.py},
 * output kept beside it as {@code penalty_reference.json}).
 */
class PenaltyOracleTest {

  @Test
  void matchesPyTorchAutogradForEveryActivationAndPenalty() throws IOException {
    JsonNode root = TestPenalties.oracle("penalty_reference.json");
    double[] parameters = TestPenalties.doubles(root.get("parameters"));
    double[] xy = new double[2 * root.get("points").size()];
    for (int i = 0; i < root.get("points").size(); i++) {
      xy[2 * i] = root.get("points").get(i).get(0).asDouble();
      xy[2 * i + 1] = root.get("points").get(i).get(1).asDouble();
    }
    int checked = 0;
    for (Map.Entry<String, JsonNode> c : root.get("cases").properties()) {
      String[] names = c.getKey().split("/");
      Mlp critic = Mlp.fromParameters(new MlpSpec(2, 1, 2, 5, Activation.parse(names[0]),
          WeightInit.HE_UNIFORM), DataType.DOUBLE, parameters);
      critic.zeroGradient();
      PenaltyEvaluation result = critic.accumulateNormPenalty(
          Nd4j.create(xy, new long[] {xy.length / 2, 2}, DataType.DOUBLE),
          TestPenalties.named(names[1]));
      double[] expected = TestPenalties.doubles(c.getValue().get("gradient"));
      double[] actual = critic.gradient().dup().data().asDouble();
      assertThat(result.value()).as(c.getKey())
          .isCloseTo(c.getValue().get("value").asDouble(), offset(1e-10));
      for (int i = 0; i < expected.length; i++) {
        assertThat(actual[i]).as("%s parameter %d", c.getKey(), i)
            .isCloseTo(expected[i], offset(1e-9 * Math.max(1, Math.abs(expected[i]))));
      }
      checked++;
    }
    assertThat(checked).isEqualTo(12);
  }
}
