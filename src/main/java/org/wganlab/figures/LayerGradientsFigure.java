package org.wganlab.figures;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.wganlab.export.CsvTable;
import org.wganlab.export.CurvesFigure;
import org.wganlab.export.FigureSheet;
import org.wganlab.method.MethodConfig;
import org.wganlab.train.RunConfig;

/**
 * Figure 1b: log10 of the norm of the gradient of the critic's loss with respect to each layer's
 * activations in 12-layer critics on the swiss roll, clipping at c = 0.1, 0.01, 0.001 against the
 * gradient penalty, over the layers at the end of training (as in the paper) and at the first layer
 * over the iterations.
 */
final class LayerGradientsFigure {
  /** One colour per run: three clipping values from warm to cold, the penalty in green. */
  static final List<Color> COLORS = List.of(new Color(0xd62728), new Color(0xff7f0e),
      new Color(0x1f77b4), new Color(0x2ca02c));

  private LayerGradientsFigure() {
  }

  static FigureOutput make(FigureScale scale, long seed, Consumer<String> progress) {
    DeepCritics.Settings s = DeepCritics.Settings.of(scale);
    List<RunConfig> runs = List.of(DeepCritics.clipping(0.1), DeepCritics.clipping(0.01),
        DeepCritics.clipping(0.001), DeepCritics.gradientPenalty());
    List<DeepCritics.Run> results = DeepCritics.train(runs, s, seed, line -> progress.accept(
        "fig1b: " + line));
    CsvTable byLayer = new CsvTable("run", "layer", "log10_grad_norm");
    CsvTable byIteration = new CsvTable("run", "iteration", "layer", "log10_grad_norm");
    List<CurvesFigure.Series> layerSeries = new ArrayList<>();
    List<CurvesFigure.Series> iterationSeries = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (int r = 0; r < results.size(); r++) {
      DeepCritics.Run run = results.get(r);
      String name = name(run.run());
      double[] last = log10(run.lastNorms());
      double[] layers = new double[last.length];
      for (int l = 0; l < last.length; l++) {
        layers[l] = l + 1;
        byLayer.addRow(name, l + 1, last[l]);
      }
      double[] its = new double[run.iterations().size()];
      double[] first = new double[its.length];
      for (int k = 0; k < its.length; k++) {
        its[k] = run.iterations().get(k);
        double[] norms = log10(run.layerNorms().get(k));
        first[k] = norms[0];
        for (int l = 0; l < norms.length; l++) {
          byIteration.addRow(name, run.iterations().get(k), l + 1, norms[l]);
        }
      }
      layerSeries.add(new CurvesFigure.Series(name, COLORS.get(r), layers, last));
      iterationSeries.add(new CurvesFigure.Series(name, COLORS.get(r), its, first));
      claims.add(claimOf(run.run(), last, run.problem()));
    }
    String changes = String.join(", ", results.stream().map(run -> {
      double[] last = log10(run.lastNorms());
      return String.format(Locale.ROOT, "%s %+.1f", name(run.run()), last[0] - last[last.length - 1]);
    }).toList());
    BufferedImage curves = CurvesFigure.draw(List.of(
        new CurvesFigure.Panel("After " + s.iterations() + " iterations", "critic layer (1 = input side)",
            "log10 ||dL/dh||", layerSeries),
        new CurvesFigure.Panel("First layer during training", "generator iteration",
            "log10 ||dL/dh_1||", iterationSeries)), 2);
    BufferedImage image = FigureSheet.compose(
        "WGAN-GP paper, Figure 1b: gradient norms through 12-layer critics on the swiss roll",
        List.of(), List.of(), List.of(List.of(curves)), List.of(String.format(Locale.ROOT,
            "12 x %d ReLU critic and generator, batch %d, 5 critic steps per iteration; clipping with"
                + " RMSProp 5e-5, GP (lambda 10) with Adam 1e-4.", s.width(), s.batch()),
            "L = E_fake[D] - E_real[D] on a batch; h_l = activations of hidden layer l. Measured"
                + " change of log10 ||dL/dh|| from layer 12 to layer 1: " + changes + "."), 2);
    return new FigureOutput("fig1b", image, Map.of("fig1b-by-layer", byLayer,
        "fig1b-by-iteration", byIteration), Map.of(), claims);
  }

  /** The run's name in legends and tables: what distinguishes it from the others. */
  static String name(RunConfig run) {
    return run.method() instanceof MethodConfig.Clipping clip
        ? "clip c = " + Claim.number(clip.c()) : "GP lambda = 10";
  }

  /**
   * The claim about one run's gradient norms {@code last} (log10, one per hidden layer, input side
   * first): a clipped critic's explode (c >= 0.1) or vanish from the last layer to the first, a
   * penalised one's stay level. {@code problem} says why the run diverged, or is empty.
   */
  static Claim claimOf(RunConfig run, double[] last, String problem) {
    int layers = last.length;
    double change = last[0] - last[layers - 1];
    String detail = String.format(Locale.ROOT, "log10 norm %.2f at layer %d, %.2f at layer 1%s",
        last[layers - 1], layers, last[0], problem.isEmpty() ? "" : "; " + problem);
    if (run.method() instanceof MethodConfig.Clipping clip) {
      String what = "12 layers, clip c = " + Claim.number(clip.c())
          + ": orders of magnitude the gradient norm changes from the last layer to the first";
      return clip.c() >= 0.1 ? Claim.above(what + " (explodes)", change, 1, detail)
          : Claim.below(what + " (vanishes)", change, -1, detail);
    }
    double spread = Stats.range(last);
    return Claim.below("12 layers, GP: orders of magnitude between the largest and smallest"
        + " layer's gradient norm (level)", spread, 1, detail);
  }

  /** log10 of each value. */
  static double[] log10(double[] values) {
    double[] logs = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      logs[i] = Math.log10(values[i]);
    }
    return logs;
  }
}
