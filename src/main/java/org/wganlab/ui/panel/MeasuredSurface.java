package org.wganlab.ui.panel;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.wganlab.export.ColorScale;
import org.wganlab.export.Contours;
import org.wganlab.export.Raster;
import org.wganlab.metrics.GridSpec;
import org.wganlab.metrics.ModeCoverage;
import org.wganlab.metrics.Surface;
import org.wganlab.train.Evaluation;
import org.wganlab.ui.model.Layer;
import org.wganlab.ui.model.PanelView;
import org.wganlab.ui.model.SurfaceField;

/**
 * One measured surface as a panel shows it: the field it draws, its range and colour scale, and its
 * contour lines, found once per measurement; then stroked, with the point layers, mode marks and
 * notes, on a square of any size and resolution, as often as the view is resized or exported.
 */
final class MeasuredSurface {
  private static final int CONTOURS = 8;
  private static final double[] NORM_LEVELS = {0.5, 1.5};
  private final Evaluation evaluation;
  private final PanelView view;
  private final SurfaceField field;
  private final float[] values;
  private final double[] range;
  private final boolean finite;
  private final ColorScale scale;
  private final String outside;
  private final List<List<double[]>> contours = new ArrayList<>();
  private final List<double[]> unitLevel;

  /**
   * The surface of {@code evaluation} (which has one) as {@code view} asks; {@code sharedSpan} is the
   * D(x) span all panels share, or NaN for the panel's own range.
   */
  MeasuredSurface(Evaluation evaluation, PanelView view, double sharedSpan) {
    this.evaluation = evaluation;
    this.view = view;
    Surface surface = evaluation.surface();
    GridSpec grid = surface.grid();
    field = view.fieldProperty().get();
    values = field == SurfaceField.VALUE ? surface.values() : surface.gradientNorms();
    range = Raster.range(values);
    finite = hasFinite(values);
    outside = SurfaceNotes.outsideText(evaluation.real(), grid);
    scale = field == SurfaceField.GRADIENT_NORM ? ColorScale.gradientNorm()
        : Double.isFinite(sharedSpan) ? ColorScale.value(range[0], range[1], sharedSpan, grid)
        : ColorScale.value(range[0], range[1], grid);
    // Norms get fixed levels (on the shared scale); values their own, unless too flat to mean
    // anything.
    double[] levels = field == SurfaceField.GRADIENT_NORM ? NORM_LEVELS
        : scale.flat() ? new double[0] : Contours.levels(values, CONTOURS);
    for (double level : levels) {
      contours.add(Contours.segments(values, grid, level));
    }
    unitLevel = field == SurfaceField.GRADIENT_NORM ? Contours.segments(values, grid, 1.0)
        : List.of();
  }

  /** The grid the surface was measured on. */
  GridSpec grid() {
    return evaluation.surface().grid();
  }

  /** The field drawn. */
  SurfaceField field() {
    return field;
  }

  /** The drawn field's values on the grid. */
  float[] values() {
    return values;
  }

  /** Its smallest finite value. */
  double low() {
    return range[0];
  }

  /** Its largest finite value. */
  double high() {
    return range[1];
  }

  /** False for a diverged critic: no finite value to colour. */
  boolean finite() {
    return finite;
  }

  /** The colour scale of the heatmap. */
  ColorScale scale() {
    return scale;
  }

  /** The note on real points outside the view, empty without one. */
  String outside() {
    return outside;
  }

  /**
   * The heatmap interpolated from the surface's values to {@code side * resolution} pixels a side,
   * drawn on a square of {@code side} layout pixels: not enlarged from the grid's pixels.
   */
  void drawFine(GraphicsContext g, double side, double resolution) {
    int pixelsASide = (int) Math.round(side * resolution);
    float[] smooth = Raster.resample(values, grid(), pixelsASide);
    int[] argb = new int[pixelsASide * pixelsASide];
    scale.paint(smooth, pixelsASide, argb);
    WritableImage fine = new WritableImage(pixelsASide, pixelsASide);
    fine.getPixelWriter().setPixels(0, 0, pixelsASide, pixelsASide,
        PixelFormat.getIntArgbInstance(), argb, 0, pixelsASide);
    g.drawImage(fine, 0, 0, side, side);
  }

  /**
   * Contours, the point layers the view shows, mode marks and notes over a heatmap of {@code side}
   * pixels, text {@code textScale} times normal; returns the mode coverage marked, or null.
   */
  ModeCoverage strokeOverlay(GraphicsContext g, double side, double textScale) {
    GridSpec grid = grid();
    g.setLineWidth(0.8);
    g.setStroke(field == SurfaceField.VALUE ? Color.rgb(255, 255, 255, 0.55)
        : Color.rgb(40, 40, 40, 0.35));
    OverlayStrokes strokes = new OverlayStrokes(g, grid, side);
    for (List<double[]> level : contours) {
      strokes.segments(level);
    }
    // The level a gradient penalty aims for.
    g.setLineWidth(1.6);
    g.setStroke(Color.web("#e0a000"));
    strokes.segments(unitLevel);
    if (view.shows(Layer.PENALTY)) {
      strokes.dots(evaluation.penaltyPoints(), Palette.PENALTY, 2.0, 256);
    }
    if (view.shows(Layer.REAL)) {
      strokes.dots(evaluation.real(), Palette.REAL, 3.0, Integer.MAX_VALUE);
    }
    if (view.shows(Layer.FAKE)) {
      strokes.dots(evaluation.fake(), Palette.FAKE, 3.0, Integer.MAX_VALUE);
    }
    if (view.shows(Layer.ARROWS)) {
      strokes.arrows(evaluation.fake(), evaluation.fakeGradients());
    }
    ModeCoverage modes = evaluation.modes();
    if (modes != null) {
      strokes.modeMarks(modes);
    }
    SurfaceNotes notes = new SurfaceNotes(g, side, textScale);
    notes.legend(field, range[0], range[1], finite);
    if (scale.flat() && finite) {
      notes.flat(range[1] - range[0], ColorScale.lipschitzSpan(grid));
    }
    notes.outside(outside);
    return modes;
  }

  private static boolean hasFinite(float[] values) {
    for (float v : values) {
      if (Float.isFinite(v)) {
        return true;
      }
    }
    return false;
  }
}
