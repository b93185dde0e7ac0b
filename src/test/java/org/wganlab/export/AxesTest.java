package org.wganlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AxesTest {

  @Test
  void ticksFallOnRoundStepsInsideTheRange() {
    assertThat(Axes.ticks(-3, 3, 6)).containsExactly(-3, -2, -1, 0, 1, 2, 3);
    assertThat(Axes.step(0, 1.6, 5)).isEqualTo(0.5);
    assertThat(Axes.ticks(0.1, 1.7, 5)).containsExactly(new double[] {0.5, 1.0, 1.5}, within(1e-12));
    assertThat(Axes.ticks(-0.013, 0.004, 4))
        .containsExactly(new double[] {-0.01, -0.005, 0.0}, within(1e-12));
    assertThat(Axes.ticks(1, 1, 5)).containsExactly(1.0);
  }

  @Test
  void labelsShowJustEnoughDecimalsAndNoNegativeZero() {
    assertThat(Axes.label(2, 1)).isEqualTo("2");
    assertThat(Axes.label(-1.5, 0.5)).isEqualTo("-1.5");
    assertThat(Axes.label(-1e-12, 0.5)).isEqualTo("0.0");
    assertThat(Axes.label(0.05, 0.05)).isEqualTo("0.05");
    assertThat(Axes.label(2e6, 5e5)).isEqualTo("2.0e+06");
  }
}
