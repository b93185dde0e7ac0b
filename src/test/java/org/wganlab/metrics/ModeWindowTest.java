package org.wganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.data.ModeLayout;
import org.wganlab.data.Rng;

/**
 * The pooled mode count is stable when the samples are: a generator that sits on all 8 modes but
 * spreads half its points beyond the count's radius, with each cluster shifting a little at every step (as the app's
 * small generators do), flickers snapshot by snapshot and reads 8 of 8 pooled (7 at a rare moment).
 */
class ModeWindowTest {
  private static final ModeLayout EIGHT = BuiltInDataset.EIGHT_GAUSSIANS.modes().orElseThrow();

  /**
   * {@code n} points on every mode of {@code layout} in turn, each cluster moved by a fresh offset of
   * {@code shift} (per axis) and spread by {@code spread}, or none on the modes in {@code missing}.
   */
  private static double[] jitteringGenerator(Rng rng, ModeLayout layout, int n, double shift,
      double spread, int missing) {
    double[] c = layout.centres();
    int modes = layout.modeCount();
    double[][] offsets = new double[modes][2];
    for (double[] o : offsets) {
      o[0] = shift * rng.gaussian();
      o[1] = shift * rng.gaussian();
    }
    double[] xy = new double[2 * n];
    for (int i = 0; i < n; i++) {
      int m = i % (modes - missing);
      xy[2 * i] = c[2 * m] + offsets[m][0] + spread * rng.gaussian();
      xy[2 * i + 1] = c[2 * m + 1] + offsets[m][1] + spread * rng.gaussian();
    }
    return xy;
  }

  @Test
  void aGeneratorOnEveryModeReadsEightOfEightPooledWhileSingleSnapshotsFlicker() {
    Rng rng = new Rng(7);
    ModeWindow window = new ModeWindow(EIGHT);
    List<Integer> single = new ArrayList<>();
    List<Integer> pooled = new ArrayList<>();
    // The radius (10 sigma) is 0.141 here: clusters of spread 0.1 shifted by 0.117 put about half
    // their points outside.
    for (int iteration = ModeWindow.EVERY; iteration <= 1000; iteration += ModeWindow.EVERY) {
      double[] sample = jitteringGenerator(rng, EIGHT, ModeWindow.POINTS, 0.117, 0.1, 0);
      single.add(ModeCoverage.measure(EIGHT, sample).modesCaptured());
      window.add(iteration, sample);
      if (iteration >= ModeWindow.SPAN) {
        pooled.add(window.pooled().modesCaptured());
      }
    }
    IntSummaryStatistics snapshots = single.stream().mapToInt(Integer::intValue).summaryStatistics();
    assertThat(snapshots.getMin()).as("single snapshots flicker").isLessThanOrEqualTo(5);
    assertThat(largestStep(single)).as("single snapshots jump").isGreaterThanOrEqualTo(3);
    assertThat(pooled).as("pooled over %d iterations", ModeWindow.SPAN).allMatch(m -> m >= 7);
    assertThat(largestStep(pooled)).isLessThanOrEqualTo(1);
    assertThat(pooled.stream().filter(m -> m == 8).count()).isGreaterThan(pooled.size() * 9L / 10);
  }

  private static int largestStep(List<Integer> counts) {
    int largest = 0;
    for (int i = 1; i < counts.size(); i++) {
      largest = Math.max(largest, Math.abs(counts.get(i) - counts.get(i - 1)));
    }
    return largest;
  }

  @Test
  void aModeLostForLongerThanTheWindowIsNoLongerCounted() {
    Rng rng = new Rng(3);
    ModeWindow window = new ModeWindow(EIGHT);
    assertThat(window.isEmpty()).isTrue();
    int iteration = 0;
    for (; iteration < ModeWindow.SPAN; iteration += ModeWindow.EVERY) {
      window.add(iteration + ModeWindow.EVERY, jitteringGenerator(rng, EIGHT, 512, 0, 0.01, 0));
    }
    assertThat(window.pooled().modesCaptured()).isEqualTo(8);
    // Two modes dropped: still counted while the old samples are pooled, gone once they are not.
    window.add(iteration += ModeWindow.EVERY, jitteringGenerator(rng, EIGHT, 512, 0, 0.01, 2));
    assertThat(window.pooled().modesCaptured()).isEqualTo(8);
    for (int k = 1; k < ModeWindow.SPAN / ModeWindow.EVERY; k++) {
      window.add(iteration += ModeWindow.EVERY, jitteringGenerator(rng, EIGHT, 512, 0, 0.01, 2));
    }
    assertThat(window.pooled().modesCaptured()).isEqualTo(6);
    assertThat(window.pooled().highQualityFraction()).isEqualTo(1.0);
  }
}
