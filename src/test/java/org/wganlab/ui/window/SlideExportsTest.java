package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.wganlab.ui.panel.RunPanel;
import org.wganlab.ui.panel.SurfaceView;

/** Pictures for slides: exports at 2x drawn at 2x. */
class SlideExportsTest extends AppTestBase {

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  /** The two pictures of a panel a slide takes, each saved from the panel's menu at 1x and 2x. */
  enum Export {
    /** The panel as the window shows it, with its controls. */
    PANEL("panel", "Save panel as PNG (1x)", "Save panel as PNG (2x)"),
    /** The panel's pictures alone, at a fixed size. */
    FIGURE("figure", "Save figure as PNG (1x, no controls)", "Save figure as PNG (2x, no controls)");

    final String file;
    final String once;
    final String twice;

    Export(String file, String once, String twice) {
      this.file = file;
      this.once = once;
      this.twice = twice;
    }
  }

  @ParameterizedTest
  @EnumSource(Export.class)
  void twoTimesIsDrawnAtTwoTimesNotEnlarged(Export export, FxRobot robot) throws Exception {
    robot.clickOn("#play-button");
    train(robot, 6);
    robot.clickOn("#pause-button");
    show(robot);
    Path one = dir.resolve(export.file + ".png");
    Path two = dir.resolve(export.file + "@2x.png");
    dialogs.answer(one);
    // The gradient penalty's panel: a landscape, not clipping's one flat colour.
    robot.clickOn(gpMenu(robot)).clickOn(export.once);
    dialogs.answer(two);
    robot.clickOn(gpMenu(robot)).clickOn(export.twice);
    show(robot);
    BufferedImage small = ImageIO.read(one.toFile());
    BufferedImage large = ImageIO.read(two.toFile());
    assertThat(status(robot)).startsWith("Saved").contains(export.file + "@2x.png")
        .contains(large.getWidth() + "x" + large.getHeight());
    assertThat(large.getWidth()).isEqualTo(2 * small.getWidth());
    assertThat(large.getHeight()).isEqualTo(2 * small.getHeight());
    // The heatmap's square in the 1x picture: {left, top, side}.
    double[] square = switch (export) {
      case PANEL -> onFx(() -> {
        RunPanel panel = ColourScalesTest.panels(robot).get(1);
        SurfaceView view = panel.surfaceView();
        Bounds b = panel.sceneToLocal(view.localToScene(view.getLayoutBounds()));
        double left = Math.floor((view.getWidth() - view.side() - SurfaceView.BAR_WIDTH) / 2);
        Bounds origin = panel.getBoundsInLocal();
        return new double[] {b.getMinX() - origin.getMinX() + left,
            b.getMinY() - origin.getMinY(), view.side()};
      });
      // 10 px margins and a 46 px title band above the 400 px heatmap.
      case FIGURE -> new double[] {10, 10 + 46, 400};
    };
    int x0 = (int) square[0] + 4;
    int y0 = (int) (square[1] + square[2] / 2);
    int length = (int) square[2] - 8;
    // The heatmap along a row through its middle: interpolated from the surface's values to the 2x
    // pixels, so neighbours differ where an enlargement of the 1x picture repeats each pixel twice.
    int splitPairs = 0;
    for (int i = 0; i + 1 < 2 * length; i += 2) {
      if (large.getRGB(2 * x0 + i, 2 * y0) != large.getRGB(2 * x0 + i + 1, 2 * y0)) {
        splitPairs++;
      }
    }
    assertThat(splitPairs).isGreaterThan(length / 10);
    // The heatmap's legend ("D(x) from ... to ...") drawn at 2x has at least as many sharp edges as
    // at 1x, and more (finer letters); an enlarged 1x canvas smears them all (measured: 227 sharp
    // edges at 1x, none at 2x, before the export drew its pictures again).
    int top = (int) square[1];
    int sharpOne = steep(small, x0, top + 3, 120, 12);
    int sharpTwo = steep(large, 2 * x0, 2 * (top + 3), 240, 24);
    assertThat(sharpOne).isGreaterThan(50);
    assertThat(sharpTwo).isGreaterThan(3 * sharpOne / 2);
    if (export == Export.FIGURE) {
      figureHasNoControls(robot, small);
    }
  }

  /**
   * A figure is 10 px margins, a 46 px title band, the 400 px heatmap and its 50 px colour bar, 6 px,
   * and the 120 px histograms: nothing else, whatever the panel's own size and controls.
   */
  private static void figureHasNoControls(FxRobot robot, BufferedImage small) {
    assertThat(small.getWidth()).isEqualTo(470);
    assertThat(small.getHeight()).isEqualTo(592);
    double[] panelSize = onFx(() -> {
      RunPanel panel = ColourScalesTest.panels(robot).get(1);
      return new double[] {panel.getWidth(), panel.getHeight()};
    });
    assertThat(new double[] {small.getWidth(), small.getHeight()}).isNotEqualTo(panelSize);
    // Right under the title band, where the panel has its method's fields and sliders, the figure has
    // the heatmap: every pixel of that row is a colour of the map, none the white or grey of a control.
    int row = 10 + 46 + 30;
    for (int x = 10; x < 410; x++) {
      int rgb = small.getRGB(x, row) & 0xffffff;
      assertThat(rgb).as("pixel %d", x).isNotIn(0xffffff, 0xf4f4f4, 0xececec, 0xe0e0e0);
    }
    // The histograms' white plot fills the bottom band to the right edge of the colour bar.
    assertThat(small.getRGB(455, 585) & 0xffffff).isEqualTo(0xffffff);
  }

  /** The menu of the gradient penalty's panel (the second). */
  static javafx.scene.Node gpMenu(FxRobot robot) {
    return robot.lookup("#panel-menu").nth(1).query();
  }

  /**
   * How many steps between neighbouring pixels along rows of {@code width} x
   * {@code height} pixels from (x, y), change a channel by more than half its range: the edges of
   * letters and lines drawn at the picture's resolution, which an enlarged picture smears.
   */
  static int steep(BufferedImage image, int x, int y, int width, int height) {
    int count = 0;
    for (int row = y; row < y + height; row++) {
      for (int col = x; col + 1 < x + width; col++) {
        if (distance(image.getRGB(col, row), image.getRGB(col + 1, row)) > 128) {
          count++;
        }
      }
    }
    return count;
  }

  /** The largest difference of two colours' channels. */
  static int distance(int a, int b) {
    int most = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      most = Math.max(most, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
    }
    return most;
  }
}
