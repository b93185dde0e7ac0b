package org.wganlab.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.wganlab.metrics.GridSpec;
import org.wganlab.metrics.Surface;

/**
 * The figure of the toy experiments: a critic's value surface (or its gradient-norm field) as a
 * heatmap with contour lines, the real points in orange, the generated points in green and optionally
 * the points where the penalty was evaluated, with axes, a title line and a colour bar.
 *
 * <p>The layout depends on the width only (the height follows from it), so {@link #pixelOf} can say
 * where a data point lands before anything is drawn. Rendering needs no display.
 */
public final class SurfaceFigure {

  /** Real data points: orange. */
  public static final Color REAL = new Color(0xff8c1a);

  /** Generated points: green. */
  public static final Color FAKE = new Color(0x2fbf4a);

  /** Points where the gradient penalty was evaluated: translucent grey. */
  public static final Color PENALTY = new Color(0x80, 0x80, 0x80, 0xa0);

  private static final int CONTOURS = 10;

  /**
   * Point sets drawn over the surface, each interleaved {@code x0, y0, x1, y1, ...}; {@code null}
   * switches a layer off. The arrays are copied.
   *
   * @param real real data points, drawn as orange dots
   * @param fake generated points, drawn as green crosses on top
   * @param penaltyPoints penalty sample points, drawn as small grey dots underneath
   */
  public record Layers(double[] real, double[] fake, double[] penaltyPoints) {

    /** No points at all: just the surface. */
    public static final Layers NONE = new Layers(null, null, null);

    /** Validates and copies. */
    public Layers {
      real = copyPairs(real);
      fake = copyPairs(fake);
      penaltyPoints = copyPairs(penaltyPoints);
    }

    /** A copy of the real points, or {@code null} when the layer is off. */
    @Override
    public double[] real() {
      return real == null ? null : real.clone();
    }

    /** A copy of the generated points, or {@code null} when the layer is off. */
    @Override
    public double[] fake() {
      return fake == null ? null : fake.clone();
    }

    /** A copy of the penalty points, or {@code null} when the layer is off. */
    @Override
    public double[] penaltyPoints() {
      return penaltyPoints == null ? null : penaltyPoints.clone();
    }

    /** Equal point sets, compared by content. */
    @Override
    public boolean equals(Object other) {
      return other instanceof Layers l
          && Arrays.equals(l.real, real)
          && Arrays.equals(l.fake, fake)
          && Arrays.equals(l.penaltyPoints, penaltyPoints);
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
      return Arrays.deepHashCode(new Object[] {real, fake, penaltyPoints});
    }

    /** The number of points per layer, not the points themselves. */
    @Override
    public String toString() {
      return "Layers[real=" + count(real) + ", fake=" + count(fake)
          + ", penaltyPoints=" + count(penaltyPoints) + "]";
    }

    private static double[] copyPairs(double[] points) {
      if (points != null && points.length % 2 != 0) {
        throw new IllegalArgumentException("points must hold x,y pairs");
      }
      return points == null ? null : points.clone();
    }

    private static String count(double[] points) {
      return points == null ? "off" : Integer.toString(points.length / 2);
    }
  }

  private SurfaceFigure() {}

  /**
   * Renders the figure {@code widthPx} wide (its height follows from the width).
   *
   * @param surface the critic values and gradient norms on their grid
   * @param layers the point sets to draw
   * @param title the line above the plot, for example {@code "WGAN-GP  iteration 2000  W^ = 0.93"};
   *     {@code null} for none
   * @param showGradientNorm draw ||grad D|| on the shared scale of {@link ColorScale#gradientNorm()}
   *     instead of D with {@link ColorMap#VALUE}; the contour ||grad D|| = 1, the target of a gradient
   *     penalty, is then drawn dashed. A value surface too flat to show ({@link ColorScale#flat()}) is
   *     drawn in one colour without contours, and its colour bar says so
   * @throws IllegalArgumentException if {@code widthPx} is outside [240, 8000]
   */
  public static BufferedImage render(
      Surface surface, Layers layers, String title, int widthPx, boolean showGradientNorm) {
    FigureLayout layout = FigureLayout.of(widthPx);
    float[] field = showGradientNorm ? surface.gradientNorms() : surface.values();
    double[] range = Raster.range(field);
    // Norms on the scale every figure shares (1 in the middle); values over their own range, or in
    // one colour when the critic is too flat for its range to mean anything.
    ColorScale scale = showGradientNorm ? ColorScale.gradientNorm()
        : ColorScale.value(range[0], range[1], surface.grid());
    ColorMap map = scale.map();
    double low = scale.low();
    double high = scale.high();
    GridSpec grid = surface.grid();

    BufferedImage image =
        new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, layout.width(), layout.height());

      Rectangle plot = layout.plot();
      // Resampled to the plot's pixels, so the heatmap is smooth rather than 128 enlarged blocks.
      float[] smooth = Raster.resample(field, grid, plot.width);
      int[] pixels = new int[plot.width * plot.width];
      scale.paint(smooth, plot.width, pixels);
      BufferedImage heat = new BufferedImage(plot.width, plot.width, BufferedImage.TYPE_INT_ARGB);
      heat.setRGB(0, 0, plot.width, plot.width, pixels, 0, plot.width);
      g.drawImage(heat, plot.x, plot.y, null);

      g.setClip(plot);
      if (!scale.flat()) {
        drawContours(g, layout, grid, field, map, low, high, showGradientNorm);
      }
      Layers l = layers == null ? Layers.NONE : layers;
      drawDots(g, layout, grid, l.penaltyPoints, PENALTY, 1.4);
      drawDots(g, layout, grid, l.real, REAL, 2.6);
      drawCrosses(g, layout, grid, l.fake);
      g.setClip(null);

      Font small = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(12 * layout.scale()));
      Axes.drawFrame(g, plot, grid, small, layout.scale());
      Axes.drawColorBar(g, layout.colorBar(), scale, range,
          showGradientNorm ? "|grad D|" : scale.flat() ? "D(x) flat" : "D(x)", small, layout.scale());
      boolean unitContour = drawsUnitContour(field, showGradientNorm);
      Legend.draw(g, layout, l, unitContour, small);
      drawTitle(g, layout, title);
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * Where data point (x, y) lands, in pixels, in a figure of this width over {@code grid}: the same
   * mapping {@link #render} uses, for annotations or for finding a point again in the image.
   */
  public static Point2D pixelOf(GridSpec grid, int widthPx, double x, double y) {
    return FigureLayout.of(widthPx).toPixel(grid, x, y);
  }

  private static void drawContours(Graphics2D g, FigureLayout layout, GridSpec grid, float[] field,
      ColorMap map, double low, double high, boolean showGradientNorm) {
    g.setStroke(new BasicStroke((float) (0.9 * layout.scale())));
    for (double level : Contours.levels(field, CONTOURS)) {
      // Dark ink on light parts of the map, light ink on dark parts: every line stays visible.
      double t = high > low ? (level - low) / (high - low) : 0.5;
      boolean lightBackground = ColorMap.luminance(map.argb(t)) > 0.45;
      g.setColor(lightBackground ? new Color(20, 20, 30, 170) : new Color(255, 255, 255, 150));
      drawLevel(g, layout, grid, field, level);
    }
    if (drawsUnitContour(field, showGradientNorm)) {
      g.setStroke(Legend.unitStroke(layout.scale()));
      g.setColor(Legend.UNIT_NORM);
      drawLevel(g, layout, grid, field, 1.0);
    }
  }

  /** Whether the field is a gradient norm whose range straddles 1, so the unit contour exists. */
  private static boolean drawsUnitContour(float[] field, boolean showGradientNorm) {
    if (!showGradientNorm) {
      return false;
    }
    double[] range = Raster.range(field);
    return range[0] < 1 && range[1] > 1;
  }

  private static void drawLevel(
      Graphics2D g, FigureLayout layout, GridSpec grid, float[] field, double level) {
    for (double[] s : Contours.segments(field, grid, level)) {
      Point2D a = layout.toPixel(grid, s[0], s[1]);
      Point2D b = layout.toPixel(grid, s[2], s[3]);
      g.draw(new Line2D.Double(a, b));
    }
  }

  private static void drawDots(
      Graphics2D g, FigureLayout layout, GridSpec grid, double[] points, Color color, double radius) {
    if (points == null) {
      return;
    }
    for (int i = 0; i + 1 < points.length; i += 2) {
      Legend.dot(g, layout.toPixel(grid, points[i], points[i + 1]), radius * layout.scale(), color);
    }
  }

  private static void drawCrosses(Graphics2D g, FigureLayout layout, GridSpec grid, double[] points) {
    if (points == null) {
      return;
    }
    g.setColor(FAKE);
    g.setStroke(new BasicStroke((float) (1.5 * layout.scale())));
    for (int i = 0; i + 1 < points.length; i += 2) {
      Legend.cross(g, layout.toPixel(grid, points[i], points[i + 1]), 3.2 * layout.scale());
    }
  }

  /**
   * The title on one line above the plot: shrunk down to a floor size until it fits the width, then
   * cut with "..." rather than run off the image.
   */
  private static void drawTitle(Graphics2D g, FigureLayout layout, String title) {
    if (title == null || title.isBlank()) {
      return;
    }
    double s = layout.scale();
    int available = layout.width() - layout.left() - (int) Math.round(8 * s);
    int size = (int) Math.round(15 * s);
    int floor = (int) Math.round(11 * s);
    Font font = new Font(Font.SANS_SERIF, Font.BOLD, size);
    while (size > floor && g.getFontMetrics(font).stringWidth(title) > available) {
      font = font.deriveFont((float) --size);
    }
    FontMetrics fm = g.getFontMetrics(font);
    String text = title;
    for (int keep = title.length() - 1; keep >= 0 && fm.stringWidth(text) > available; keep--) {
      text = title.substring(0, keep).stripTrailing() + "...";
    }
    g.setFont(font);
    g.setColor(Axes.INK);
    g.drawString(text, layout.left(), (float) (layout.top() - 12 * s));
  }
}
