package org.wganlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Names, modes and the exact, reproducible output of every built-in generator. */
class BuiltInDatasetTest {

  @Test
  void namesAreTheDocumentedOnes() {
    assertThat(BuiltInDataset.cliNames())
        .containsExactly("8gaussians", "25gaussians", "swissroll", "ring", "moons", "checkerboard");
    assertThat(BuiltInDataset.EIGHT_GAUSSIANS.displayName()).isEqualTo("8 gaussians");
    assertThat(BuiltInDataset.TWENTY_FIVE_GAUSSIANS.displayName()).isEqualTo("25 gaussians");
    assertThat(BuiltInDataset.SWISS_ROLL.displayName()).isEqualTo("swiss roll");
    assertThat(BuiltInDataset.TWO_MOONS.displayName()).isEqualTo("two moons");
  }

  @ParameterizedTest
  @EnumSource(BuiltInDataset.class)
  void cliNameFindsItsDataset(BuiltInDataset dataset) {
    assertThat(BuiltInDataset.fromCliName(dataset.cliName())).contains(dataset);
  }

  @Test
  void unknownOrMiscasedNamesAreNotFound() {
    assertThat(BuiltInDataset.fromCliName("9gaussians")).isEmpty();
    assertThat(BuiltInDataset.fromCliName("RING")).isEmpty();
    assertThat(BuiltInDataset.fromCliName("")).isEmpty();
  }

  @Test
  void eightGaussianModesAreTheScaledCircle() {
    ModeLayout modes = BuiltInDataset.EIGHT_GAUSSIANS.modes().orElseThrow();
    assertThat(modes.modeCount()).isEqualTo(8);
    assertThat(modes.std()).isEqualTo(0.02 / 1.414);
    double[] c = modes.centres();
    assertThat(c[0]).isCloseTo(2 / 1.414, within(1e-15));
    assertThat(c[1]).isCloseTo(0, within(1e-15));
    // k = 3: (cos 3pi/4, sin 3pi/4) * 2 / 1.414 = (-1, 1) * sqrt(2) / 1.414
    assertThat(c[6]).isCloseTo(-Math.sqrt(2) / 1.414, within(1e-15));
    assertThat(c[7]).isCloseTo(Math.sqrt(2) / 1.414, within(1e-15));
  }

  @Test
  void twentyFiveGaussianModesAreTheScaledGrid() {
    ModeLayout modes = BuiltInDataset.TWENTY_FIVE_GAUSSIANS.modes().orElseThrow();
    assertThat(modes.modeCount()).isEqualTo(25);
    assertThat(modes.std()).isEqualTo(0.05 / 2.828);
    double[] c = modes.centres();
    assertThat(Arrays.stream(c).distinct().sorted().toArray())
        .containsExactly(-4 / 2.828, -2 / 2.828, 0, 2 / 2.828, 4 / 2.828);
    assertThat(c).startsWith(-4 / 2.828, -4 / 2.828, -4 / 2.828, -2 / 2.828);
  }

  @Test
  void shapesWithoutGaussianModesHaveNone() {
    assertThat(BuiltInDataset.SWISS_ROLL.modes()).isEmpty();
    assertThat(BuiltInDataset.RING.modes()).isEmpty();
    assertThat(BuiltInDataset.TWO_MOONS.modes()).isEmpty();
    assertThat(BuiltInDataset.CHECKERBOARD.modes()).isEmpty();
  }

  /**
   * The first points for seed 1, computed once by this code and checked against the formulas: each lies
   * where its generator puts points (see the comment per set). They pin the exact random sequence, so a
   * changed generator shows up here and in the shipped CSV files at once.
   */
  @Test
  void firstPointsOfSeedOneArePinned() {
    // Near centre k = 5, 2 (cos 5pi/4, sin 5pi/4) / 1.414 = (-1.0002, -1.0002), then k = 3, then k = 5.
    assertFirstPoints(BuiltInDataset.EIGHT_GAUSSIANS, -0.9894968633838227, -1.002113939430746,
        -0.9986928877930553, 0.9821925895020699, -1.0037139352755629, -0.9844474616098697);
    // Near grid centres (-4, -4), (4, 4) and (-2, -2), divided by 2.828.
    assertFirstPoints(BuiltInDataset.TWENTY_FIVE_GAUSSIANS, -1.4166391691281022, -1.3905035508232706,
        1.4171974200578514, 1.421570686596463, -0.7106573708449017, -0.7187886922726914);
    // First point: radius 1.32 * 7.5 = 9.9 ~ t, angle 3.78 ~ t - 2 pi: on the spiral.
    assertFirstPoints(BuiltInDataset.SWISS_ROLL, -1.0599813710158323, -0.7913488474139607,
        -1.0238135772830594, 0.5518616570087125, 1.5756270081158243, 0.7345988069597811);
    // Radii 1.39, 1.40, 1.38: about 2 / 1.414.
    assertFirstPoints(BuiltInDataset.RING, -1.2658876711917224, -0.5793532769937983,
        -1.3252221508655064, 0.4395781444804183, 1.0058938064083938, -0.946024272948455);
    // Lower moon, right half, twice (unscaled x 1.69, y -0.21); then the upper moon, left half.
    assertFirstPoints(BuiltInDataset.TWO_MOONS, 1.7794176171231078, -0.69339043393032,
        1.8147791830206577, -0.6473769491265103, -2.026290199473438, 0.46731916590807493);
    // Squares (column 2, row 2), (3, 1), (2, 2): all with an even column + row.
    assertFirstPoints(BuiltInDataset.CHECKERBOARD, 0.7457817572627011, 0.9710027535867962,
        1.444264700826358, -0.237105608088239, 0.5230671798509814, 0.28550868439696664);
  }

  @ParameterizedTest
  @EnumSource(BuiltInDataset.class)
  void sameSeedGivesSamePointsAndAnotherSeedOthers(BuiltInDataset dataset) {
    double[] first = dataset.open(42).sample(1000);
    assertThat(dataset.open(42).sample(1000)).containsExactly(first);
    assertThat(dataset.open(43).sample(1000)).isNotEqualTo(first);
  }

  @ParameterizedTest
  @EnumSource(BuiltInDataset.class)
  void batchSizesDoNotChangeTheSequence(BuiltInDataset dataset) {
    double[] whole = dataset.open(7).sample(10);
    PointSampler sampler = dataset.open(7);
    double[] pieces = new double[20];
    sampler.sample(pieces, 3);
    double[] rest = sampler.sample(7);
    System.arraycopy(rest, 0, pieces, 6, 14);
    assertThat(pieces).containsExactly(whole);
  }

  @ParameterizedTest
  @EnumSource(BuiltInDataset.class)
  void badBatchRequestsAreRejected(BuiltInDataset dataset) {
    PointSampler sampler = dataset.open(1);
    assertThatThrownBy(() -> sampler.sample(new double[5], 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 were requested");
    assertThatThrownBy(() -> sampler.sample(new double[4], -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertFirstPoints(BuiltInDataset dataset, double... expected) {
    double[] actual = dataset.open(1).sample(expected.length / 2);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).as("%s value %d", dataset, i).isCloseTo(expected[i], within(1e-12));
    }
  }
}
