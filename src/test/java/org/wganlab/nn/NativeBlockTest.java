package org.wganlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.Rng;

/** Native blocks read and write the memory ND4J arrays own, and their products match ND4J's. */
class NativeBlockTest {

  private static INDArray random(DataType type, int rows, int cols, long seed) {
    Rng rng = new Rng(seed);
    double[] v = new double[rows * cols];
    for (int i = 0; i < v.length; i++) {
      v[i] = rng.gaussian();
    }
    return Nd4j.create(v, new long[] {rows, cols}, type);
  }

  @Test
  void aViewStartsAtItsOwnFirstElement() {
    INDArray flat = Nd4j.create(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, new long[] {1, 8},
        DataType.DOUBLE);
    INDArray view = Nd4j.create(flat.data(), new long[] {2, 2}, new long[] {2, 1}, 3, 'c',
        DataType.DOUBLE);
    NativeBlock block = NativeBlock.over(view);
    assertThat(block.capacity()).isEqualTo(4);
    assertThat(new double[] {block.get(0), block.get(1), block.get(2), block.get(3)})
        .containsExactly(4, 5, 6, 7);
    block.set(0, -4);
    assertThat(flat.getDouble(3)).isEqualTo(-4.0);
    INDArray matrix = Nd4j.create(new float[] {1, 2, 3, 4, 5, 6}, new long[] {3, 2});
    NativeBlock row = NativeBlock.over(matrix.getRow(2, true));
    assertThat(new double[] {row.get(0), row.get(1)}).containsExactly(5, 6);
  }

  @Test
  void onlyDenseRowMajorMatricesAreWrapped() {
    INDArray matrix = Nd4j.create(DataType.FLOAT, 3, 4);
    assertThat(NativeBlock.isDenseRowMajor(matrix)).isTrue();
    assertThat(NativeBlock.isDenseRowMajor(matrix.transpose())).isFalse();
    assertThat(NativeBlock.isDenseRowMajor(matrix.getColumn(1, true))).isFalse();
    assertThat(NativeBlock.isDenseRowMajor(Nd4j.create(DataType.FLOAT, 4, 1))).isTrue();
    assertThatThrownBy(() -> NativeBlock.over(matrix.transpose()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row-major");
  }

  @ParameterizedTest
  @EnumSource(value = DataType.class, names = {"FLOAT", "DOUBLE"})
  void productsMatchNd4jForEveryTransposition(DataType type) {
    int m = 5;
    int n = 3;
    int k = 4;
    for (boolean ta : new boolean[] {false, true}) {
      for (boolean tb : new boolean[] {false, true}) {
        INDArray a = ta ? random(type, k, m, 1) : random(type, m, k, 1);
        INDArray b = tb ? random(type, n, k, 2) : random(type, k, n, 2);
        INDArray c = random(type, m, n, 3);
        INDArray expected = Nd4j.gemm(a, b, ta, tb).muli(0.5).addi(c.mul(2.0));
        NativeBlas.gemm(NativeBlock.over(a), ta, NativeBlock.over(b), tb, NativeBlock.over(c), m,
            n, k, 0.5, 2.0);
        double tolerance = type == DataType.FLOAT ? 1e-5 : 1e-12;
        for (int i = 0; i < m * n; i++) {
          assertThat(c.getDouble(i / n, i % n)).as("ta=%s tb=%s element %d", ta, tb, i)
              .isCloseTo(expected.getDouble(i / n, i % n), org.assertj.core.data.Offset.offset(
                  tolerance));
        }
      }
    }
  }

  @Test
  void columnSumsAndRowBroadcastsAreTheRankOneProducts() {
    INDArray m = Nd4j.create(new double[] {1, 2, 3, 4, 5, 6}, new long[] {3, 2}, DataType.DOUBLE);
    NativeBlock ones = NativeBlock.allocate(DataType.DOUBLE, 3);
    ones.fill(3, 1.0);
    NativeBlock sums = NativeBlock.allocate(DataType.DOUBLE, 2);
    sums.set(0, 100);
    NativeBlas.addColumnSums(NativeBlock.over(m), 3, 2, sums, ones);
    assertThat(new double[] {sums.get(0), sums.get(1)}).containsExactly(109, 12);
    NativeBlock rows = NativeBlock.allocate(DataType.DOUBLE, 6);
    NativeBlas.broadcastRows(sums, 3, 2, rows, ones);
    for (int i = 0; i < 3; i++) {
      assertThat(new double[] {rows.get(2 * i), rows.get(2 * i + 1)}).containsExactly(109, 12);
    }
  }

  @Test
  void aProductTooLargeForItsBlocksIsRefused() {
    NativeBlock small = NativeBlock.allocate(DataType.FLOAT, 4);
    assertThatThrownBy(() -> NativeBlas.gemm(small, false, small, false, small, 3, 3, 3, 1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds 4");
  }

  @Test
  void scratchGrowsAndKeepsItsOnes() {
    Scratch scratch = new Scratch(DataType.FLOAT, 2);
    NativeBlock first = scratch.get(Scratch.Role.Z, 1, 10);
    assertThat(scratch.get(Scratch.Role.Z, 1, 8)).isSameAs(first);
    assertThat(scratch.get(Scratch.Role.Z, 1, 40).capacity()).isGreaterThanOrEqualTo(40);
    NativeBlock ones = scratch.ones(5);
    for (int i = 0; i < ones.capacity(); i++) {
      assertThat(ones.get(i)).isEqualTo(1.0);
    }
  }

  @Test
  void networksCheckShapesAndTakeEmptyBatches() {
    Mlp critic = Mlp.create(new MlpSpec(2, 1, 2, 8, Activation.RELU, WeightInit.HE_UNIFORM),
        DataType.FLOAT, new Rng(4));
    INDArray empty = critic.values(Nd4j.create(DataType.FLOAT, 0, 2));
    assertThat(empty.shape()).containsExactly(0, 1);
    assertThat(critic.readout(Nd4j.create(DataType.FLOAT, 0, 2)).inputGradients().shape())
        .containsExactly(0, 2);
    assertThatThrownBy(() -> critic.values(Nd4j.create(DataType.FLOAT, 5, 3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("input must be 5 x 2");
    assertThatThrownBy(() -> critic.accumulateValueGradient(Nd4j.create(DataType.FLOAT, 5, 2),
        Nd4j.create(DataType.FLOAT, 4, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be 5 x 1");
  }
}
