package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.metrics.GridSpec;
import org.wganlab.metrics.ModeCoverage;
import org.wganlab.train.Evaluation;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.ui.TestExperiments;
import org.wganlab.ui.panel.RunPanel;
import org.wganlab.ui.panel.SurfaceView;

/**
 * The heatmap marks each mode with the ring of the count's radius, solid exactly where the count
 * says captured, dashed where not; the modes line and its tooltip state the same rule.
 */
class ModeMarksTest extends AppTestBase {
  /** Points read around each ring. */
  private static final int AROUND = 36;

  @Override
  ExperimentConfig experiment() {
    // 25 gaussians: a young generator's points gather around the centre mode and miss the others,
    // so one panel has captured modes and missed ones side by side.
    return TestExperiments.small().withData(BuiltInDataset.TWENTY_FIVE_GAUSSIANS.cliName());
  }

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void eachModesRingIsSolidExactlyWhenTheCountCapturesIt(FxRobot robot) {
    for (int i = 0; i < 3; i++) {
      robot.clickOn("#step-iteration");
    }
    show(robot);
    int checkedCaptured = 0;
    int checkedMissed = 0;
    for (RunPanel panel : ColourScalesTest.panels(robot)) {
      Evaluation drawn = panel.drawnEvaluation();
      assertThat(drawn.iteration()).isEqualTo(3);
      ModeCoverage modes = drawn.modes();
      assertThat(panel.surfaceView().markedModes()).isSameAs(modes);
      if (panel.surfaceView().colorScale().flat()) {
        // Clipping's note on its flat critic is written over the middle of the picture, rings too.
        continue;
      }
      boolean[] solid = onFx(() -> solidRings(panel.surfaceView(), modes, drawn.surface().grid()));
      for (int m = 0; m < modes.modeCount(); m++) {
        assertThat(solid[m]).as("ring of mode %d in %s", m, panel.model().titleProperty().get())
            .isEqualTo(modes.captured(m));
        if (modes.captured(m)) {
          checkedCaptured++;
        } else {
          checkedMissed++;
        }
      }
    }
    // Both kinds of ring were looked at, or the test would prove nothing.
    assertThat(checkedCaptured).isPositive();
    assertThat(checkedMissed).isPositive();
    Label line = robot.lookup(".panel-modes").queryAs(Label.class);
    assertThat(line.getText()).matches("modes [0-9]+/25, [0-9]+% good");
    assertThat(line.getTooltip().getText()).contains("within 10 standard deviations")
        .contains("solid when the mode is captured, dashed when not");
  }

  /**
   * Reads the overlay's pixels on each mode's ring: a ring is solid when its stroke (3.6 pixels wide
   * with its rim, so a point read a pixel off the line still falls on it) covers every point read;
   * a dashed ring's 4-pixel gaps leave some of them clear, whatever the size of the window.
   */
  private static boolean[] solidRings(SurfaceView view, ModeCoverage modes, GridSpec grid) {
    Canvas overlay = (Canvas) view.getChildrenUnmodifiable().stream()
        .filter(Canvas.class::isInstance).findFirst().orElseThrow();
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Color.TRANSPARENT);
    WritableImage image = overlay.snapshot(params, null);
    PixelReader pixels = image.getPixelReader();
    double side = view.side();
    double[] centres = modes.layout().centres();
    double r = ModeCoverage.radius(modes.layout()) / grid.side() * side;
    boolean[] solid = new boolean[modes.modeCount()];
    for (int m = 0; m < solid.length; m++) {
      double cx = (centres[2 * m] - grid.xMin()) / grid.side() * side;
      double cy = (grid.yMax() - centres[2 * m + 1]) / grid.side() * side;
      int gaps = 0;
      for (int k = 0; k < AROUND; k++) {
        double a = 2 * Math.PI * k / AROUND;
        Color c = pixels.getColor((int) (cx + r * Math.cos(a)), (int) (cy + r * Math.sin(a)));
        if (c.getOpacity() < 0.3) {
          gaps++;
        }
      }
      solid[m] = gaps == 0;
    }
    return solid;
  }
}
