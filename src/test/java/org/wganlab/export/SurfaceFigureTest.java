package org.wganlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.GraphicsEnvironment;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.metrics.GridSpec;
import org.wganlab.metrics.Surface;

class SurfaceFigureTest {

  private static final GridSpec GRID = GridSpec.DEFAULT;

  /** D(x, y) = x, whose gradient norm is 1 everywhere. */
  private static Surface plane() {
    int n = GRID.resolution();
    float[] values = new float[GRID.size()];
    float[] norms = new float[GRID.size()];
    for (int row = 0; row < n; row++) {
      for (int col = 0; col < n; col++) {
        values[row * n + col] = (float) GRID.x(col);
        norms[row * n + col] = 1f;
      }
    }
    return new Surface(GRID, values, norms);
  }

  private static final SurfaceFigure.Layers POINTS =
      new SurfaceFigure.Layers(
          new double[] {1.5, -1.0}, new double[] {-1.0, 1.0, 0.0, 2.0}, new double[] {2.0, 2.0});

  @Test
  void rendersHeadlessAtTheRequestedWidthWithTheRealPointInOrange() {
    assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    String title = "WGAN-GP  iteration 2000  W^ = 0.93";
    BufferedImage image = SurfaceFigure.render(plane(), POINTS, title, 600, false);
    assertThat(image.getWidth()).isEqualTo(600);
    assertThat(image.getHeight()).isGreaterThan(500);
    Point2D p = SurfaceFigure.pixelOf(GRID, 600, 1.5, -1.0);
    int rgb = image.getRGB((int) p.getX(), (int) p.getY());
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    assertThat(r).as("red").isGreaterThan(220);
    assertThat(g).as("green").isBetween(100, 180);
    assertThat(b).as("blue").isLessThan(80);
  }

  @Test
  void heatmapColourFollowsTheValueAtThatPoint() {
    BufferedImage image = SurfaceFigure.render(plane(), SurfaceFigure.Layers.NONE, null, 600, false);
    // Halfway between the first two of the 10 contour levels, x = -3 + 6 * 1.5 / 11.
    double x = -3 + 6 * 1.5 / 11;
    Point2D p = SurfaceFigure.pixelOf(GRID, 600, x, 0.7);
    int expected = ColorMap.VALUE.argb((x + 3) / 6);
    assertClose(image.getRGB((int) p.getX(), (int) p.getY()), expected, 3);
  }

  @Test
  void gradientNormViewUsesTheSharedScaleWithOneInTheMiddle() {
    BufferedImage image = SurfaceFigure.render(plane(), SurfaceFigure.Layers.NONE, "norms", 600, true);
    // A norm of 1 on the shared bar from 0 to 2 is the middle colour of the map, whatever the range.
    Point2D p = SurfaceFigure.pixelOf(GRID, 600, -2.0, 2.0);
    assertThat(image.getRGB((int) p.getX(), (int) p.getY())).isEqualTo(ColorMap.MAGNITUDE.argb(0.5));
  }

  @Test
  void anAlmostConstantCriticIsDrawnInOneColourWithoutContours() {
    int n = GRID.resolution();
    float[] values = new float[GRID.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) (1e-5 * (i % n));
    }
    Surface flat = new Surface(GRID, values, new float[GRID.size()]);
    BufferedImage image = SurfaceFigure.render(flat, SurfaceFigure.Layers.NONE, null, 600, false);
    int middle = ColorMap.VALUE.argb(0.5);
    for (double x = -2.9; x < 2.9; x += 0.25) {
      Point2D p = SurfaceFigure.pixelOf(GRID, 600, x, 0.3);
      assertThat(image.getRGB((int) p.getX(), (int) p.getY())).isEqualTo(middle);
    }
  }

  @Test
  void surfaceWithoutFiniteValuesRendersInTheMissingValueGrey() {
    float[] nan = new float[GRID.size()];
    Arrays.fill(nan, Float.NaN);
    BufferedImage image =
        SurfaceFigure.render(new Surface(GRID, nan, nan), SurfaceFigure.Layers.NONE, "empty", 600, true);
    Point2D p = SurfaceFigure.pixelOf(GRID, 600, 0.5, 0.5);
    assertThat(image.getRGB((int) p.getX(), (int) p.getY())).isEqualTo(ColorMap.NAN_ARGB);
  }

  @Test
  void pointsOutsideTheGridAreClippedAwayFromTheMargins() {
    // x = 3.15 lands in the white gap between the plot and the colour bar.
    SurfaceFigure.Layers outside = new SurfaceFigure.Layers(new double[] {3.15, 0}, null, null);
    BufferedImage image = SurfaceFigure.render(plane(), outside, null, 600, false);
    Point2D p = SurfaceFigure.pixelOf(GRID, 600, 3.15, 0);
    assertThat(image.getRGB((int) p.getX(), (int) p.getY())).isEqualTo(0xffffffff);
  }

  @Test
  void writesAPngThatReadsBack(@TempDir Path dir) throws IOException {
    BufferedImage image = SurfaceFigure.render(plane(), POINTS, "check", 400, false);
    Path target = dir.resolve("figure.png");
    PngFiles.write(target, image);
    BufferedImage back = ImageIO.read(target.toFile());
    assertThat(back.getWidth()).isEqualTo(400);
    assertThat(back.getHeight()).isEqualTo(image.getHeight());
    Point2D p = SurfaceFigure.pixelOf(GRID, 400, 1.5, -1.0);
    assertThat(back.getRGB((int) p.getX(), (int) p.getY()))
        .isEqualTo(image.getRGB((int) p.getX(), (int) p.getY()));
  }

  @Test
  void layersAreCopiedAndValidated() {
    double[] real = {1, 2};
    SurfaceFigure.Layers layers = new SurfaceFigure.Layers(real, null, null);
    real[0] = 9;
    assertThat(layers.real()).containsExactly(1, 2);
    assertThat(layers.fake()).isNull();
    assertThat(layers).isEqualTo(new SurfaceFigure.Layers(new double[] {1, 2}, null, null));
    assertThatThrownBy(() -> new SurfaceFigure.Layers(new double[] {1}, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SurfaceFigure.render(plane(), null, null, 100, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertClose(int actual, int expected, int tolerance) {
    for (int shift = 0; shift <= 16; shift += 8) {
      int a = (actual >> shift) & 0xff;
      int e = (expected >> shift) & 0xff;
      assertThat(Math.abs(a - e))
          .as("channel at bit %d: %06x vs %06x", shift, actual & 0xffffff, expected & 0xffffff)
          .isLessThanOrEqualTo(tolerance);
    }
  }
}
