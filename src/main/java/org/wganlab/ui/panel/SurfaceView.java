package org.wganlab.ui.panel;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.wganlab.export.ColorMap;
import org.wganlab.export.Contours;
import org.wganlab.export.Raster;
import org.wganlab.metrics.GridSpec;
import org.wganlab.metrics.Surface;
import org.wganlab.train.Evaluation;
import org.wganlab.ui.model.Formats;
import org.wganlab.ui.model.Layer;
import org.wganlab.ui.model.PanelView;
import org.wganlab.ui.model.SurfaceField;

/**
 * The critic's surface as a heatmap with contour lines, and the point layers over it. The heatmap's
 * pixels go straight into an image at grid resolution (cheap: well under a millisecond) which an image
 * view scales smoothly to whatever square the panel leaves; contours and points are vector strokes on a
 * canvas above it, so they stay sharp at any size. A resize only scales the image and re-strokes the
 * overlay from what was measured last: nothing is measured or rasterised again.
 */
public final class SurfaceView extends Region {
  /** Smallest side the view shrinks to, in pixels. */
  public static final double MIN_SIDE = 200;
  /** Side the view asks for when nothing tells it its width. */
  public static final double PREF_SIDE = 330;
  private static final int CONTOURS = 8;
  private static final int ARROW_STRIDE = 4;
  private static final double ARROW_PIXELS = 18;
  private final ImageView heatmap = new ImageView();
  private final Canvas overlay = new Canvas(PREF_SIDE, PREF_SIDE);
  private WritableImage image;
  private int[] pixels = new int[0];
  private Evaluation shown;
  private PanelView view;
  private final List<List<double[]>> contours = new ArrayList<>();
  private List<double[]> unitLevel = List.of();
  private double side = PREF_SIDE;

  /** A square view that takes the width its parent gives it, down to {@link #MIN_SIDE}. */
  public SurfaceView() {
    heatmap.setSmooth(true);
    heatmap.setManaged(false);
    overlay.setManaged(false);
    getChildren().addAll(heatmap, overlay);
    paintOverlay();
  }

  // The height follows the width, so that a parent column gives the square exactly the room it needs.
  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  @Override
  protected double computeMinWidth(double height) {
    return MIN_SIDE;
  }

  @Override
  protected double computeMinHeight(double width) {
    return MIN_SIDE;
  }

  @Override
  protected double computePrefWidth(double height) {
    return PREF_SIDE;
  }

  @Override
  protected double computePrefHeight(double width) {
    return width > 0 ? Math.max(MIN_SIDE, width) : PREF_SIDE;
  }

  @Override
  protected double computeMaxHeight(double width) {
    return width > 0 ? Math.max(MIN_SIDE, width) : Double.MAX_VALUE;
  }

  @Override
  protected void layoutChildren() {
    double now = Math.floor(Math.max(0, Math.min(getWidth(), getHeight())));
    double x = Math.floor((getWidth() - now) / 2);
    heatmap.setFitWidth(now);
    heatmap.setFitHeight(now);
    heatmap.relocate(x, 0);
    overlay.relocate(x, 0);
    if (now != side || overlay.getWidth() != now) {
      side = now;
      overlay.setWidth(now);
      overlay.setHeight(now);
      paintOverlay();
    }
  }

  /** Draws {@code evaluation} as {@code view} asks; a message instead when there is nothing to draw. */
  public void draw(Evaluation evaluation, PanelView view) {
    this.view = view;
    shown = evaluation == null || evaluation.surface() == null ? null : evaluation;
    contours.clear();
    unitLevel = List.of();
    if (shown != null) {
      Surface surface = shown.surface();
      SurfaceField field = view.fieldProperty().get();
      float[] values = values(surface, field);
      double[] range = Raster.range(values);
      paintHeatmap(values, surface.grid(), field, field == SurfaceField.VALUE ? range[0] : 0,
          range[1]);
      // Contours are found once per measurement and only re-stroked when the view is resized.
      for (double level : Contours.levels(values, CONTOURS)) {
        contours.add(Contours.segments(values, surface.grid(), level));
      }
      if (field == SurfaceField.GRADIENT_NORM) {
        unitLevel = Contours.segments(values, surface.grid(), 1.0);
      }
    }
    paintOverlay();
  }

  private static float[] values(Surface surface, SurfaceField field) {
    return field == SurfaceField.VALUE ? surface.values() : surface.gradientNorms();
  }

  private void paintHeatmap(float[] values, GridSpec grid, SurfaceField field, double low,
      double high) {
    int n = grid.resolution();
    if (image == null || (int) image.getWidth() != n) {
      image = new WritableImage(n, n);
      heatmap.setImage(image);
    }
    if (pixels.length != n * n) {
      pixels = new int[n * n];
    }
    Raster.toArgb(values, n, field == SurfaceField.VALUE ? ColorMap.VALUE : ColorMap.MAGNITUDE, low,
        Math.max(low, high), pixels);
    image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), pixels, 0, n);
  }

  private void paintOverlay() {
    GraphicsContext g = overlay.getGraphicsContext2D();
    g.clearRect(0, 0, side, side);
    heatmap.setVisible(shown != null);
    if (shown == null) {
      g.setFill(Color.web("#eeeeee"));
      g.fillRect(0, 0, side, side);
      g.setFill(Color.GRAY);
      g.setFont(Font.font(12));
      g.fillText("no measurement yet", 12, side / 2);
      return;
    }
    GridSpec grid = shown.surface().grid();
    SurfaceField field = view.fieldProperty().get();
    double min = grid.min();
    double span = grid.max() - grid.min();
    g.setLineWidth(0.8);
    g.setStroke(field == SurfaceField.VALUE ? Color.rgb(255, 255, 255, 0.55)
        : Color.rgb(40, 40, 40, 0.35));
    for (List<double[]> level : contours) {
      strokeSegments(g, level, min, span);
    }
    // The level a gradient penalty aims for.
    g.setLineWidth(1.6);
    g.setStroke(Color.web("#e0a000"));
    strokeSegments(g, unitLevel, min, span);
    if (view.shows(Layer.PENALTY)) {
      dots(g, shown.penaltyPoints(), min, span, Palette.PENALTY, 2.0, 256);
    }
    if (view.shows(Layer.REAL)) {
      dots(g, shown.real(), min, span, Palette.REAL, 3.0, Integer.MAX_VALUE);
    }
    if (view.shows(Layer.FAKE)) {
      dots(g, shown.fake(), min, span, Palette.FAKE, 3.0, Integer.MAX_VALUE);
    }
    if (view.shows(Layer.ARROWS)) {
      arrows(g, shown.fake(), shown.fakeGradients(), min, span);
    }
    float[] values = values(shown.surface(), field);
    double[] range = Raster.range(values);
    legend(g, field, field == SurfaceField.VALUE ? range[0] : 0, range[1], hasFinite(values));
  }

  private void strokeSegments(GraphicsContext g, List<double[]> segments, double min, double span) {
    g.beginPath();
    for (double[] s : segments) {
      g.moveTo(px(s[0], min, span), py(s[1], min, span));
      g.lineTo(px(s[2], min, span), py(s[3], min, span));
    }
    g.stroke();
  }

  private void dots(GraphicsContext g, double[] xy, double min, double span, Color colour,
      double diameter, int limit) {
    g.setFill(colour);
    int count = Math.min(limit, xy.length / 2);
    double r = diameter / 2;
    for (int i = 0; i < count; i++) {
      g.fillRect(px(xy[2 * i], min, span) - r, py(xy[2 * i + 1], min, span) - r, diameter, diameter);
    }
  }

  private void arrows(GraphicsContext g, double[] fake, double[] gradients, double min, double span) {
    double longest = 0;
    for (int i = 0; i < gradients.length / 2; i += ARROW_STRIDE) {
      longest = Math.max(longest, Math.hypot(gradients[2 * i], gradients[2 * i + 1]));
    }
    if (!(longest > 0) || !Double.isFinite(longest)) {
      return;
    }
    g.setStroke(Palette.ARROW);
    g.setLineWidth(0.9);
    g.beginPath();
    for (int i = 0; i < fake.length / 2; i += ARROW_STRIDE) {
      double x = px(fake[2 * i], min, span);
      double y = py(fake[2 * i + 1], min, span);
      // Screen y grows downwards, so the gradient's y component flips.
      double dx = gradients[2 * i] / longest * ARROW_PIXELS;
      double dy = -gradients[2 * i + 1] / longest * ARROW_PIXELS;
      g.moveTo(x, y);
      g.lineTo(x + dx, y + dy);
    }
    g.stroke();
  }

  private static void legend(GraphicsContext g, SurfaceField field, double low, double high,
      boolean finite) {
    String text = !finite ? field.displayName() + ": no finite value (diverged)"
        : field.displayName() + " from " + Formats.number(low) + " to " + Formats.number(high);
    g.setFont(Font.font(11));
    g.setFill(Color.rgb(255, 255, 255, 0.75));
    g.fillRect(2, 2, 7 * text.length() * 0.95, 16);
    g.setFill(Color.BLACK);
    g.fillText(text, 6, 14);
  }

  private static boolean hasFinite(float[] values) {
    for (float v : values) {
      if (Float.isFinite(v)) {
        return true;
      }
    }
    return false;
  }

  private double px(double x, double min, double span) {
    return (x - min) / span * side;
  }

  private double py(double y, double min, double span) {
    return (1 - (y - min) / span) * side;
  }

  /** The pixels of the last heatmap, top row first (for tests). */
  public int[] heatmapPixels() {
    return pixels.clone();
  }

  /** The side of the drawn square in pixels (for tests). */
  public double side() {
    return side;
  }
}
