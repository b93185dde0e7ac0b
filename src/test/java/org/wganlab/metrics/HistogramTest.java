package org.wganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HistogramTest {

  @Test
  void countsValuesWithLeftClosedBinsAndMaxInLastBin() {
    // Bins over [0, 1]: [0, .25) [.25, .5) [.5, .75) [.75, 1]; the edges are exact in binary.
    double[] values = {0.0, 0.1, 0.25, 0.3, 0.5, 0.74, 0.75, 1.0};
    Histogram h = Histogram.of(values, 4, 0.0, 1.0);
    assertThat(h.counts()).containsExactly(2, 2, 2, 2);
    assertThat(h.total()).isEqualTo(8);
  }

  @Test
  void outOfRangeValuesGoToEndBinsAndNanIsSkipped() {
    double[] values = {
      -5, -0.001, Double.NEGATIVE_INFINITY, 0.6, 1.0001, 7, Double.POSITIVE_INFINITY, Double.NaN
    };
    Histogram h = Histogram.of(values, 4, 0.0, 1.0);
    assertThat(h.counts()).containsExactly(3, 0, 1, 3);
    assertThat(h.total()).isEqualTo(7);
  }

  @Test
  void floatOverloadMatchesDoubleVersion() {
    // Binary-exact values, so float and double agree on the edges -0.25, 0 and 0.25.
    float[] values = {-0.5f, -0.25f, -0.25f, 0f, 0.125f, 0.25f, 0.25f, 0.5f, Float.NaN, 9f};
    Histogram h = Histogram.of(values, 4, -0.5, 0.5);
    assertThat(h.counts()).containsExactly(1, 2, 2, 4);
    double[] widened = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      widened[i] = values[i];
    }
    assertThat(Histogram.of(widened, 4, -0.5, 0.5)).isEqualTo(h);
  }

  @Test
  void dataRangeIsTakenFromFiniteValuesWithoutAssumingSymmetry() {
    double[] values = {2, 3, 4, 5, 6, Double.NaN, Double.POSITIVE_INFINITY};
    Histogram h = Histogram.of(values, 2);
    assertThat(h.min()).isEqualTo(2.0);
    assertThat(h.max()).isEqualTo(6.0);
    assertThat(h.counts()).containsExactly(2, 4);
    Histogram f = Histogram.of(new float[] {2, 3, 4, 5, 6}, 2);
    assertThat(f.counts()).containsExactly(2, 3);
  }

  @Test
  void constantOrEmptyDataStillGetsAValidRange() {
    Histogram constant = Histogram.of(new double[] {3, 3, 3}, 5);
    assertThat(constant.min()).isEqualTo(2.5);
    assertThat(constant.max()).isEqualTo(3.5);
    assertThat(constant.counts()).containsExactly(0, 0, 3, 0, 0);
    Histogram empty = Histogram.of(new double[] {Double.NaN}, 3);
    assertThat(empty.total()).isZero();
    assertThat(empty.min()).isEqualTo(0.0);
    assertThat(empty.max()).isEqualTo(1.0);
  }

  @Test
  void geometryOfBins() {
    Histogram h = new Histogram(-1, 1, new long[8]);
    assertThat(h.bins()).isEqualTo(8);
    assertThat(h.binWidth()).isEqualTo(0.25);
    assertThat(h.binCenter(0)).isEqualTo(-0.875);
    assertThat(h.binCenter(7)).isEqualTo(0.875);
  }

  @Test
  void countsAreDefensivelyCopied() {
    long[] counts = {1, 2};
    Histogram h = new Histogram(0, 1, counts);
    counts[0] = 99;
    h.counts()[1] = 99;
    assertThat(h.counts()).containsExactly(1, 2);
    assertThat(h).isEqualTo(new Histogram(0, 1, new long[] {1, 2}));
    assertThat(h.count(1)).isEqualTo(2);
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> Histogram.of(new double[] {1}, 0, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Histogram.of(new double[] {1}, 3, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Histogram.of(new float[] {1}, 3, 0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
