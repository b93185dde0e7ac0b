package org.wganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wganlab.data.ModeLayout;

class ModeCoverageTest {

  /** Four modes on the axes at distance 2, std 0.15: the high-quality radius (10 std) is 1.5. */
  private static final ModeLayout FOUR = new ModeLayout(new double[] {2, 0, 0, 2, -2, 0, 0, -2}, 0.15);

  @Test
  void countsHighQualityPointsPerNearestModeAndCapturedModes() {
    // n = 10 points, uniform share 10 / 4 = 2.5, capture threshold 0.2 * 2.5 = 0.5 points.
    double[] points = {
      2, 0, 2.1, 0.1, 1.9, -0.2, // three on mode 0
      0, 2.5, // one on mode 1
      0.5, 0.5, 0.4, -0.4, // two near the origin: 1.58 and 1.65 from the nearest centres
      3.5, 0, // exactly 10 std from mode 0: high quality
      0, -3.6, // 10.7 std from mode 3: not
      -2, 0, -2, 0.3 // two on mode 2
    };
    ModeCoverage c = ModeCoverage.measure(FOUR, points);
    assertThat(c.highQualityPerMode()).containsExactly(4, 1, 2, 0);
    assertThat(c.modesCaptured()).isEqualTo(3);
    assertThat(new boolean[] {c.captured(0), c.captured(1), c.captured(2), c.captured(3)})
        .containsExactly(true, true, true, false);
    assertThat(c.modeCount()).isEqualTo(4);
    assertThat(c.highQualityFraction()).isEqualTo(0.7);
  }

  @Test
  void aModeBelowTheShareIsNotCaptured() {
    // 40 points: threshold 0.2 * 40 / 4 = 2 points. Mode 1 gets 2 (captured), mode 2 gets 1 (not).
    double[] points = new double[80];
    int k = 0;
    for (int i = 0; i < 37; i++) {
      points[k++] = 2;
      points[k++] = 0;
    }
    double[] rest = {0, 2, 0, 2.2, -2, 0};
    System.arraycopy(rest, 0, points, k, rest.length);
    ModeCoverage c = ModeCoverage.measure(FOUR, points);
    assertThat(c.highQualityPerMode()).containsExactly(37, 2, 1, 0);
    assertThat(c.modesCaptured()).isEqualTo(2);
    assertThat(c.captured(1)).isTrue();
    assertThat(c.captured(2)).isFalse();
    assertThat(c.highQualityFraction()).isEqualTo(1.0);
  }

  @Test
  void pointExactlyAtTheRadiusIsHighQualityAndJustBeyondIsNot() {
    ModeLayout one = new ModeLayout(new double[] {0, 0}, 0.15);
    assertThat(ModeCoverage.radius(one)).isEqualTo(1.5);
    assertThat(ModeCoverage.measure(one, new double[] {0, 1.5}).highQualityFraction()).isEqualTo(1.0);
    assertThat(ModeCoverage.measure(one, new double[] {0, Math.nextUp(1.5)}).highQualityFraction())
        .isEqualTo(0.0);
  }

  @Test
  void noPointsAndNanPointsCaptureNothing() {
    ModeCoverage empty = ModeCoverage.measure(FOUR, new double[0]);
    assertThat(empty.modesCaptured()).isZero();
    assertThat(empty.highQualityFraction()).isZero();
    ModeCoverage nan = ModeCoverage.measure(FOUR, new double[] {Double.NaN, 0});
    assertThat(nan.highQualityPerMode()).containsExactly(0, 0, 0, 0);
    assertThat(nan.modesCaptured()).isZero();
  }

  @Test
  void rejectsOddLengthAndInconsistentCountsAndCopiesArrays() {
    assertThatThrownBy(() -> ModeCoverage.measure(FOUR, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    ModeLayout two = new ModeLayout(new double[] {-1, 0, 1, 0}, 0.1);
    assertThatThrownBy(() -> new ModeCoverage(two, 2, new int[] {1, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ModeCoverage(two, 2, new int[] {2, 1}))
        .hasMessage("3 good points among 2");
    int[] perMode = {1, 0};
    ModeCoverage c = new ModeCoverage(two, 2, perMode);
    perMode[0] = 7;
    assertThat(c.highQualityPerMode()).containsExactly(1, 0);
    assertThat(c.modesCaptured()).isEqualTo(1);
    assertThat(c.highQualityFraction()).isEqualTo(0.5);
    assertThat(c).isEqualTo(new ModeCoverage(two, 2, new int[] {1, 0}));
    assertThat(c).isNotEqualTo(new ModeCoverage(two, 3, new int[] {1, 0}));
  }
}
