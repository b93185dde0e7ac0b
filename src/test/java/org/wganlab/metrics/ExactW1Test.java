package org.wganlab.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExactW1Test {

  @Test
  void matchesBruteForceOverAllPermutationsForSmallSets() {
    SplittableRandom random = new SplittableRandom(20240601L);
    for (int n = 1; n <= 7; n++) {
      for (int trial = 0; trial < 20; trial++) {
        double[] a = randomPoints(random, n, 2.0);
        double[] b = randomPoints(random, n, 2.0);
        assertThat(ExactW1.between(a, b)).isCloseTo(bruteForce(a, b), within(1e-12));
      }
    }
  }

  @Test
  void agreesWithATextbookHungarianOnDegenerateAndShiftedSets() {
    SplittableRandom random = new SplittableRandom(99L);
    for (int trial = 0; trial < 12; trial++) {
      int n = 40 + random.nextInt(80);
      double[] a = new double[2 * n];
      double[] b = new double[2 * n];
      for (int k = 0; k < 2 * n; k++) {
        // Lattice points with many duplicates and equal distances, half of the trials shifted by 3.
        a[k] = random.nextInt(4);
        b[k] = random.nextInt(4) + (trial % 2 == 0 && k % 2 == 0 ? 3 : 0);
      }
      assertThat(ExactW1.between(a, b)).isCloseTo(textbookHungarian(a, b), within(1e-9));
    }
  }

  @Test
  void oneDimensionalSetsAreMatchedInSortedOrder() {
    SplittableRandom random = new SplittableRandom(7L);
    int n = 50;
    double[] xa = new double[n];
    double[] xb = new double[n];
    double[] a = new double[2 * n];
    double[] b = new double[2 * n];
    for (int i = 0; i < n; i++) {
      xa[i] = random.nextDouble(-3, 3);
      xb[i] = random.nextDouble(-1, 5);
      a[2 * i] = xa[i];
      b[2 * i] = xb[i];
    }
    Arrays.sort(xa);
    Arrays.sort(xb);
    double sorted = 0;
    for (int i = 0; i < n; i++) {
      sorted += Math.abs(xa[i] - xb[i]);
    }
    assertThat(ExactW1.between(a, b)).isCloseTo(sorted / n, within(1e-12));
  }

  @Test
  void translatedCopyIsAtTheTranslationLength() {
    SplittableRandom random = new SplittableRandom(11L);
    double[] a = randomPoints(random, 200, 1.0);
    double[] b = a.clone();
    for (int i = 0; i < b.length; i += 2) {
      b[i] += 0.3;
      b[i + 1] -= 0.4;
    }
    assertThat(ExactW1.between(a, b)).isCloseTo(0.5, within(1e-12));
    assertThat(ExactW1.between(a, a)).isEqualTo(0.0);
  }

  @Test
  void matchingIsAPermutationAchievingTheDistance() {
    SplittableRandom random = new SplittableRandom(3L);
    double[] a = randomPoints(random, 30, 1.0);
    double[] b = randomPoints(random, 30, 1.0);
    int[] match = ExactW1.matching(a, b);
    assertThat(match).hasSize(30);
    assertThat(Arrays.stream(match).sorted().toArray())
        .containsExactly(java.util.stream.IntStream.range(0, 30).toArray());
    double sum = 0;
    for (int i = 0; i < 30; i++) {
      sum += dist(a, i, b, match[i]);
    }
    assertThat(sum / 30).isCloseTo(ExactW1.between(a, b), within(1e-12));
  }

  @Test
  void handlesAThousandPointsWithinExactBounds() {
    SplittableRandom random = new SplittableRandom(5L);
    double[] a = randomPoints(random, 1024, 1.0);
    double[] b = new double[a.length];
    double identityCost = 0;
    for (int i = 0; i < b.length; i += 2) {
      b[i] = a[i] + 1.0 + random.nextDouble(-0.5, 0.5);
      b[i + 1] = a[i + 1] + random.nextDouble(-0.5, 0.5);
      identityCost += dist(a, i / 2, b, i / 2);
    }
    double w = ExactW1.between(a, b);
    // Upper bound: the identity matching. Lower bound: |E[a] - E[b]| <= E|a - b| for any coupling.
    assertThat(w).isLessThanOrEqualTo(identityCost / 1024 + 1e-12);
    assertThat(w).isGreaterThanOrEqualTo(meanShift(a, b) - 1e-12);
    assertThat(ExactW1.between(b, a)).isCloseTo(w, within(1e-9));
  }

  @Test
  void rejectsUnequalEmptyOddOrNonFiniteSets() {
    assertThatThrownBy(() -> ExactW1.between(new double[] {0, 0}, new double[] {0, 0, 1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same size");
    assertThatThrownBy(() -> ExactW1.between(new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExactW1.between(new double[] {0}, new double[] {0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExactW1.between(new double[] {0, Double.NaN}, new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static double[] randomPoints(SplittableRandom random, int n, double spread) {
    double[] points = new double[2 * n];
    for (int k = 0; k < points.length; k++) {
      points[k] = random.nextDouble(-spread, spread);
    }
    return points;
  }

  private static double meanShift(double[] a, double[] b) {
    double dx = 0;
    double dy = 0;
    for (int i = 0; i < a.length; i += 2) {
      dx += b[i] - a[i];
      dy += b[i + 1] - a[i + 1];
    }
    int n = a.length / 2;
    return Math.hypot(dx / n, dy / n);
  }

  /**
   * Independent reference: the plain O(n^3) Hungarian method with potentials, updating every column
   * at every step.
   */
  private static double textbookHungarian(double[] a, double[] b) {
    int n = a.length / 2;
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        int j1 = 0;
        double delta = Double.POSITIVE_INFINITY;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double cur = dist(a, i0 - 1, b, j - 1) - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    double sum = 0;
    for (int j = 1; j <= n; j++) {
      sum += dist(a, p[j] - 1, b, j - 1);
    }
    return sum / n;
  }

  private static double dist(double[] a, int i, double[] b, int j) {
    return Math.hypot(a[2 * i] - b[2 * j], a[2 * i + 1] - b[2 * j + 1]);
  }

  /** Minimum mean matched distance over all n! permutations by plain recursion. */
  private static double bruteForce(double[] a, double[] b) {
    int n = a.length / 2;
    return best(a, b, new boolean[n], 0, 0.0) / n;
  }

  private static double best(double[] a, double[] b, boolean[] taken, int i, double sofar) {
    int n = taken.length;
    if (i == n) {
      return sofar;
    }
    double min = Double.POSITIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      if (!taken[j]) {
        taken[j] = true;
        min = Math.min(min, best(a, b, taken, i + 1, sofar + dist(a, i, b, j)));
        taken[j] = false;
      }
    }
    return min;
  }
}
