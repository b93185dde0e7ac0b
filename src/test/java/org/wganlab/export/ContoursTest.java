package org.wganlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wganlab.metrics.GridSpec;

class ContoursTest {

  @Test
  void planeGivesAStraightLineExactlyAtTheLevel() {
    GridSpec grid = new GridSpec(33, -3, 3);
    float[] values = field(grid, (x, y) -> x + 0.5 * y);
    List<double[]> segments = Contours.segments(values, grid, 0.3);
    assertThat(segments).isNotEmpty();
    for (double[] s : segments) {
      assertThat(s[0] + 0.5 * s[1]).isCloseTo(0.3, within(1e-5));
      assertThat(s[2] + 0.5 * s[3]).isCloseTo(0.3, within(1e-5));
    }
  }

  @Test
  void radialBowlGivesAClosedCircleOfTheRightRadius() {
    GridSpec grid = GridSpec.DEFAULT;
    float[] values = field(grid, (x, y) -> x * x + y * y);
    List<double[]> segments = Contours.segments(values, grid, 4.0);
    double length = 0;
    Map<String, Integer> endpointUses = new HashMap<>();
    for (double[] s : segments) {
      // Linear interpolation of r^2 across one cell (h = 6/127) errs by under h^2/4 in r^2.
      assertThat(Math.hypot(s[0], s[1])).isCloseTo(2.0, within(1e-3));
      assertThat(Math.hypot(s[2], s[3])).isCloseTo(2.0, within(1e-3));
      length += Math.hypot(s[2] - s[0], s[3] - s[1]);
      endpointUses.merge(key(s[0], s[1]), 1, Integer::sum);
      endpointUses.merge(key(s[2], s[3]), 1, Integer::sum);
    }
    assertThat(length).isCloseTo(2 * Math.PI * 2, within(0.01));
    // A closed curve: every crossing point is shared by exactly two segments.
    assertThat(endpointUses.values()).containsOnly(2);
  }

  @Test
  void saddleIsResolvedByTheCellAverage() {
    GridSpec unit = new GridSpec(2, 0, 1);
    // Bottom-left 1, bottom-right -1, top-left -1, top-right 1: average 0.
    float[] saddle = {1f, -1f, -1f, 1f};
    // Level 0.1 is above the average: the above-corners are cut off, bottom-left first.
    List<double[]> below = Contours.segments(saddle, unit, 0.1);
    assertThat(below).hasSize(2);
    assertThat(below.get(0)).containsExactly(new double[] {0.45, 0, 0, 0.45}, within(1e-12));
    assertThat(below.get(1)).containsExactly(new double[] {1, 0.55, 0.55, 1}, within(1e-12));
    // Level -0.1 is below the average: the below-corners are cut off instead.
    List<double[]> above = Contours.segments(saddle, unit, -0.1);
    assertThat(above).hasSize(2);
    assertThat(above.get(0)).containsExactly(new double[] {0.55, 0, 1, 0.45}, within(1e-12));
    assertThat(above.get(1)).containsExactly(new double[] {0.45, 1, 0, 0.55}, within(1e-12));
  }

  @Test
  void cellsWithMissingValuesAreSkipped() {
    GridSpec unit = new GridSpec(2, 0, 1);
    assertThat(Contours.segments(new float[] {0f, 1f, Float.NaN, 1f}, unit, 0.5)).isEmpty();
    assertThat(Contours.segments(new float[] {0f, 1f, 0f, 1f}, unit, 0.5)).hasSize(1);
  }

  @Test
  void levelsAreEvenlySpacedInsideTheFiniteRange() {
    float[] values = {Float.NaN, 0f, 10f, 4f};
    assertThat(Contours.levels(values, 4)).containsExactly(2.0, 4.0, 6.0, 8.0);
    assertThat(Contours.levels(new float[] {1f, 1f}, 3)).isEmpty();
  }

  private interface Field {
    double at(double x, double y);
  }

  private static float[] field(GridSpec grid, Field f) {
    int n = grid.resolution();
    float[] values = new float[grid.size()];
    for (int row = 0; row < n; row++) {
      for (int col = 0; col < n; col++) {
        values[row * n + col] = (float) f.at(grid.x(col), grid.y(row));
      }
    }
    return values;
  }

  /** Crossing points computed by two cells from the same edge agree to far better than 1e-9. */
  private static String key(double x, double y) {
    return Math.round(x * 1e9) + ":" + Math.round(y * 1e9);
  }
}
