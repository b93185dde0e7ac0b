package org.wganlab.ui.panel;

import javafx.scene.layout.Region;

/**
 * The pictures of a panel: the heatmap with its colour bar and the two histograms, in whatever room
 * the panel has left after its text and controls. The histograms go below the heatmap or in a column
 * beside it, whichever leaves the larger square: beside in a wide, short panel (three panels on a
 * 1280 x 720 projector), below in a narrow one (four panels).
 */
final class PictureArea extends Region {
  private static final double GAP = 4;
  /**
   * Least and most height of the histograms when they sit below the heatmap: at the least, about 25
   * px of bars under their labels and axis (at 48 px, three panels at 1024 x 768 had 15 px of bars).
   */
  private static final double BELOW_MIN = 62;
  private static final double BELOW_MAX = 110;
  /** Least and most width of the histogram column beside the heatmap. */
  private static final double COLUMN_MIN = 130;
  private static final double COLUMN_MAX = 240;
  /**
   * In presentation mode, for the back row: a heatmap at least this wide and tall, and histograms
   * with at least {@link #PRESENTED_BARS} px of bars under their larger labels.
   */
  static final double PRESENTED_SIDE = 200;
  static final double PRESENTED_BARS = 40;
  private double belowMin = BELOW_MIN;
  private double belowMax = BELOW_MAX;
  private double columnMin = COLUMN_MIN;
  private final SurfaceView surface;
  private final HistogramView norms;
  private final HistogramView weights;

  PictureArea(SurfaceView surface, PanelHistograms histograms) {
    this.surface = surface;
    this.norms = histograms.normView();
    this.weights = histograms.weightView();
    getChildren().addAll(surface, norms, weights);
    getStyleClass().add("picture-area");
    setTextScale(1);
  }

  /**
   * Sizes for text {@code scale} times its normal size: above 1 (presentation mode) the pictures
   * claim the room the back row needs, and the charts under the panels give way to them.
   */
  void setTextScale(double scale) {
    boolean presented = scale > 1;
    double side = presented ? PRESENTED_SIDE : SurfaceView.MIN_SIDE;
    belowMin = presented ? Math.ceil(HistogramView.textHeight(scale) + PRESENTED_BARS) : BELOW_MIN;
    belowMax = Math.max(BELOW_MAX, belowMin);
    columnMin = COLUMN_MIN * scale;
    setMinSize(side + SurfaceView.BAR_WIDTH, side + belowMin + GAP);
    setPrefSize(SurfaceView.PREF_SIDE + SurfaceView.BAR_WIDTH,
        SurfaceView.PREF_SIDE + belowMax + GAP);
    requestLayout();
  }

  @Override
  protected void layoutChildren() {
    double w = getWidth();
    double h = getHeight();
    double bar = SurfaceView.BAR_WIDTH;
    double belowHeight = clamp(h * 0.24, belowMin, belowMax);
    double sideBelow = Math.min(w - bar, h - belowHeight - GAP);
    double column = clamp(w * 0.32, columnMin, Math.max(COLUMN_MAX, columnMin));
    double sideBeside = Math.min(w - bar - column - GAP, h);
    // Beside only where it buys a clearly larger square and the histograms still get room to read.
    boolean beside = sideBeside > sideBelow + 8 && sideBeside >= 2 * belowMin + GAP;
    if (beside) {
      double side = Math.floor(sideBeside);
      double left = Math.floor((w - side - bar - column - GAP) / 2);
      surface.resizeRelocate(left, 0, side + bar, side);
      double x = left + side + bar + GAP;
      // The column takes the whole height: what the square cannot use goes to the histograms.
      double each = Math.floor((h - GAP) / 2);
      norms.resizeRelocate(x, 0, column, each);
      weights.resizeRelocate(x, each + GAP, column, each);
    } else {
      double side = Math.floor(Math.max(0, sideBelow));
      surface.resizeRelocate(0, 0, w, side);
      double each = Math.floor((w - GAP) / 2);
      double y = side + GAP;
      double height = Math.max(belowMin, h - y);
      norms.resizeRelocate(0, y, each, height);
      weights.resizeRelocate(each + GAP, y, w - each - GAP, height);
    }
  }

  private static double clamp(double value, double least, double most) {
    return Math.max(least, Math.min(most, value));
  }
}
