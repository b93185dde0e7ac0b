package org.wganlab.ui.panel;

import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * A panel as a figure for a slide: the run's name and where it stands on top, the heatmap with its
 * layers, notes and colour bar as the panel shows them, and the two histograms under it; none of the
 * panel's menus, fields, sliders or toggles. Its size is fixed whatever the window's, so that
 * figures of several panels or lessons line up on a slide; every part is drawn at the figure's
 * resolution.
 */
final class PanelFigure {
  /** Side of the heatmap's square, in figure pixels at 1x. */
  static final double SIDE = 400;
  /** Height of the histograms under the heatmap. */
  static final double HISTOGRAM_HEIGHT = 120;
  static final double PAD = 10;
  static final double GAP = 6;
  static final double TITLE_BAND = 46;
  /** Width and height of a figure at 1x. */
  static final double WIDTH = SIDE + SurfaceView.BAR_WIDTH + 2 * PAD;
  static final double HEIGHT = TITLE_BAND + SIDE + GAP + HISTOGRAM_HEIGHT + 2 * PAD;

  private PanelFigure() {
  }

  /**
   * The figure of a panel whose run is called {@code title} and stands at {@code numbers} (the
   * header's iteration and estimate), drawn at {@code scale} (1, or 2 for a projector).
   */
  static WritableImage draw(String title, String numbers, Color colour, SurfaceView surface,
      PanelHistograms histograms, double scale) {
    WritableImage square = surface.picture(SIDE, scale);
    double each = Math.floor((SIDE + SurfaceView.BAR_WIDTH - GAP) / 2);
    WritableImage norms = histograms.normView().picture(each, HISTOGRAM_HEIGHT, scale);
    WritableImage weights = histograms.weightView().picture(each, HISTOGRAM_HEIGHT, scale);
    return SharpPicture.paint(WIDTH, HEIGHT, scale, g -> {
      g.setFill(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setFill(colour);
      g.fillRect(PAD, PAD, 6, TITLE_BAND - 14);
      g.setFill(Color.BLACK);
      double textWidth = WIDTH - 2 * PAD - 12;
      g.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD,
          TextFit.size(16, textWidth, title)));
      g.fillText(title, PAD + 12, PAD + 15);
      g.setFont(Font.font(TextFit.size(12, textWidth, numbers)));
      g.fillText(numbers, PAD + 12, PAD + 32);
      double top = PAD + TITLE_BAND;
      // Each picture was drawn at the figure's resolution: it lands pixel for pixel.
      g.drawImage(square, PAD, top, SIDE + SurfaceView.BAR_WIDTH, SIDE);
      double below = top + SIDE + GAP;
      g.drawImage(norms, PAD, below, each, HISTOGRAM_HEIGHT);
      g.drawImage(weights, PAD + each + GAP, below, each, HISTOGRAM_HEIGHT);
    });
  }
}
