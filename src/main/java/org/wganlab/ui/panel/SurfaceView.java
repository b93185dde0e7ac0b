package org.wganlab.ui.panel;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.wganlab.export.ColorScale;
import org.wganlab.metrics.GridSpec;
import org.wganlab.metrics.ModeCoverage;
import org.wganlab.train.Evaluation;
import org.wganlab.ui.model.PanelView;

/**
 * The critic's surface as a heatmap with contour lines, and the point layers over it. The heatmap's
 * pixels go straight into an image at grid resolution (cheap: well under a millisecond) which an image
 * view scales smoothly to whatever square the panel leaves; contours and points are vector strokes on a
 * canvas above it, so they stay sharp at any size. On mixtures of gaussians a ring around each mode
 * shows the radius of the mode count and whether the mode is captured (see {@link OverlayStrokes}).
 * A resize only scales the image and re-strokes the overlay from what was measured last (a
 * {@link MeasuredSurface}, made once per measurement): nothing is measured or rasterised again.
 *
 * <p>Colours follow a {@link ColorScale}, shown by the colour bar at the right: ||grad D|| on the scale
 * all panels share, D(x) over the panel's own range or a span shared by all panels, and a critic too
 * flat to draw in one colour with a note that says so.
 */
public final class SurfaceView extends Region implements SharpPicture {
  /** Smallest side the view shrinks to, in pixels. */
  public static final double MIN_SIDE = 120;
  /** Width of the colour bar beside the heatmap, with its labels. */
  public static final double BAR_WIDTH = 50;
  /** Side the view asks for when nothing tells it its width. */
  public static final double PREF_SIDE = 330;
  private static final String NOTHING_YET = "No measurement yet: Play or Step trains the run.";
  private final ImageView heatmap = new ImageView();
  private final Canvas overlay = new Canvas(PREF_SIDE, PREF_SIDE);
  private final ColorBarView bar = new ColorBarView(BAR_WIDTH, PREF_SIDE);
  private final Tooltip heatmapTip = PanelTips.tooltip(NOTHING_YET);
  private final Tooltip barTip = PanelTips.tooltip(NOTHING_YET);
  private double textScale = 1;
  private WritableImage image;
  private int[] pixels = new int[0];
  // What draw() found of the shown surface, which every repaint of the overlay (a resize) reuses.
  private MeasuredSurface shown;
  private ModeCoverage marked;
  private double side = PREF_SIDE;

  /**
   * A square heatmap with its colour bar that takes the room its parent gives it: the square is as
   * large as both the width (less the bar) and the height allow, down to {@link #MIN_SIDE}.
   */
  public SurfaceView() {
    heatmap.setSmooth(true);
    heatmap.setManaged(false);
    overlay.setManaged(false);
    bar.setManaged(false);
    getChildren().addAll(heatmap, overlay, bar);
    // The overlay lies over the heatmap and takes the pointer: the heatmap's words go on it.
    Tooltip.install(overlay, heatmapTip);
    Tooltip.install(bar, barTip);
    getStyleClass().add("surface-view");
    paintOverlay();
  }

  @Override
  protected double computeMinWidth(double height) {
    return MIN_SIDE + BAR_WIDTH;
  }

  @Override
  protected double computeMinHeight(double width) {
    return MIN_SIDE;
  }

  @Override
  protected double computePrefWidth(double height) {
    return PREF_SIDE + BAR_WIDTH;
  }

  @Override
  protected double computePrefHeight(double width) {
    return width > 0 ? Math.max(MIN_SIDE, width - BAR_WIDTH) : PREF_SIDE;
  }

  @Override
  protected double computeMaxHeight(double width) {
    return Double.MAX_VALUE;
  }

  @Override
  protected void layoutChildren() {
    double now = Math.floor(Math.max(0, Math.min(getWidth() - BAR_WIDTH, getHeight())));
    double x = Math.floor((getWidth() - now - BAR_WIDTH) / 2);
    heatmap.setFitWidth(now);
    heatmap.setFitHeight(now);
    heatmap.relocate(x, 0);
    overlay.relocate(x, 0);
    bar.relocate(x + now, 0);
    if (now != side || overlay.getWidth() != now) {
      side = now;
      overlay.setWidth(now);
      overlay.setHeight(now);
      bar.setHeight(now);
      paintOverlay();
      bar.paint();
    }
  }

  /** Text size relative to the normal one (larger in presentation mode). */
  public void setTextScale(double factor) {
    textScale = factor;
    bar.setTextScale(factor);
    paintOverlay();
  }

  /**
   * Draws {@code evaluation} as {@code view} asks; a message instead when there is nothing to draw.
   * {@code sharedSpan} is the D(x) span all panels share, or NaN for the panel's own range.
   */
  public void draw(Evaluation evaluation, PanelView view, double sharedSpan) {
    shown = evaluation == null || evaluation.surface() == null ? null
        : new MeasuredSurface(evaluation, view, sharedSpan);
    if (shown != null) {
      ColorScale scale = shown.scale();
      boolean over = scale.anyOver(shown.values());
      paintHeatmap(shown.values(), shown.grid(), scale);
      heatmapTip.setText(PanelTips.heatmap(shown.field(), scale, shown.low(), shown.high(),
          Double.isFinite(sharedSpan), ColorScale.lipschitzSpan(shown.grid())));
      barTip.setText(PanelTips.bar(shown.field(), over));
      if (shown.finite()) {
        bar.show(scale, over);
      } else {
        // A diverged critic has no values: no scale to show (its legend says why).
        bar.clear();
      }
    } else {
      bar.clear();
      heatmapTip.setText(NOTHING_YET);
      barTip.setText(NOTHING_YET);
    }
    paintOverlay();
  }

  private void paintHeatmap(float[] values, GridSpec grid, ColorScale scale) {
    int n = grid.resolution();
    if (image == null || (int) image.getWidth() != n) {
      image = new WritableImage(n, n);
      heatmap.setImage(image);
    }
    if (pixels.length != n * n) {
      pixels = new int[n * n];
    }
    scale.paint(values, n, pixels);
    image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), pixels, 0, n);
  }

  private void paintOverlay() {
    GraphicsContext g = overlay.getGraphicsContext2D();
    g.clearRect(0, 0, side, side);
    heatmap.setVisible(shown != null);
    drawOverlay(g, side);
  }

  @Override
  public WritableImage render(double resolution) {
    double left = heatmap.getLayoutX();
    return SharpPicture.paint(getWidth(), getHeight(), resolution, g -> {
      g.translate(left, 0);
      drawSquare(g, side, resolution);
    });
  }

  /**
   * The heatmap with its layers, notes and colour bar as shown now, on a square of {@code side}
   * pixels drawn at {@code resolution} times as many: the heatmap is interpolated from the
   * surface's values to the picture's pixels, not enlarged from the grid's.
   */
  WritableImage picture(double side, double resolution) {
    return SharpPicture.paint(side + BAR_WIDTH, side, resolution,
        g -> drawSquare(g, side, resolution));
  }

  private void drawSquare(GraphicsContext g, double side, double resolution) {
    if (shown != null) {
      shown.drawFine(g, side, resolution);
    }
    drawOverlay(g, side);
    g.save();
    g.translate(side, 0);
    bar.draw(g, side);
    g.restore();
  }

  /** Contours, point layers and notes over a heatmap of {@code side} pixels, or a placeholder. */
  private void drawOverlay(GraphicsContext g, double side) {
    if (shown == null) {
      marked = null;
      g.setFill(Color.web("#eeeeee"));
      g.fillRect(0, 0, side, side);
      g.setFill(Color.GRAY);
      g.setFont(Font.font(12));
      g.fillText("no measurement yet", 12, side / 2);
      return;
    }
    marked = shown.strokeOverlay(g, side, textScale);
  }

  /** The pixels of the last heatmap, top row first (for tests). */
  public int[] heatmapPixels() {
    return pixels.clone();
  }

  /** The note on real points outside the view drawn last, empty without one (for tests). */
  public String outsideNote() {
    return shown == null ? "" : shown.outside();
  }

  /** The colour scale of the last heatmap, or null without one (for tests). */
  public ColorScale colorScale() {
    return shown == null ? null : shown.scale();
  }

  /**
   * The mode coverage whose marks the overlay shows now, or null without marks (for tests): each
   * mode's ring is solid exactly when {@link ModeCoverage#captured(int)} holds.
   */
  public ModeCoverage markedModes() {
    return marked;
  }

  /** The side of the drawn square in pixels (for tests). */
  public double side() {
    return side;
  }
}
