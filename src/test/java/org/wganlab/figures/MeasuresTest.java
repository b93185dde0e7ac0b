package org.wganlab.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.metrics.GridSpec;
import org.wganlab.metrics.Quantiles;
import org.wganlab.metrics.Surface;

/** The deterministic measures behind the claims, on inputs whose answers are known exactly. */
class MeasuresTest {

  private static Surface surface(int n, java.util.function.DoubleBinaryOperator f) {
    GridSpec grid = new GridSpec(n, -1, 1);
    float[] values = new float[grid.size()];
    for (int row = 0; row < n; row++) {
      for (int col = 0; col < n; col++) {
        values[row * n + col] = (float) f.applyAsDouble(grid.x(col), grid.y(row));
      }
    }
    return new Surface(grid, values, new float[grid.size()]);
  }

  @Test
  void aPlaneInAnyDirectionHasTotalVariationOneAndAConstantZero() {
    assertThat(SurfaceComplexity.totalVariation(surface(64, (x, y) -> 3 * x))).isCloseTo(1, within(1e-6));
    assertThat(SurfaceComplexity.totalVariation(surface(64, (x, y) -> x + y))).isCloseTo(1, within(1e-6));
    assertThat(SurfaceComplexity.totalVariation(surface(64, (x, y) -> 5))).isZero();
  }

  @Test
  void eachRiseAndFallAddsAboutOne() {
    // A pyramid rises and falls once along every row and column: about twice a plane's variation.
    double pyramid = SurfaceComplexity.totalVariation(surface(65, (x, y) -> -Math.max(Math.abs(x),
        Math.abs(y))));
    assertThat(pyramid).isBetween(1.5, 2.0);
    double ripples = SurfaceComplexity.totalVariation(surface(65, (x, y) -> Math.sin(6 * x)));
    assertThat(ripples).isGreaterThan(3);
  }

  @Test
  void shareOfTheTwoCommonestValuesCountsPiledUpWeights() {
    float[] clipped = {0.01f, -0.01f, 0.01f, 0.004f, -0.01f, 0.01f, 0.002f, -0.003f};
    // 0.01 three times and -0.01 twice: five of eight weights sit on the two commonest values.
    assertThat(Stats.shareOfTwoCommonest(clipped)).isEqualTo(5.0 / 8);
    assertThat(Stats.shareOfTwoCommonest(new float[] {1, 2, 3, 4})).isEqualTo(0.5);
  }

  @Test
  void theShapeFractionDividesTheEstimateByTheLargestGradientAndTheExactW1() {
    GridSpec grid = new GridSpec(4, -3, 3);
    float[] norms = new float[grid.size()];
    norms[5] = 2;
    norms[9] = 0.5f;
    Surface surface = new Surface(grid, new float[grid.size()], norms);
    assertThat(ValueSurfacesFigure.shapeFraction(0.6, surface, 0.5)).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void medianAndRange() {
    assertThat(Quantiles.median(new double[] {3, 1, 2})).isEqualTo(2);
    assertThat(Quantiles.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
    assertThat(Stats.range(new double[] {0.2, 0.9, 0.5})).isCloseTo(0.7, within(1e-12));
  }

  @Test
  void claimsStateTheirRuleAndVerdict() {
    Claim inside = Claim.between("median", 1.05, 0.9, 1.1, "");
    Claim over = Claim.below("ratio", 0.12, 0.1, "");
    assertThat(inside.held()).isTrue();
    assertThat(inside.threshold()).isEqualTo("in [0.9, 1.1]");
    assertThat(over.held()).isFalse();
    assertThat(over.verdict()).isEqualTo("not held");
    assertThat(Claim.above("x", 2, 1, "").held()).isTrue();
    assertThat(Claim.table(List.of(inside, over)).toCsv()).isEqualTo(
        "claim,measured,threshold,verdict,detail\nmedian,1.05,\"in [0.9, 1.1]\",held,\n"
            + "ratio,0.12,< 0.1,not held,\n");
  }

  @Test
  void interpolatesLieOnTheSegments() {
    double[] a = {0, 0, 2, 2};
    double[] b = {1, 0, 2, 4};
    double[] mixed = FixedGeneratorCritics.interpolates(a, b, new org.wganlab.data.Rng(1));
    assertThat(mixed[1]).isZero();
    assertThat(mixed[0]).isBetween(0.0, 1.0);
    assertThat(mixed[2]).isEqualTo(2);
    assertThat(mixed[3]).isBetween(2.0, 4.0);
  }
}
