package org.wganlab.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wganlab.method.PenaltySamples;
import org.wganlab.nn.Activation;
import org.wganlab.nn.OptimizerKind;

class CliNamedTest {

  @Test
  void findsByNameAndListsTheChoicesOtherwise() {
    assertThat(Activation.parse("softplus")).isEqualTo(Activation.SMOOTH_SOFTPLUS);
    assertThat(PenaltySamples.fromCliName("real-and-fake")).contains(PenaltySamples.REAL_AND_FAKE);
    assertThat(PenaltySamples.fromCliName("Real")).isEmpty();
    assertThatThrownBy(() -> Activation.parse("elu"))
        .hasMessage("unknown activation 'elu' (use relu, leakyrelu, tanh or softplus)");
    assertThatThrownBy(() -> OptimizerKind.fromCliName("lbfgs"))
        .hasMessage("unknown optimizer 'lbfgs' (use adam, rmsprop or sgd)");
  }
}
