package org.wganlab.figures;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.data.Dataset;
import org.wganlab.export.CsvTable;
import org.wganlab.export.CurvesFigure;
import org.wganlab.export.FigureSheet;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.PenaltySamples;
import org.wganlab.metrics.ExactW1;

/**
 * The WGAN-div paper's comparison of the six sampling choices r(x) (its Table 2), on 8 gaussians in
 * GAN mode: W-div (k = 2, p = 6) and the gradient penalty (lambda = 0.1) with each choice, the modes
 * captured and the exact W1 between generated and real points after the same iterations, and a
 * clipping run beside GP's usual choice for the question of when all 8 modes are captured.
 */
final class SamplingChoicesFigure {
  private static final Color DIV = new Color(0x9467bd);
  private static final Color GP = new Color(0x2ca02c);
  private static final Color CLIP = new Color(0x1f77b4);
  private static final Color FLOOR = new Color(0x7f7f7f);
  /** Modes captured run from 0 to 8, whatever a run reached. */
  private static final double[] MODES_AXIS = {-0.2, 8.2};
  private static final String GP_NAME = "GP lambda = " + Claim.number(SamplingChoiceRuns.GP_LAMBDA);

  private SamplingChoicesFigure() {
  }

  static FigureOutput make(FigureScale scale, long seed, Consumer<String> progress) {
    SamplingChoiceRuns.Settings s = SamplingChoiceRuns.Settings.of(scale);
    List<SamplingChoiceRuns.Outcome> outcomes = new ArrayList<>();
    for (int k = 0; k < s.seeds(); k++) {
      long runSeed = seed + k;
      progress.accept("rx: seed " + runSeed + ", W-div with six r(x), GP with six r(x), clipping");
      outcomes.addAll(SamplingChoiceRuns.train(s, runSeed));
    }
    double floor = ExactW1.between(
        new Dataset.BuiltIn(BuiltInDataset.EIGHT_GAUSSIANS).open(seed + 1000).sample(s.points()),
        new Dataset.BuiltIn(BuiltInDataset.EIGHT_GAUSSIANS).open(seed + 1001).sample(s.points()));
    CsvTable table = new CsvTable("method", "r_x", "r_x_name", "seed", "modes_captured",
        "high_quality_fraction", "exact_w1", "first_all_modes_iteration", "problem");
    CsvTable timeline = new CsvTable("method", "r_x", "seed", "iteration", "training_seconds",
        "modes_captured");
    for (SamplingChoiceRuns.Outcome o : outcomes) {
      table.addRow(o.method().kind().cliName(), choice(o.samples()), o.samples().cliName(), o.seed(),
          o.modes(), o.highQuality(), o.w1(), o.firstAllModes(), o.problem());
      for (int i = 0; i < o.iterations().length; i++) {
        timeline.addRow(o.method().kind().cliName(), choice(o.samples()), o.seed(),
            o.iterations()[i], o.seconds()[i], o.modesOverTime()[i]);
      }
    }
    double[] x = {1, 2, 3, 4, 5, 6};
    double[] divW1 = perChoice(outcomes, true, false);
    double[] gpW1 = perChoice(outcomes, false, false);
    double[] divModes = perChoice(outcomes, true, true);
    double[] gpModes = perChoice(outcomes, false, true);
    List<Claim> claims = new ArrayList<>();
    // The spread ratio of each seed's runs, then its mean: one seed's ranking of six runs is noisy.
    double[] ratios = new double[s.seeds()];
    for (int k = 0; k < s.seeds(); k++) {
      long runSeed = seed + k;
      List<SamplingChoiceRuns.Outcome> ofSeed = outcomes.stream().filter(o -> o.seed() == runSeed)
          .toList();
      ratios[k] = Stats.range(perChoice(ofSeed, true, false))
          / Stats.range(perChoice(ofSeed, false, false));
    }
    claims.add(Claim.below("r(x): spread (max - min over the six choices) of W-div's W1 / GP's,"
        + " mean over seeds", Stats.mean(ratios), 1, String.format(Locale.ROOT,
            "%d seed(s), ratio %.2f-%.2f; W-div W1 %.3f-%.3f, GP W1 %.3f-%.3f (means over seeds);"
                + " modes W-div %.1f-%.1f, GP %.1f-%.1f; two real samples differ by %.3f",
            s.seeds(), min(ratios), max(ratios), min(divW1), max(divW1), min(gpW1), max(gpW1),
            min(divModes), max(divModes), min(gpModes), max(gpModes), floor)));
    claims.addAll(modeClaims(outcomes, seed, s));

    SamplingChoiceRuns.Outcome gpUsual = find(outcomes, seed, false,
        PenaltySamples.REAL_FAKE_INTERPOLATES);
    SamplingChoiceRuns.Outcome clip = outcomes.stream()
        .filter(o -> o.seed() == seed && o.method() instanceof MethodConfig.Clipping).findFirst()
        .orElseThrow();
    BufferedImage curves = CurvesFigure.draw(List.of(
        new CurvesFigure.Panel("Modes captured after " + s.iterations() + " iterations",
            "r(x) choice (WGAN-div numbering)", "modes captured (of 8)", List.of(
                new CurvesFigure.Series("W-div k = 2, p = 6", DIV, x, divModes),
                new CurvesFigure.Series(GP_NAME, GP, x, gpModes)), MODES_AXIS),
        new CurvesFigure.Panel("Exact W1, generated vs real (" + s.points() + " points)",
            "r(x) choice (WGAN-div numbering)", "W1", List.of(
                new CurvesFigure.Series("W-div", DIV, x, divW1),
                new CurvesFigure.Series("GP", GP, x, gpW1),
                new CurvesFigure.Series("real vs real", FLOOR, x, constant(floor, 6)))),
        new CurvesFigure.Panel("Modes over iterations (seed " + seed + ")", "generator iteration",
            "modes captured", List.of(
                new CurvesFigure.Series("GP, interpolates", GP, toDoubles(gpUsual.iterations()),
                    toDoubles(gpUsual.modesOverTime())),
                new CurvesFigure.Series("clip c = 0.01", CLIP, toDoubles(clip.iterations()),
                    toDoubles(clip.modesOverTime()))), MODES_AXIS)), 2);
    List<String> notes = new ArrayList<>();
    notes.add(String.format(Locale.ROOT, "8 gaussians, GAN mode, 3 x %d ReLU networks, batch %d,"
        + " Adam %.0e (RMSProp for clipping), %d iteration(s) x %d seed(s); means over seeds.",
        s.width(), s.batch(), s.learningRate(), s.iterations(), s.seeds()));
    for (PenaltySamples p : PenaltySamples.values()) {
      notes.add(String.format(Locale.ROOT, "r(x) %d: %s.   W-div: %.1f modes, W1 %.3f;   GP: %.1f"
          + " modes, W1 %.3f", choice(p), p.displayName(), divModes[choice(p) - 1],
          divW1[choice(p) - 1], gpModes[choice(p) - 1], gpW1[choice(p) - 1]));
    }
    BufferedImage image = FigureSheet.compose(
        "WGAN-div paper, Table 2: the six choices of r(x), W-div vs gradient penalty", List.of(),
        List.of(), List.of(List.of(curves)), notes, 2);
    return new FigureOutput("rx", image, Map.of("rx-table", table, "rx-modes-over-iterations",
        timeline), Map.of(), claims);
  }

  private static List<Claim> modeClaims(List<SamplingChoiceRuns.Outcome> outcomes, long seed,
      SamplingChoiceRuns.Settings s) {
    SamplingChoiceRuns.Outcome gp = find(outcomes, seed, false,
        PenaltySamples.REAL_FAKE_INTERPOLATES);
    SamplingChoiceRuns.Outcome clip = outcomes.stream()
        .filter(o -> o.seed() == seed && o.method() instanceof MethodConfig.Clipping).findFirst()
        .orElseThrow();
    int at = gp.firstAllModes();
    int k = at < 0 ? -1 : java.util.Arrays.binarySearch(gp.iterations(), at);
    String when = at < 0 ? "never within " + s.iterations() + " iterations"
        : String.format(Locale.ROOT, "first at iteration %d after %.1f s of training", at,
            gp.seconds()[k]);
    List<Claim> claims = new ArrayList<>();
    claims.add(Claim.between("GAN mode, 8 gaussians, " + GP_NAME + ": modes captured at the end",
        gp.modes(), 8, 8, "all 8 " + when + " (measured every " + s.measureEvery()
            + " iterations on " + s.points() + " points)"));
    if (k >= 0) {
      claims.add(Claim.below("GAN mode, 8 gaussians, clip c = 0.01: modes captured when GP first"
          + " had all 8", clip.modesOverTime()[k], 8, String.format(Locale.ROOT,
              "at iteration %d; clipping %s", at, clip.firstAllModes() < 0
                  ? "never had all 8 within " + s.iterations() + " iterations"
                  : "first had all 8 at iteration " + clip.firstAllModes())));
    }
    return claims;
  }

  /** The WGAN-div paper's number of a sampling choice, 1 to 6. */
  static int choice(PenaltySamples samples) {
    return samples.ordinal() + 1;
  }

  private static SamplingChoiceRuns.Outcome find(List<SamplingChoiceRuns.Outcome> outcomes,
      long seed, boolean div, PenaltySamples samples) {
    return outcomes.stream().filter(o -> o.seed() == seed && o.samples() == samples
        && (o.method() instanceof MethodConfig.Divergence) == div
        && !(o.method() instanceof MethodConfig.Clipping)).findFirst().orElseThrow();
  }

  /** Mean over seeds of W1 (or of modes captured) per choice, for W-div or GP. */
  private static double[] perChoice(List<SamplingChoiceRuns.Outcome> outcomes, boolean div,
      boolean modes) {
    double[] sum = new double[6];
    int[] count = new int[6];
    for (SamplingChoiceRuns.Outcome o : outcomes) {
      boolean isDiv = o.method() instanceof MethodConfig.Divergence;
      boolean isGp = o.method() instanceof MethodConfig.GradientPenalty;
      if ((div && isDiv) || (!div && isGp)) {
        int c = choice(o.samples()) - 1;
        sum[c] += modes ? o.modes() : o.w1();
        count[c]++;
      }
    }
    for (int c = 0; c < 6; c++) {
      sum[c] /= count[c];
    }
    return sum;
  }

  private static double[] constant(double value, int n) {
    double[] v = new double[n];
    java.util.Arrays.fill(v, value);
    return v;
  }

  private static double[] toDoubles(int[] values) {
    return java.util.Arrays.stream(values).asDoubleStream().toArray();
  }

  private static double min(double[] v) {
    return java.util.Arrays.stream(v).min().orElse(Double.NaN);
  }

  private static double max(double[] v) {
    return java.util.Arrays.stream(v).max().orElse(Double.NaN);
  }
}
