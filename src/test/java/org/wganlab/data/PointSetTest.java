package org.wganlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Validation, accessors and immutability of {@link PointSet}. */
class PointSetTest {

  @Test
  void accessorsReadTheInterleavedPoints() {
    PointSet set = new PointSet(new double[] {1, 2, 3, 4, 5, 6});
    assertThat(set.size()).isEqualTo(3);
    assertThat(set.x(1)).isEqualTo(3);
    assertThat(set.y(2)).isEqualTo(6);
    assertThat(set.xy()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(set).hasToString("PointSet[3 points]");
  }

  @Test
  void neitherTheInputNorTheOutputArrayCanChangeTheSet() {
    double[] input = {1, 2, 3, 4};
    PointSet set = new PointSet(input);
    input[0] = 100;
    set.xy()[1] = 100;
    assertThat(set.xy()).containsExactly(1, 2, 3, 4);
  }

  @Test
  void equalityIsByCoordinates() {
    PointSet a = new PointSet(new double[] {1, 2, 3, 4});
    PointSet b = new PointSet(new double[] {1, 2, 3, 4});
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(new PointSet(new double[] {1, 2, 3, 5}));
  }

  @Test
  void badArraysAreRejectedWithAReason() {
    assertThatThrownBy(() -> new PointSet(new double[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("odd number");
    assertThatThrownBy(() -> new PointSet(new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 points");
    assertThatThrownBy(() -> new PointSet(new double[] {1, 2, Double.NaN, 4}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("point 1");
    assertThatThrownBy(() -> new PointSet(new double[] {1, 2, 3, Double.NEGATIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a finite number");
  }

  @Test
  void indicesOutsideTheSetAreRejected() {
    PointSet set = new PointSet(new double[] {1, 2, 3, 4});
    assertThatThrownBy(() -> set.x(2)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("point index 2");
    assertThatThrownBy(() -> set.y(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
