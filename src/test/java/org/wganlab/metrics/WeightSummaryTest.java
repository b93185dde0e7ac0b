package org.wganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WeightSummaryTest {

  @Test
  void underClippingTheEdgeIsTheBoundAndTheShareCountsWeightsWithinFivePercentOfIt() {
    float[] clipped = {0.01f, -0.01f, 0.0096f, 0.004f, -0.0094f, 0.01f, 0.002f, -0.003f};
    WeightSummary s = WeightSummary.of(clipped, 0.01);
    // 0.01, -0.01, 0.0096 and 0.01 are at least 0.0095 in size; -0.0094 is not.
    assertThat(s.shareNearEdge()).isEqualTo(4.0 / 8);
    assertThat(s.edge()).isEqualTo(0.01);
    assertThat(s.maxAbs()).isCloseTo(0.01, within(1e-9));
    assertThat(s.count()).isEqualTo(8);
  }

  @Test
  void weightsFarBeyondTheBoundAreNotAtItsEdge() {
    float[] unclipped = {0.5f, -0.3f, 0.0104f, -0.0106f, 0.01f};
    // Only 0.0104 and 0.01 are within 5% of c = 0.01; the initial weights beyond it are not.
    assertThat(WeightSummary.of(unclipped, 0.01).shareNearEdge()).isEqualTo(2.0 / 5);
  }

  @Test
  void withoutABoundTheEdgeIsTheLargestWeight() {
    WeightSummary s = WeightSummary.of(new float[] {1, -1, 1, -1, 0.2f, -4}, Double.NaN);
    assertThat(s.edge()).isEqualTo(4);
    assertThat(s.shareNearEdge()).isEqualTo(1.0 / 6);
    WeightSummary plain = WeightSummary.of(new float[] {1, -1, 1, -1}, Double.NaN);
    assertThat(plain.std()).isEqualTo(1);
    assertThat(plain.shareNearEdge()).isEqualTo(1);
  }

  @Test
  void noWeightsGiveZeros() {
    assertThat(WeightSummary.of(new float[0], 0.01)).isEqualTo(new WeightSummary(0, 0, 0, 0, 0));
  }
}
