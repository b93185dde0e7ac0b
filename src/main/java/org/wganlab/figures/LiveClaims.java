package org.wganlab.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.PenaltySamples;
import org.wganlab.train.Evaluation;
import org.wganlab.train.RunSnapshot;

/**
 * The claims of each figure measured on the runs of a live session (the desktop app's experiments
 * that load a figure's setting), with the same measures and thresholds as the figures where the
 * session carries what they need. Each claim finds its run by method and parameter, so a panel the
 * teacher removed or changed reads "not yet" with the reason instead of measuring the wrong run.
 */
public final class LiveClaims {
  /** Fixed generator: GP's norms settle at 1 within a few hundred critic iterations. */
  static final int FIG1A_JUDGED_FROM = 300;
  /**
   * Fixed generator: the estimates are judged after 6,000 critic steps (1,200 iterations of 5), as
   * long as `figure fig1a` trains; GP's estimate was still rising at 2,000.
   */
  static final int FIG1A_ESTIMATES_JUDGED_FROM = 1200;
  /** Figure 1b: c = 0.1 needs training to align its clipped weights (about 150 iterations). */
  static final int FIG1B_JUDGED_FROM = 300;
  /** Figure 1c: clipping piles the weights up at the first step; GP's start spread. */
  static final int FIG1C_JUDGED_FROM = 20;
  /** r(x): GP first captured all 8 modes at iteration 1,700 in a 3,000-iteration `figure rx`. */
  static final int RX_JUDGED_FROM = 3000;

  private LiveClaims() {
  }

  /** The claims of {@code figure} measured on {@code record}; empty before the first snapshot. */
  public static List<LiveClaim> of(PaperFigure figure, LiveRecord record) {
    if (record.latest() == null) {
      return List.of();
    }
    return switch (figure) {
      case FIG1A -> fixedGenerator(record);
      case FIG1B -> layerGradients(record);
      case FIG1C -> weights(record);
      case RX -> samplingChoices(record);
    };
  }

  private static List<LiveClaim> fixedGenerator(LiveRecord record) {
    int gp = find(record, m -> m instanceof MethodConfig.GradientPenalty);
    int clip = find(record, m -> m instanceof MethodConfig.Clipping);
    List<LiveClaim> claims = new ArrayList<>();
    String norms = "GP: median ||grad D|| at its penalty points";
    Evaluation gpNow = gp < 0 ? null : evaluation(record, gp);
    if (gpNow == null || gpNow.penaltyGradientNorms().length == 0) {
      claims.add(missing(record, gp, "GP panel", norms, "in [0.9, 1.1]"));
    } else {
      claims.add(LiveClaim.judged(ValueSurfacesFigure.gpNorms("", gpNow.penaltyGradientNorms(),
          "at the " + gpNow.penaltyGradientNorms().length + " interpolates of the last critic step"),
          gpNow.iteration(), FIG1A_JUDGED_FROM));
    }
    Evaluation gpExact = gp < 0 ? null : record.memory(gp).exact();
    Evaluation clipExact = clip < 0 ? null : record.memory(clip).exact();
    String press = "press Exact W1 (it pauses) to measure";
    claims.add(gpExact == null ? LiveClaim.waiting("GP: estimate / exact W1 on the same points",
        "in [1, 1.2]", press) : LiveClaim.judged(ValueSurfacesFigure.gpEstimate("",
            gpExact.wassersteinEstimate(), gpExact.exactW1(), points(gpExact)), gpExact.iteration(),
            FIG1A_ESTIMATES_JUDGED_FROM));
    claims.add(clipExact == null ? LiveClaim.waiting("clipping: estimate / exact W1 on the same"
        + " points", "< 0.1", press) : LiveClaim.judged(ValueSurfacesFigure.clipEstimate("",
            clipExact.wassersteinEstimate(), clipExact.exactW1(), points(clipExact)),
            clipExact.iteration(), FIG1A_JUDGED_FROM));
    String shapes = "clipping's critic is simpler (share of W1 its shape reaches, clipping / GP)";
    if (gpExact == null || clipExact == null || gpExact.surface() == null
        || clipExact.surface() == null) {
      claims.add(LiveClaim.waiting(shapes, "< 1", press));
    } else {
      claims.add(LiveClaim.judged(ValueSurfacesFigure.shapes("", shape(clipExact),
          shape(gpExact), ""), Math.min(gpExact.iteration(), clipExact.iteration()),
          FIG1A_ESTIMATES_JUDGED_FROM));
    }
    return claims;
  }

  private static List<LiveClaim> layerGradients(LiveRecord record) {
    List<LiveClaim> claims = new ArrayList<>();
    for (double c : new double[] {0.1, 0.01, 0.001}) {
      claims.add(layerClaim(record, find(record, m -> m instanceof MethodConfig.Clipping k
          && k.c() == c), "panel clipping at c = " + Claim.number(c), "12 layers, clip c = "
          + Claim.number(c) + ": orders of magnitude from the last layer to the first",
          c >= 0.1 ? "> 1" : "< -1"));
    }
    claims.add(layerClaim(record, find(record, m -> m instanceof MethodConfig.GradientPenalty),
        "GP panel", "12 layers, GP: orders of magnitude between its layers", "< 1"));
    return claims;
  }

  private static LiveClaim layerClaim(LiveRecord record, int index, String panel, String claim,
      String threshold) {
    Evaluation e = index < 0 ? null : evaluation(record, index);
    if (e == null) {
      return missing(record, index, panel, claim, threshold);
    }
    RunSnapshot run = record.latest().runs().get(index);
    return LiveClaim.judged(LayerGradientsFigure.claimOf(run.run(),
        LayerGradientsFigure.log10(e.layerGradientNorms()), run.problem()), e.iteration(),
        FIG1B_JUDGED_FROM);
  }

  private static List<LiveClaim> weights(LiveRecord record) {
    int clip = find(record, m -> m instanceof MethodConfig.Clipping);
    int gp = find(record, m -> m instanceof MethodConfig.GradientPenalty);
    Evaluation clipNow = clip < 0 ? null : evaluation(record, clip);
    Evaluation gpNow = gp < 0 ? null : evaluation(record, gp);
    List<LiveClaim> claims = new ArrayList<>();
    claims.add(clipNow == null ? missing(record, clip, "clipping panel", "clipping: share of"
        + " weights within 5% of +-c", "> 0.5") : LiveClaim.judged(WeightHistogramsFigure.pileUp(
            clipNow.weightSummary(), ""), clipNow.iteration(), FIG1C_JUDGED_FROM));
    if (gpNow == null || clipNow == null) {
      claims.add(missing(record, gpNow == null ? gp : clip, gpNow == null ? "GP panel"
          : "clipping panel", "weight std, GP / clipping", "> 2"));
      return claims;
    }
    var spread = gpNow.weightSummary();
    claims.add(LiveClaim.judged(Claim.below("12 layers, GP: share of weights within 5% of its"
        + " largest |w| (no pile-up)", spread.shareNearEdge(), 0.1, String.format(Locale.ROOT,
            "largest |w| %.4f; a uniform spread puts 5%% there, clipping %.0f%%", spread.maxAbs(),
            100 * clipNow.weightSummary().shareNearEdge())), gpNow.iteration(), FIG1C_JUDGED_FROM));
    claims.add(LiveClaim.judged(WeightHistogramsFigure.spread(spread, clipNow.weightSummary()),
        Math.min(gpNow.iteration(), clipNow.iteration()), FIG1C_JUDGED_FROM));
    return claims;
  }

  private static List<LiveClaim> samplingChoices(LiveRecord record) {
    PenaltySamples[] choices = {PenaltySamples.REAL_FAKE_INTERPOLATES, PenaltySamples.FAKE};
    int[] div = new int[2];
    int[] gp = new int[2];
    for (int k = 0; k < 2; k++) {
      PenaltySamples r = choices[k];
      div[k] = find(record, m -> m instanceof MethodConfig.Divergence d && d.samples() == r);
      gp[k] = find(record, m -> m instanceof MethodConfig.GradientPenalty g && g.samples() == r);
    }
    List<LiveClaim> claims = new ArrayList<>();
    String spread = "r(x): modes captured, spread over interpolates vs fake points, W-div - GP";
    double[] modes = new double[4];
    int[] all = {div[0], div[1], gp[0], gp[1]};
    int iteration = Integer.MAX_VALUE;
    for (int k = 0; k < 4; k++) {
      modes[k] = all[k] < 0 ? Double.NaN : record.memory(all[k]).meanRecentModes();
      if (Double.isNaN(modes[k])) {
        claims.add(missing(record, all[k], "W-div and GP panel at each of the two r(x)", spread, "< 0"));
        break;
      }
      iteration = Math.min(iteration, record.latest().runs().get(all[k]).iteration());
    }
    if (claims.isEmpty()) {
      double divSpread = Math.abs(modes[0] - modes[1]);
      double gpSpread = Math.abs(modes[2] - modes[3]);
      claims.add(LiveClaim.judged(Claim.below(spread, divSpread - gpSpread, 0,
          String.format(Locale.ROOT, "modes, mean of the last %d measurements: W-div %.1f vs %.1f,"
              + " GP %.1f vs %.1f", LiveRecord.RECENT_MODES, modes[0], modes[1], modes[2],
              modes[3])), iteration, RX_JUDGED_FROM));
    }
    String allModes = "GP, r(x) = interpolates: all 8 modes captured";
    if (gp[0] < 0 || record.memory(gp[0]).bestModes() < 0) {
      claims.add(missing(record, gp[0], "GP panel at interpolates", allModes, "in [8, 8]"));
      return claims;
    }
    LiveRecord.RunMemory m = record.memory(gp[0]);
    String when = m.allModesAt() < 0 ? "at most " + m.bestModes() + " so far"
        : String.format(Locale.ROOT, "first at iteration %,d after %.1f s of training",
            m.allModesAt(), m.allModesSeconds());
    claims.add(LiveClaim.judged(Claim.between(allModes + " (most in one measurement)",
        m.bestModes(), 8, 8, when), record.latest().runs().get(gp[0]).iteration(), RX_JUDGED_FROM));
    return claims;
  }

  /** The index of the first run whose method satisfies {@code method}, or -1. */
  private static int find(LiveRecord record, Predicate<MethodConfig> method) {
    List<RunSnapshot> runs = record.latest().runs();
    for (int i = 0; i < runs.size(); i++) {
      if (method.test(runs.get(i).run().method())) {
        return i;
      }
    }
    return -1;
  }

  private static Evaluation evaluation(LiveRecord record, int index) {
    return record.latest().runs().get(index).evaluation();
  }

  /** A claim that cannot be measured: its run is missing, or not measured yet. */
  private static LiveClaim missing(LiveRecord record, int index, String panel, String claim,
      String threshold) {
    return LiveClaim.waiting(claim, threshold, index < 0
        ? "no " + panel + ": open the experiment again from the Experiments menu"
        : "no measurement yet: press Play");
  }

  private static int points(Evaluation e) {
    return Math.min(e.real().length, e.fake().length) / 2;
  }

  private static double shape(Evaluation e) {
    return ValueSurfacesFigure.shapeFraction(e.wassersteinEstimate(), e.surface(), e.exactW1());
  }
}
