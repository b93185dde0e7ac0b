package org.wganlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** Fixed sets (25 gaussians, loaded and drawn sets) are served in shuffled, complete epochs. */
class ShuffledEpochsTest {
  private static final int SET = 100_000;

  @Test
  void twentyFiveGaussiansCycleThroughOneFixedBalancedSet() {
    PointSampler sampler = BuiltInDataset.TWENTY_FIVE_GAUSSIANS.open(11);
    double[] epoch1 = sampler.sample(SET);
    // Batches of 256 do not divide 100,000: the last batch runs on into the next epoch.
    double[] epoch2 = new double[2 * SET];
    double[] batch = new double[512];
    for (int start = 0; start < SET; start += 256) {
      int n = Math.min(256, SET - start);
      sampler.sample(batch, n);
      System.arraycopy(batch, 0, epoch2, 2 * start, 2 * n);
    }
    assertThat(epoch2).isNotEqualTo(epoch1);
    assertThat(sortedPoints(epoch2)).isEqualTo(sortedPoints(epoch1));
    assertThat(pointsPerMode(epoch1)).containsOnly(SET / 25);
  }

  @Test
  void aPointSetIsServedAsShuffledPermutations() {
    double[] xy = new double[20];
    for (int i = 0; i < 10; i++) {
      xy[2 * i] = i;
      xy[2 * i + 1] = -i;
    }
    Dataset drawn = new Dataset.Points("drawn", "drawn", new PointSet(xy));
    PointSampler sampler = drawn.open(4);
    double[] first = sampler.sample(10);
    double[] second = sampler.sample(10);
    assertThat(sortedPoints(first)).isEqualTo(sortedPoints(xy));
    assertThat(sortedPoints(second)).isEqualTo(sortedPoints(xy));
    assertThat(first).isNotEqualTo(xy);
    assertThat(second).isNotEqualTo(first);
    for (int i = 0; i < 10; i++) {
      assertThat(first[2 * i + 1]).as("pairs stay together").isEqualTo(-first[2 * i]);
    }
    assertThat(drawn.open(4).sample(20)).containsExactly(concat(first, second));
  }

  @Test
  void theSamplerDoesNotSeeLaterChangesToItsInput() {
    double[] xy = {1, 2, 3, 4};
    ShuffledEpochs sampler = new ShuffledEpochs(xy, new Rng(1));
    xy[0] = 99;
    assertThat(sampler.sample(2)).doesNotContain(99.0);
  }

  @Test
  void anEmptyOrOddSetIsRejected() {
    assertThatThrownBy(() -> new ShuffledEpochs(new double[0], new Rng(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ShuffledEpochs(new double[3], new Rng(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Points as x,y rows sorted lexicographically, to compare sets regardless of order. */
  private static double[][] sortedPoints(double[] xy) {
    double[][] rows = new double[xy.length / 2][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new double[] {xy[2 * i], xy[2 * i + 1]};
    }
    Arrays.sort(rows, Comparator.<double[]>comparingDouble(r -> r[0]).thenComparingDouble(r -> r[1]));
    return rows;
  }

  private static int[] pointsPerMode(double[] xy) {
    int[] counts = new int[25];
    for (int i = 0; i < xy.length; i += 2) {
      int column = (int) Math.round(xy[i] * 2.828 / 2) + 2;
      int row = (int) Math.round(xy[i + 1] * 2.828 / 2) + 2;
      counts[5 * column + row]++;
    }
    return counts;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
