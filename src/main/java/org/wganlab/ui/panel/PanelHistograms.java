package org.wganlab.ui.panel;

import javafx.scene.layout.HBox;
import org.wganlab.metrics.Histogram;
import org.wganlab.train.Evaluation;

/**
 * A panel's two histograms: ||grad_x D|| at real, generated and penalty points with a marker at 1
 * (where a gradient penalty pulls them), and the critic's weights with markers at +-c under clipping
 * (where clipping piles them up).
 */
final class PanelHistograms extends HBox {
  private static final int BINS = 40;
  private static final double MAX_NORM_AXIS = 10;
  private final HistogramView norms;
  private final HistogramView weights;

  /** Two histograms side by side that share the width the panel gives them. */
  PanelHistograms() {
    super(4);
    double half = (SurfaceView.PREF_SIDE - 4) / 2;
    double least = (SurfaceView.MIN_SIDE - 4) / 2;
    norms = new HistogramView("||grad D|| (marker at 1)", least, half, 84);
    weights = new HistogramView("critic weights", least, half, 84);
    HBox.setHgrow(norms, javafx.scene.layout.Priority.ALWAYS);
    HBox.setHgrow(weights, javafx.scene.layout.Priority.ALWAYS);
    norms.getStyleClass().add("norm-histogram");
    weights.getStyleClass().add("weight-histogram");
    javafx.scene.control.Tooltip.install(norms, new javafx.scene.control.Tooltip(
        "||grad_x D|| at real, generated and penalty points; a gradient penalty gathers them at 1"));
    javafx.scene.control.Tooltip.install(weights, new javafx.scene.control.Tooltip(
        "All critic weights; clipping piles them up at +-c (dashed lines)"));
    getChildren().addAll(norms, weights);
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
    double high = Math.max(Math.max(largest(e.realGradientNorms()), largest(e.fakeGradientNorms())),
        largest(e.penaltyGradientNorms()));
    high = Math.min(MAX_NORM_AXIS, Math.max(1.25, high * 1.05));
    norms.begin(0, high);
    norms.add("real", Palette.REAL, Histogram.of(e.realGradientNorms(), BINS, 0, high).counts());
    norms.add("fake", Palette.FAKE, Histogram.of(e.fakeGradientNorms(), BINS, 0, high).counts());
    if (e.penaltyGradientNorms().length > 0) {
      norms.add("penalty", Palette.PENALTY,
          Histogram.of(e.penaltyGradientNorms(), BINS, 0, high).counts());
    }
    norms.marker(1.0);
    norms.paint();
    Histogram w = e.weights();
    weights.begin(w.min(), w.max());
    weights.add("", Palette.run(0).darker(), w.counts());
    if (Double.isFinite(clip)) {
      weights.marker(-clip);
      weights.marker(clip);
    }
    weights.paint();
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
}
