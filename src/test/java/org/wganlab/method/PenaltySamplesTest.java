package org.wganlab.method;

import static org.assertj.core.api.Assertions.assertThat;

import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.Rng;
import org.wganlab.nn.HostArrays;
import org.wganlab.nn.Workspaces;

/** The points each r(x) choice draws, and what drawing them leaves behind outside a step. */
class PenaltySamplesTest {
  private static final int N = 6;

  /** Row i is (i, 10 i) for real points, (-i - 1, -10 i - 10) for fake ones: every row distinct. */
  private static INDArray points(boolean real) {
    double[] xy = new double[2 * N];
    for (int i = 0; i < N; i++) {
      xy[2 * i] = real ? i : -i - 1;
      xy[2 * i + 1] = real ? 10 * i : -10 * i - 10;
    }
    return Nd4j.create(xy, new long[] {N, 2}, DataType.DOUBLE);
  }

  /** Pairs of rows of {@code from} mixed as the draw does, consuming {@code rng} in its order. */
  private static double[][] mixedPairs(double[][] from, int count, Rng rng) {
    int[] a = new int[count];
    int[] b = new int[count];
    for (int i = 0; i < count; i++) {
      a[i] = rng.nextInt(from.length);
    }
    for (int i = 0; i < count; i++) {
      b[i] = rng.nextInt(from.length);
    }
    double[][] mixed = new double[count][2];
    for (int i = 0; i < count; i++) {
      double eps = rng.uniform();
      for (int j = 0; j < 2; j++) {
        mixed[i][j] = (from[a[i]][j] - from[b[i]][j]) * eps + from[b[i]][j];
      }
    }
    return mixed;
  }

  private static double[][] rowsOf(INDArray m) {
    double[] flat = HostArrays.doubles(m);
    double[][] rows = new double[m.rows()][2];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new double[] {flat[2 * i], flat[2 * i + 1]};
    }
    return rows;
  }

  @Test
  void sameSideInterpolatesMixRandomRealPairsThenRandomFakePairs() {
    INDArray real = points(true);
    INDArray fake = points(false);
    Rng expected = new Rng(7);
    double[][] realPairs = mixedPairs(rowsOf(real), N / 2, expected);
    double[][] fakePairs = mixedPairs(rowsOf(fake), N - N / 2, expected);

    double[][] drawn = rowsOf(PenaltySamples.SAME_SIDE_INTERPOLATES.draw(real, fake, new Rng(7)));

    assertThat(drawn).hasDimensions(N, 2);
    for (int i = 0; i < N / 2; i++) {
      assertThat(drawn[i]).containsExactly(realPairs[i]);
      assertThat(drawn[N / 2 + i]).containsExactly(fakePairs[i]);
    }
  }

  @Test
  void pooledInterpolatesMixRandomPairsOfAllPoints() {
    INDArray real = points(true);
    INDArray fake = points(false);
    double[][] pool = new double[2 * N][];
    System.arraycopy(rowsOf(real), 0, pool, 0, N);
    System.arraycopy(rowsOf(fake), 0, pool, N, N);
    double[][] expected = mixedPairs(pool, N, new Rng(3));

    double[][] drawn = rowsOf(PenaltySamples.POOLED_INTERPOLATES.draw(real, fake, new Rng(3)));

    assertThat(drawn).isDeepEqualTo(expected);
  }

  /**
   * A draw in a training step's workspace leaves a few native pointers behind whatever the batch
   * size, not one or more per row: each is freed only after the garbage collector has found it, and
   * the r(x) figure's runs draw 5,000 times a run. Pointers freed meanwhile can only lower the count.
   */
  @ParameterizedTest
  @EnumSource(PenaltySamples.class)
  void aDrawLeavesFewerNativePointersThanRows(PenaltySamples samples) {
    int rows = 512;
    INDArray real = Nd4j.rand(DataType.FLOAT, rows, 2);
    INDArray fake = Nd4j.rand(DataType.FLOAT, rows, 2);
    Rng rng = new Rng(11);
    int draws = 50;
    long before = Pointer.totalCount();

    for (int k = 0; k < draws; k++) {
      Workspaces.inStep("penalty-samples-test",
          () -> HostArrays.doubles(samples.draw(real, fake, rng)));
    }

    assertThat(Pointer.totalCount() - before).isLessThan(draws * (rows / 8L));
  }
}
