package org.wganlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generators produce the distributions of the WGAN-GP toy code (gan_toy.py) and sklearn's
 * make_swiss_roll that {@code src/site/markdown/science.md} describes, checked on fixed-seed samples.
 */
class GeneratorStatisticsTest {

  @Test
  void eightGaussiansStayNearTheirCentresAndUseThemAll() {
    ModeLayout modes = BuiltInDataset.EIGHT_GAUSSIANS.modes().orElseThrow();
    double[] points = BuiltInDataset.EIGHT_GAUSSIANS.open(3).sample(2000);
    assertThat(modesUsedWithinFiveStd(modes, points)).hasSize(8);
  }

  @Test
  void twentyFiveGaussiansStayNearTheirCentresAndUseThemAll() {
    ModeLayout modes = BuiltInDataset.TWENTY_FIVE_GAUSSIANS.modes().orElseThrow();
    double[] points = BuiltInDataset.TWENTY_FIVE_GAUSSIANS.open(3).sample(2000);
    assertThat(modesUsedWithinFiveStd(modes, points)).hasSize(25);
  }

  /**
   * Per-coordinate variance of the 8-gaussian mixture: the mean of the squared centre coordinates,
   * (2 / 1.414)^2 / 2, plus the mode variance (0.02 / 1.414)^2; the mean is 0.
   */
  @Test
  void eightGaussiansHaveTheMixtureSpread() {
    double expectedStd = Math.sqrt(Math.pow(2 / 1.414, 2) / 2 + Math.pow(0.02 / 1.414, 2));
    double[] points = BuiltInDataset.EIGHT_GAUSSIANS.open(5).sample(20_000);
    assertThat(expectedStd).isCloseTo(1.0, within(0.001));
    assertThat(std(points, 0)).isCloseTo(expectedStd, within(0.02));
    assertThat(std(points, 1)).isCloseTo(expectedStd, within(0.02));
    assertThat(mean(points, 0)).isCloseTo(0, within(0.03));
    assertThat(mean(points, 1)).isCloseTo(0, within(0.03));
  }

  /** Without noise, t in [1.5 pi, 4.5 pi] and the radius is t / 7.5; noise widens that a little. */
  @Test
  void swissRollSpansItsRadiusRangeAndFollowsTheSpiral() {
    double noise = 0.25 / 7.5;
    double[] points = BuiltInDataset.SWISS_ROLL.open(2).sample(2000);
    double minRadius = Double.MAX_VALUE;
    double maxRadius = 0;
    for (int i = 0; i < points.length; i += 2) {
      double radius = Math.hypot(points[i], points[i + 1]);
      minRadius = Math.min(minRadius, radius);
      maxRadius = Math.max(maxRadius, radius);
      assertThat(distanceToSpiral(points[i], points[i + 1])).isLessThan(5 * Math.sqrt(2) * noise);
    }
    assertThat(minRadius).isBetween(1.5 * Math.PI / 7.5 - 5 * noise, 1.5 * Math.PI / 7.5 + 0.05);
    assertThat(maxRadius).isBetween(4.5 * Math.PI / 7.5 - 0.05, 4.5 * Math.PI / 7.5 + 5 * noise);
  }

  @Test
  void ringHasRadiusOfEightGaussiansAllAround() {
    double[] points = BuiltInDataset.RING.open(2).sample(2000);
    boolean[] octants = new boolean[8];
    for (int i = 0; i < points.length; i += 2) {
      assertThat(Math.hypot(points[i], points[i + 1])).isCloseTo(2 / 1.414, within(5 * 0.05 / 1.414));
      double angle = Math.atan2(points[i + 1], points[i]) + Math.PI;
      octants[(int) (angle / (Math.PI / 4)) % 8] = true;
    }
    assertThat(octants).containsOnly(true);
  }

  @Test
  void moonsFillBothHalfCircles() {
    double[] points = BuiltInDataset.TWO_MOONS.open(2).sample(2000);
    int upper = 0;
    for (int i = 0; i < points.length; i += 2) {
      // Undo the centring and scaling; the upper moon is the unit circle, the lower one its mirror.
      double x = points[i] / 1.5 + 0.5;
      double y = points[i + 1] / 1.5 + 0.25;
      double toUpper = Math.abs(Math.hypot(x, y) - 1);
      double toLower = Math.abs(Math.hypot(x - 1, y - 0.5) - 1);
      assertThat(Math.min(toUpper, toLower)).isLessThan(5 * Math.sqrt(2) * 0.05);
      upper += toUpper < toLower ? 1 : 0;
    }
    assertThat(upper).isBetween(900, 1100);
  }

  @Test
  void checkerboardCoversExactlyTheBlackSquares() {
    double[] points = BuiltInDataset.CHECKERBOARD.open(2).sample(2000);
    Set<Integer> squares = new HashSet<>();
    for (int i = 0; i < points.length; i += 2) {
      int column = (int) Math.floor(points[i] + 2);
      int row = (int) Math.floor(points[i + 1] + 2);
      assertThat(column).isBetween(0, 3);
      assertThat(row).isBetween(0, 3);
      assertThat((column + row) % 2).as("square (%d, %d) is black", column, row).isZero();
      squares.add(4 * row + column);
    }
    assertThat(squares).hasSize(8);
  }

  @ParameterizedTest
  @EnumSource(BuiltInDataset.class)
  void everySetIsScaledToAboutUnitSpreadInsideTheWindow(BuiltInDataset dataset) {
    double[] points = dataset.open(9).sample(5000);
    assertThat(Arrays.stream(points).map(Math::abs).max().orElseThrow()).isLessThan(2.6);
    double rms = Math.sqrt((Math.pow(std(points, 0), 2) + Math.pow(std(points, 1), 2)) / 2);
    assertThat(rms).isBetween(0.85, 1.2);
  }

  /** Indices of the modes hit; fails if a point is farther than 5 std from its nearest centre. */
  private static Set<Integer> modesUsedWithinFiveStd(ModeLayout modes, double[] points) {
    double[] centres = modes.centres();
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < points.length; i += 2) {
      int nearest = 0;
      double best = Double.MAX_VALUE;
      for (int k = 0; k < modes.modeCount(); k++) {
        double d = Math.hypot(points[i] - centres[2 * k], points[i + 1] - centres[2 * k + 1]);
        if (d < best) {
          best = d;
          nearest = k;
        }
      }
      assertThat(best).isLessThan(5 * modes.std());
      used.add(nearest);
    }
    return used;
  }

  /** Distance to the noiseless roll (t cos t, t sin t) / 7.5, t in [1.5 pi, 4.5 pi], finely sampled. */
  private static double distanceToSpiral(double x, double y) {
    double best = Double.MAX_VALUE;
    for (int s = 0; s <= 20_000; s++) {
      double t = 1.5 * Math.PI * (1 + 2.0 * s / 20_000);
      best = Math.min(best, Math.hypot(x - t * Math.cos(t) / 7.5, y - t * Math.sin(t) / 7.5));
    }
    return best;
  }

  private static double mean(double[] points, int axis) {
    double sum = 0;
    for (int i = axis; i < points.length; i += 2) {
      sum += points[i];
    }
    return sum / (points.length / 2);
  }

  private static double std(double[] points, int axis) {
    double mean = mean(points, axis);
    double sum = 0;
    for (int i = axis; i < points.length; i += 2) {
      sum += (points[i] - mean) * (points[i] - mean);
    }
    return Math.sqrt(sum / (points.length / 2));
  }
}
