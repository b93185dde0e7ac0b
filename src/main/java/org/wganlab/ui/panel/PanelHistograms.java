package org.wganlab.ui.panel;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import org.wganlab.metrics.Histogram;
import org.wganlab.train.Evaluation;

/**
 * A panel's two histograms and what they draw: ||grad D|| at real, generated and penalty points with a marker at 1
 * (where a gradient penalty pulls them) and an overflow bin for norms past the axis, and the critic's
 * weights with markers at +-c under clipping and the share piled up there drawn as red bars.
 */
final class PanelHistograms {
  private static final int BINS = 40;
  private static final double MAX_NORM_AXIS = 10;
  /** The weight axis runs a little past +-c, so that the piles at +-c stand inside the frame. */
  private static final double CLIP_MARGIN = 1.25;
  private static final Color WEIGHTS = Color.web("#455a64");
  private final HistogramView norms;
  private final HistogramView weights;

  /** Two histograms, laid out by the panel's {@link PictureArea}. */
  PanelHistograms() {
    double half = (SurfaceView.PREF_SIDE - 4) / 2;
    norms = new HistogramView("||grad D||", 100, half, 48, 84);
    weights = new HistogramView("critic weights", 100, half, 48, 84);
    norms.getStyleClass().add("norm-histogram");
    weights.getStyleClass().add("weight-histogram");
    Tooltip.install(norms, new Tooltip("||grad_x D|| at real, generated and penalty points; a"
        + " gradient penalty gathers them at 1. Norms past the axis go to the red bin at the right."));
    Tooltip.install(weights, new Tooltip("All critic weights; clipping piles them up at +-c (dashed"
        + " lines): the red bars and the percentage are the weights within 1/40 of c of the bounds."));
  }

  /** Text size relative to the normal one. */
  void setTextScale(double factor) {
    norms.setTextScale(factor);
    weights.setTextScale(factor);
  }

  /** Draws the histograms of {@code e}; {@code clip} is c under clipping, else NaN. */
  void draw(Evaluation e, double clip) {
    if (e == null) {
      norms.begin(0, 2);
      norms.paint();
      weights.begin(-1, 1);
      weights.paint();
      return;
    }
    drawNorms(e);
    drawWeights(e.weights(), clip);
  }

  private void drawNorms(Evaluation e) {
    double[][] sets = {e.realGradientNorms(), e.fakeGradientNorms(), e.penaltyGradientNorms()};
    double largest = 0;
    for (double[] set : sets) {
      largest = Math.max(largest, largest(set));
    }
    double high = Math.min(MAX_NORM_AXIS, Math.max(2, largest * 1.05));
    norms.begin(0, high);
    norms.add("real", Palette.REAL, inside(sets[0], high));
    norms.add("fake", Palette.FAKE, inside(sets[1], high));
    if (sets[2].length > 0) {
      norms.add("penalty", Palette.PENALTY, inside(sets[2], high));
    }
    long over = 0;
    long total = 0;
    for (double[] set : sets) {
      over += above(set, high);
      total += set.length;
    }
    if (over > 0) {
      double share = (double) over / total;
      norms.overflow(share, String.format(Locale.ROOT, "%.0f%% > %s", 100 * share,
          org.wganlab.ui.model.Formats.number(high)));
    }
    norms.marker(1.0);
    norms.paint();
  }

  private void drawWeights(Histogram w, double clip) {
    if (!Double.isFinite(clip)) {
      weights.begin(w.min(), w.max());
      weights.add("", WEIGHTS, w.counts());
      weights.paint();
      return;
    }
    // Before the first clip (iteration 0) the weights spread past +-c: the axis takes their whole
    // range, with +-c marked inside it, rather than squeezing the range into the clipped one.
    double reach = Math.max(CLIP_MARGIN * clip, Math.max(-w.min(), w.max()));
    weights.begin(-reach, reach);
    long[] counts = w.counts();
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    // The end bins of the weights' own range hold those within 1/40 of c of +-c when the range is
    // +-c, as clipping makes it; they are drawn as the pile, the rest as the histogram.
    boolean clipped = w.min() >= -clip * (1 + 1e-6) && w.max() <= clip * (1 + 1e-6);
    int last = counts.length - 1;
    long pile = 0;
    if (clipped && w.min() <= -clip * (1 - 1e-6)) {
      pile += counts[0];
      counts[0] = 0;
    }
    if (clipped && w.max() >= clip * (1 - 1e-6)) {
      pile += counts[last];
      counts[last] = 0;
    }
    weights.add("", WEIGHTS, counts, w.min(), w.max());
    weights.marker(-clip);
    weights.marker(clip);
    if (pile > 0) {
      double share = (double) pile / total;
      weights.pile(List.of(-clip, clip), share,
          String.format(Locale.ROOT, "%.0f%% at \u00b1c", 100 * share));
    }
    weights.paint();
  }

  /** Counts over {@code [0, high]}, without the values past it (those go to the overflow bin). */
  private static long[] inside(double[] values, double high) {
    long[] counts = Histogram.of(values, BINS, 0, high).counts();
    counts[BINS - 1] -= above(values, high);
    return counts;
  }

  private static long above(double[] values, double high) {
    long n = 0;
    for (double v : values) {
      if (v > high) {
        n++;
      }
    }
    return n;
  }

  private static double largest(double[] values) {
    double max = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        max = Math.max(max, v);
      }
    }
    return max;
  }

  /** The norm histogram (for tests). */
  HistogramView normView() {
    return norms;
  }

  /** The weight histogram (for tests). */
  HistogramView weightView() {
    return weights;
  }
}
