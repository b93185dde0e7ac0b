package org.wganlab.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The small seeded versions of the figures, asserting the claims that hold at this size: the
 * gradient penalty's norms at 1 and clipping's estimate far below the exact W1 (Figure 1a), clipped
 * gradients vanishing through 12 layers and GP's level (1b), clipped weights piled at +-c and GP's
 * spread (1c). What does not hold this small (GP's estimate needs the full training; c = 0.1 needs
 * the full width to explode) is left to the full figures, whose numbers the README reports.
 */
class QuickFiguresTest {

  private static Claim claim(FigureOutput output, String containing) {
    return output.claims().stream().filter(c -> c.claim().contains(containing)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim about " + containing));
  }

  @Test
  void figure1aGradientPenaltyNormsSitAtOneAndClippingSeesAlmostNothing() {
    List<String> progress = new ArrayList<>();
    FigureOutput fig = PaperFigure.FIG1A.make(FigureScale.QUICK, 1, progress::add);
    assertThat(progress).hasSize(3);
    assertThat(fig.claims()).hasSize(15);
    assertThat(fig.surfaces()).hasSize(6);
    for (String data : List.of("8 gaussians", "25 gaussians", "swiss roll")) {
      Claim norms = claim(fig, data + ", GP: median");
      assertThat(norms.held()).as(norms.detail()).isTrue();
      Claim clip = claim(fig, data + ", clipping: estimate");
      assertThat(clip.held()).as(clip.detail()).isTrue();
      assertThat(clip.measured()).isBetween(-0.01, 0.01);
    }
    assertThat(fig.image().getWidth()).isGreaterThan(2000);
  }

  @Test
  void figure1bClippedGradientsVanishThroughTwelveLayersWhileTheGradientPenaltysStayLevel() {
    FigureOutput fig = PaperFigure.FIG1B.make(FigureScale.QUICK, 1, line -> { });
    assertThat(fig.claims()).hasSize(4);
    Claim small = claim(fig, "clip c = 0.001");
    assertThat(small.held()).isTrue();
    assertThat(small.measured()).isLessThan(-10);
    assertThat(claim(fig, "clip c = 0.01:").held()).isTrue();
    Claim gp = claim(fig, "GP");
    assertThat(gp.held()).as(gp.detail()).isTrue();
    // 12 layers x (iterations 0, 2, 4, 6) x 4 runs in the table behind the right-hand panel.
    assertThat(fig.tables().get("fig1b-by-iteration").rowCount()).isEqualTo(12 * 4 * 4);
    assertThat(fig.tables().get("fig1b-by-layer").rowCount()).isEqualTo(12 * 4);
  }

  @Test
  void figure1cClippingPilesWeightsAtTheBoundsAndTheGradientPenaltySpreadsThem() {
    FigureOutput fig = PaperFigure.FIG1C.make(FigureScale.QUICK, 1, line -> { });
    assertThat(fig.claims()).hasSize(3);
    assertThat(fig.claims()).allSatisfy(c -> assertThat(c.held()).as(c.claim()).isTrue());
    assertThat(claim(fig, "within 5% of +-c").measured()).isGreaterThan(0.8);
    assertThat(fig.tables().get("fig1c-weight-histograms").rowCount()).isEqualTo(160);
  }

  @Test
  void theSamplingChoicesCompareSixChoicesOfEachMethodAndAClippingRun() {
    FigureOutput fig = PaperFigure.RX.make(FigureScale.QUICK, 1, line -> { });
    String table = fig.tables().get("rx-table").toCsv();
    List<String> rows = table.lines().skip(1).toList();
    assertThat(rows).hasSize(13);
    for (String choice : List.of("interpolates", "same-side", "pooled", "real-and-fake", "fake",
        "real")) {
      assertThat(rows).filteredOn(r -> r.split(",")[2].equals(choice)).hasSizeGreaterThanOrEqualTo(2);
    }
    assertThat(rows).allSatisfy(r -> assertThat(Double.parseDouble(r.split(",")[6])).isPositive());
    // 60 iterations measured every 20: three mode counts per run.
    assertThat(fig.tables().get("rx-modes-over-iterations").rowCount()).isEqualTo(13 * 3);
    Claim spread = claim(fig, "spread");
    assertThat(spread.measured()).isPositive();
    assertThat(claim(fig, "modes captured at the end").threshold()).isEqualTo("in [8, 8]");
  }

  @Test
  void theSameSeedGivesTheSameNumbers() {
    FixedGeneratorCritics.Settings tiny = new FixedGeneratorCritics.Settings(16, 20, 32, 64,
        new org.wganlab.metrics.GridSpec(8, -3, 3),
        org.wganlab.nn.OptimizerConfig.RMSPROP_REFERENCE, org.wganlab.nn.OptimizerConfig.ADAM_REFERENCE);
    FixedGeneratorCritics.Result a = FixedGeneratorCritics.train(
        org.wganlab.data.BuiltInDataset.EIGHT_GAUSSIANS, tiny, 7);
    FixedGeneratorCritics.Result b = FixedGeneratorCritics.train(
        org.wganlab.data.BuiltInDataset.EIGHT_GAUSSIANS, tiny, 7);
    assertThat(b.exactW1()).isEqualTo(a.exactW1());
    assertThat(b.exactW1()).isEqualTo(org.wganlab.metrics.ExactW1.between(a.real(), a.fake()));
    for (int m = 0; m < 2; m++) {
      assertThat(b.critics().get(m).estimate()).isEqualTo(a.critics().get(m).estimate());
      assertThat(b.critics().get(m).weights()).isEqualTo(a.critics().get(m).weights());
    }
    // Both critics are measured on the same held-out points, so their estimates compare.
    assertThat(a.real()).hasSize(128);
  }
}
