package org.wganlab.ui.panel;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
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
 * pixels go straight into an image at grid resolution (cheap: well under a millisecond) which the canvas
 * scales up smoothly; contours and points are vector strokes on the same canvas.
 */
public final class SurfaceView extends Region {
  private static final int CONTOURS = 8;
  private static final int ARROW_STRIDE = 4;
  private static final double ARROW_PIXELS = 18;
  private final Canvas canvas;
  private final double size;
  private WritableImage image;
  private int[] pixels = new int[0];

  /** A square view of {@code size} pixels. */
  public SurfaceView(double size) {
    this.size = size;
    canvas = new Canvas(size, size);
    getChildren().add(canvas);
    setMinSize(size, size);
    setPrefSize(size, size);
    setMaxSize(size, size);
    clear("no measurement yet");
  }

  /** Draws {@code evaluation} as {@code view} asks; a message instead when there is nothing to draw. */
  public void draw(Evaluation evaluation, PanelView view) {
    if (evaluation == null || evaluation.surface() == null) {
      clear("no measurement yet");
      return;
    }
    Surface surface = evaluation.surface();
    GridSpec grid = surface.grid();
    SurfaceField field = view.fieldProperty().get();
    float[] values = field == SurfaceField.VALUE ? surface.values() : surface.gradientNorms();
    double[] range = Raster.range(values);
    double low = field == SurfaceField.VALUE ? range[0] : 0;
    GraphicsContext g = canvas.getGraphicsContext2D();
    paintHeatmap(g, values, grid, field, low, range[1]);
    paintContours(g, values, grid, field);
    double min = grid.min();
    double span = grid.max() - grid.min();
    if (view.shows(Layer.PENALTY)) {
      dots(g, evaluation.penaltyPoints(), min, span, Palette.PENALTY, 2.0, 256);
    }
    if (view.shows(Layer.REAL)) {
      dots(g, evaluation.real(), min, span, Palette.REAL, 3.0, Integer.MAX_VALUE);
    }
    if (view.shows(Layer.FAKE)) {
      dots(g, evaluation.fake(), min, span, Palette.FAKE, 3.0, Integer.MAX_VALUE);
    }
    if (view.shows(Layer.ARROWS)) {
      arrows(g, evaluation.fake(), evaluation.fakeGradients(), min, span);
    }
    legend(g, field, low, range[1], hasFinite(values));
  }

  private void paintHeatmap(GraphicsContext g, float[] values, GridSpec grid, SurfaceField field,
      double low, double high) {
    int n = grid.resolution();
    if (image == null || (int) image.getWidth() != n) {
      image = new WritableImage(n, n);
    }
    if (pixels.length != n * n) {
      pixels = new int[n * n];
    }
    Raster.toArgb(values, n, field == SurfaceField.VALUE ? ColorMap.VALUE : ColorMap.MAGNITUDE, low,
        Math.max(low, high), pixels);
    image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), pixels, 0, n);
    g.setImageSmoothing(true);
    g.drawImage(image, 0, 0, size, size);
  }

  private void paintContours(GraphicsContext g, float[] values, GridSpec grid, SurfaceField field) {
    double min = grid.min();
    double span = grid.max() - grid.min();
    g.setLineWidth(0.8);
    g.setStroke(field == SurfaceField.VALUE ? Color.rgb(255, 255, 255, 0.55)
        : Color.rgb(40, 40, 40, 0.35));
    for (double level : Contours.levels(values, CONTOURS)) {
      strokeSegments(g, Contours.segments(values, grid, level), min, span);
    }
    if (field == SurfaceField.GRADIENT_NORM) {
      // The level a gradient penalty aims for.
      g.setLineWidth(1.6);
      g.setStroke(Color.web("#e0a000"));
      strokeSegments(g, Contours.segments(values, grid, 1.0), min, span);
    }
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

  private void legend(GraphicsContext g, SurfaceField field, double low, double high,
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

  private void clear(String message) {
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.setFill(Color.web("#eeeeee"));
    g.fillRect(0, 0, size, size);
    g.setFill(Color.GRAY);
    g.setFont(Font.font(12));
    g.fillText(message, 12, size / 2);
  }

  private double px(double x, double min, double span) {
    return (x - min) / span * size;
  }

  private double py(double y, double min, double span) {
    return (1 - (y - min) / span) * size;
  }

  /** The pixels of the last heatmap, top row first (for tests). */
  public int[] heatmapPixels() {
    return pixels.clone();
  }
}
