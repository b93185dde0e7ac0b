package org.wganlab.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The round values the sliders stop at, and the numbers beside them. */
class RoundScaleTest {

  @Test
  void stopsAreTheOneTwoFiveSeriesOrTheWholeNumbers() {
    assertThat(RoundScale.LEARNING_RATE.stops()).containsExactly(1e-5, 2e-5, 5e-5, 1e-4, 2e-4,
        5e-4, 1e-3, 2e-3, 5e-3, 1e-2);
    assertThat(RoundScale.DIV_P.stops()).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0,
        9.0, 10.0);
    assertThat(RoundScale.CLIP.stops()).startsWith(1e-4, 2e-4, 5e-4, 1e-3).endsWith(0.5, 1.0);
  }

  @Test
  void aValueSnapsToTheNearestStopOnALogScale() {
    assertThat(RoundScale.LEARNING_RATE.nearest(4.87e-4)).isEqualTo(5e-4);
    // 3.2e-4 is nearer 2e-4 than 5e-4 in decades (0.204 against 0.194): 5e-4.
    assertThat(RoundScale.LEARNING_RATE.nearest(3.2e-4)).isEqualTo(5e-4);
    assertThat(RoundScale.LEARNING_RATE.nearest(3.1e-4)).isEqualTo(2e-4);
    assertThat(RoundScale.LEARNING_RATE.nearest(1)).isEqualTo(1e-2);
    assertThat(RoundScale.DIV_P.nearest(6.4)).isEqualTo(6.0);
    assertThat(RoundScale.LAMBDA.position(1e6)).isEqualTo(2.0);
    assertThatThrownBy(() -> new RoundScale(0, 1, false)).hasMessageContaining("0 < least < most");
  }

  @Test
  void theSharedRateOverPanelsThatDifferKeepsTheirRatios() {
    var config = org.wganlab.ui.TestExperiments.small();
    var mixed = ConfigEdits.learningRate(config, 0, 1e-2);
    assertThat(ConfigEdits.commonRate(config)).isEqualTo(1e-3);
    assertThat(ConfigEdits.commonRate(mixed)).isNaN();
    // The middle on a log scale of 1e-2, 1e-3, 1e-3: 10^((-2 - 3 - 3) / 3).
    assertThat(ConfigEdits.middleRate(mixed)).isCloseTo(Math.pow(10, -8.0 / 3),
        org.assertj.core.api.Assertions.within(1e-12));
    var halved = ConfigEdits.scaleLearningRates(mixed, 0.5);
    assertThat(halved.runs()).extracting(r -> r.optimizer().learningRate())
        .containsExactly(5e-3, 5e-4, 5e-4);
  }

  @Test
  void theNumberBesideASliderIsWholeAndShort() {
    assertThat(Formats.sliderValue(0.001)).isEqualTo("0.001");
    assertThat(Formats.sliderValue(5e-4)).isEqualTo("5e-4");
    assertThat(Formats.sliderValue(2.5e-4)).isEqualTo("2.5e-4");
    assertThat(Formats.sliderValue(1.25e-5)).isEqualTo("1.25e-5");
    assertThat(Formats.sliderValue(10)).isEqualTo("10");
    assertThat(Formats.sliderValue(0.00125)).isEqualTo("0.00125");
  }
}
