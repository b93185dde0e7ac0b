package org.wganlab.figures;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.export.CsvTable;
import org.wganlab.export.FigureSheet;
import org.wganlab.export.SurfaceFigure;
import org.wganlab.metrics.Quantiles;
import org.wganlab.metrics.Surface;
import org.wganlab.train.MetricsRow;

/**
 * Figure 1a: the value surfaces of clipped and penalised critics trained against a fixed generator
 * on 8 gaussians, 25 gaussians and the swiss roll (a 2 x 3 grid), with the exact W1 and each
 * critic's estimate on the same held-out points, and the claims of the paper's Section 3 measured.
 */
final class ValueSurfacesFigure {
  /** The data sets of the paper's figure, left to right. */
  static final List<BuiltInDataset> DATA = List.of(BuiltInDataset.EIGHT_GAUSSIANS,
      BuiltInDataset.TWENTY_FIVE_GAUSSIANS, BuiltInDataset.SWISS_ROLL);
  /** Points of each kind drawn over a surface: enough to show the shape, few enough to see it. */
  private static final int DRAWN_POINTS = 300;
  private static final int CELL_WIDTH = 760;

  private ValueSurfacesFigure() {
  }

  static FigureOutput make(FigureScale scale, long seed, Consumer<String> progress) {
    FixedGeneratorCritics.Settings s = FixedGeneratorCritics.Settings.of(scale);
    List<FixedGeneratorCritics.Result> results = new ArrayList<>();
    for (BuiltInDataset data : DATA) {
      progress.accept("fig1a: training clipping and GP critics on " + data.displayName()
          + " against P_r + N(0, I)");
      results.add(FixedGeneratorCritics.train(data, s, seed));
    }
    List<Claim> claims = new ArrayList<>();
    Map<String, Surface> surfaces = new LinkedHashMap<>();
    CsvTable estimates = new CsvTable("data", "method", "points", "exact_w1", "estimate",
        "estimate_over_exact", "median_grad_norm_interpolates", "surface_total_variation",
        "shape_fraction_of_w1");
    CsvTable training = new CsvTable("data", "method", "iteration", "critic_steps",
        "held_out_estimate");
    List<List<BufferedImage>> cells = List.of(new ArrayList<>(), new ArrayList<>());
    for (FixedGeneratorCritics.Result r : results) {
      double[] tv = new double[2];
      double[] shape = new double[2];
      for (int m = 0; m < 2; m++) {
        FixedGeneratorCritics.Critic c = r.critics().get(m);
        String method = m == 0 ? "clip" : "gp";
        tv[m] = SurfaceComplexity.totalVariation(c.surface());
        shape[m] = shapeFraction(c.estimate(), c.surface(), r.exactW1());
        estimates.addRow(r.data().cliName(), method, r.real().length / 2, r.exactW1(), c.estimate(),
            c.estimate() / r.exactW1(), Quantiles.median(c.interpolateNorms()), tv[m], shape[m]);
        for (MetricsRow row : c.rows()) {
          training.addRow(r.data().cliName(), method, row.iteration(), 5 * row.iteration(),
              row.wassersteinEstimate());
        }
        surfaces.put("fig1a-surface-" + r.data().cliName() + "-" + method, c.surface());
        String title = String.format(java.util.Locale.ROOT,
            "W^ = %.3f  (exact W1 %.3f)   shape %.2f   TV %.2f", c.estimate(), r.exactW1(),
            shape[m], tv[m]);
        cells.get(m).add(SurfaceFigure.render(c.surface(), new SurfaceFigure.Layers(
            Arrays.copyOf(r.real(), 2 * DRAWN_POINTS), Arrays.copyOf(r.fake(), 2 * DRAWN_POINTS),
            null), title, CELL_WIDTH, false));
      }
      claims.addAll(claimsOf(r, tv, shape));
    }
    BufferedImage image = FigureSheet.compose(
        "WGAN-GP paper, Figure 1a: critics trained against a fixed generator P_g = P_r + N(0, I)",
        DATA.stream().map(BuiltInDataset::displayName).toList(),
        results.get(0).critics().stream().map(c -> c.run().method().label()).toList(), cells,
        List.of(String.format(java.util.Locale.ROOT, "3 x %d ReLU critics, %d critic steps, batch %d;"
                + " orange: real, green: P_g. W^ = E_real[D] - E_fake[D] and the exact W1 (optimal"
                + " assignment) on the same %,d + %,d held-out points.", s.width(), s.criticSteps(),
                s.batch(), results.get(0).real().length / 2, results.get(0).real().length / 2),
            "Shape: W^ / (largest ||grad D|| on the grid x exact W1), the share of W1 the critic"
                + " reaches once scaled to be 1-Lipschitz. TV: total variation of the surface"
                + " rescaled to [0, 1] (1 for a plane). The claims, measured: claims.csv."),
        2);
    return new FigureOutput("fig1a", image, Map.of("fig1a-estimates", estimates,
        "fig1a-training", training), surfaces, claims);
  }

  /** The claims of one data set; {@code tv} and {@code shape} are clipping's and GP's measures. */
  private static List<Claim> claimsOf(FixedGeneratorCritics.Result r, double[] tv,
      double[] shape) {
    String data = r.data().displayName() + ", ";
    FixedGeneratorCritics.Critic clip = r.critics().get(0);
    FixedGeneratorCritics.Critic gp = r.critics().get(1);
    int n = r.real().length / 2;
    List<Claim> claims = new ArrayList<>();
    claims.add(gpNorms(data, gp.interpolateNorms(), "at " + n + " interpolates of the held-out points"));
    claims.add(gpEstimate(data, gp.estimate(), r.exactW1(), n));
    claims.add(Claim.below(data + "GP: relative change of the mean held-out estimate in the last"
        + " quarter of training (trained to optimality)", lastQuarterChange(gp.rows()), 0.05,
        "mean held-out estimate of the last quarter of training against the third quarter's"));
    claims.add(clipEstimate(data, clip.estimate(), r.exactW1(), n));
    claims.add(shapes(data, shape[0], shape[1], String.format(
            java.util.Locale.ROOT, "; total variation of the surface rescaled to [0, 1] (1 for a"
                + " plane): clipping %.3f, GP %.3f", tv[0], tv[1])));
    return claims;
  }

  /** GP: the median of ||grad D|| at its penalty points {@code norms} is near 1. */
  static Claim gpNorms(String data, double[] norms, String where) {
    return Claim.between(data + "GP: median ||grad D|| at real-fake interpolates",
        Quantiles.median(norms), 0.9, 1.1, where);
  }

  /**
   * GP: its estimate on {@code n} + {@code n} points is close to their exact W1 (within a fifth),
   * where clipping's is a small fraction of it. Close, not equal and not necessarily above: the
   * penalty is soft, so the critic overshoots a little (3.9% at iteration 1,600) or, still
   * climbing, falls a little short (0.6% at 800); a band that began at 1 read such a run as GP
   * failing.
   */
  static Claim gpEstimate(String data, double estimate, double exactW1, int n) {
    double ratio = estimate / exactW1;
    return Claim.between(data + "GP: estimate / exact W1 on the same points (close: within a"
        + " fifth)", ratio, 0.8, 1.2, String.format(java.util.Locale.ROOT,
            "estimate %.4f, %s: %s by %.1f%%%s", estimate, exactText(exactW1, n),
            ratio >= 1 ? "overshoots" : "falls short", 100 * Math.abs(ratio - 1), ratio > 1
                ? " (above the exact value, so the critic is not 1-Lipschitz there)" : ""));
  }

  /** Clipping: its estimate is far below the exact W1 of the same points. */
  static Claim clipEstimate(String data, double estimate, double exactW1, int n) {
    return Claim.below(data + "clipping: estimate / exact W1 on the same points (far below)",
        estimate / exactW1, 0.1, String.format(java.util.Locale.ROOT, "estimate %.5f, %s",
            estimate, exactText(exactW1, n)));
  }

  /** Clipping's critic, scaled to be 1-Lipschitz, reaches less of W1 than GP's: it is simpler. */
  static Claim shapes(String data, double clipShape, double gpShape, String more) {
    return Claim.below(data + "share of W1 the critic's shape captures once scaled to be"
        + " 1-Lipschitz, clipping / GP (clipping's function is simpler)", clipShape / gpShape, 1,
        String.format(java.util.Locale.ROOT, "W^ / (max ||grad D|| on the grid x exact W1): clipping"
            + " %.3f, GP %.3f%s", clipShape, gpShape, more));
  }

  private static String exactText(double exactW1, int n) {
    return String.format(java.util.Locale.ROOT, "exact W1 %.4f on %,d + %,d points", exactW1, n, n);
  }

  /**
   * How much of the exact W1 a critic of this shape reaches once divided by its largest gradient
   * norm on the grid, i.e. scaled to be 1-Lipschitz over [-3, 3]^2: W^ / (L W1). It compares
   * critics of very different scales (clipping's is tiny) by their shape alone; by duality it is at
   * most about 1 (the grid misses the few points outside it), and an over-simple critic scores low.
   */
  static double shapeFraction(double estimate, Surface surface, double exactW1) {
    double lipschitz = 0;
    for (float g : surface.gradientNorms()) {
      lipschitz = Math.max(lipschitz, g);
    }
    return estimate / lipschitz / exactW1;
  }

  /**
   * |mean of the last quarter - mean of the third quarter| / |mean of the last quarter| of the
   * held-out estimates: how much the critic still moved late in training. Quarter means, not single
   * rows, because each row's estimate is itself noisy (1,024 points a side).
   */
  static double lastQuarterChange(List<MetricsRow> rows) {
    int n = rows.size();
    double third = meanEstimate(rows.subList(n / 2, 3 * n / 4));
    double last = meanEstimate(rows.subList(3 * n / 4, n));
    return Math.abs(last - third) / Math.abs(last);
  }

  private static double meanEstimate(List<MetricsRow> rows) {
    return Stats.mean(rows.stream().mapToDouble(MetricsRow::wassersteinEstimate).toArray());
  }
}
