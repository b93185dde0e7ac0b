package org.wganlab.figures;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.wganlab.export.CsvTable;
import org.wganlab.export.FigureSheet;
import org.wganlab.export.HistogramFigure;
import org.wganlab.metrics.Histogram;
import org.wganlab.metrics.WeightSummary;

/**
 * Figure 1c: the weights of 12-layer critics trained on the swiss roll (the Figure 1b setting),
 * clipping at c = 0.01 on the paper's axis of +-0.02, the gradient penalty on +-0.5.
 */
final class WeightHistogramsFigure {
  private static final int BINS = 80;
  private static final double CLIP = 0.01;

  private WeightHistogramsFigure() {
  }

  static FigureOutput make(FigureScale scale, long seed, Consumer<String> progress) {
    DeepCritics.Settings s = DeepCritics.Settings.of(scale);
    List<DeepCritics.Run> runs = DeepCritics.train(List.of(DeepCritics.clipping(CLIP),
        DeepCritics.gradientPenalty()), s, seed, line -> progress.accept("fig1c: " + line));
    float[] clipped = runs.get(0).weights();
    float[] penalised = runs.get(1).weights();
    Histogram clipHistogram = inRange(clipped, 0.02);
    Histogram gpHistogram = inRange(penalised, 0.5);
    CsvTable table = new CsvTable("run", "bin_center", "count");
    addBins(table, "clip c = 0.01", clipHistogram);
    addBins(table, "GP lambda = 10", gpHistogram);

    WeightSummary clip = WeightSummary.of(clipped, CLIP);
    WeightSummary gp = WeightSummary.of(penalised, Double.NaN);
    double clipTwo = Stats.shareOfTwoCommonest(clipped);
    double gpTwo = Stats.shareOfTwoCommonest(penalised);
    List<Claim> claims = new ArrayList<>();
    claims.add(pileUp(clip, String.format(Locale.ROOT, "; %.1f%% sit exactly on the two commonest"
        + " values", 100 * clipTwo)));
    claims.add(Claim.below("12 layers, GP: share of critic weights on its two commonest values (no"
        + " pile-up; clipping's share is in the detail)", gpTwo, 0.01, String.format(Locale.ROOT,
            "%,d weights, max |w| %.4f, std %.4f; clipping: %.1f%% on two values",
            penalised.length, gp.maxAbs(), gp.std(), 100 * clipTwo)));
    claims.add(spread(gp, clip));

    BufferedImage bars = HistogramFigure.draw(List.of(
        new HistogramFigure.Panel("Weight clipping, c = 0.01", "weight", clipHistogram,
            new Color(0x1f77b4), new double[] {-CLIP, CLIP}),
        new HistogramFigure.Panel("Gradient penalty, lambda = 10", "weight", gpHistogram,
            new Color(0x2ca02c), new double[0])), 2);
    BufferedImage image = FigureSheet.compose(
        "WGAN-GP paper, Figure 1c: critic weights, clipping vs gradient penalty", List.of(),
        List.of(), List.of(List.of(bars)), List.of(String.format(Locale.ROOT,
            "All weights of 12 x %d ReLU critics after %d iterations on the swiss roll (the Figure 1b"
                + " setting); dashed: +-c.", s.width(), s.iterations()),
            String.format(Locale.ROOT, "Clipping piles %.0f%% of its weights within 5%% of +-c;"
                + " GP spreads them (std %.3f).", 100 * clip.shareNearEdge(), gp.std())), 2);
    return new FigureOutput("fig1c", image, Map.of("fig1c-weight-histograms", table), Map.of(),
        claims);
  }

  /** Clipping piles its weights within 5% of +-c: more than half of them sit there. */
  static Claim pileUp(WeightSummary clip, String more) {
    return Claim.above("12 layers, clip c = " + Claim.number(clip.edge()) + ": share of critic"
        + " weights within 5% of +-c (piled up)", clip.shareNearEdge(), 0.5, String.format(
            Locale.ROOT, "%,d weights; a uniform spread over [-c, c] would put 5%% there; std"
                + " %.5f%s", clip.count(), clip.std(), more));
  }

  /** GP spreads its weights: their standard deviation is more than twice clipping's. */
  static Claim spread(WeightSummary gp, WeightSummary clip) {
    return Claim.above("12 layers: weight std, GP / clipping (GP spreads its weights)",
        gp.std() / clip.std(), 2, String.format(Locale.ROOT, "std %.5f vs %.5f", gp.std(),
            clip.std()));
  }

  /** The histogram over [-half, half] of the weights inside it (the axis of the paper's panel). */
  private static Histogram inRange(float[] weights, double half) {
    float[] inside = new float[weights.length];
    int n = 0;
    for (float w : weights) {
      if (Math.abs(w) <= half) {
        inside[n++] = w;
      }
    }
    return Histogram.of(java.util.Arrays.copyOf(inside, n), BINS, -half, half);
  }

  private static void addBins(CsvTable table, String run, Histogram h) {
    for (int i = 0; i < h.bins(); i++) {
      table.addRow(run, h.binCenter(i), h.count(i));
    }
  }
}
