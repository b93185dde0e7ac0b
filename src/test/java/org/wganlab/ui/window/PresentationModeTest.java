package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.wganlab.ui.model.Preset;
import org.wganlab.ui.panel.RunPanel;

/**
 * Presentation mode in front of a class: F5 and F5 again give back the very window, and in between
 * the pictures are large enough for the back row with four panels at 1280 x 720 and three at
 * 1024 x 768, with every label whole.
 */
class PresentationModeTest extends AppTestBase {

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void f5TwiceGivesBackTheSameWindowPixelForPixel(FxRobot robot) throws Exception {
    fourPanels(robot);
    resize(1280, 720);
    WritableImage before = snapshot(robot);
    for (int round = 0; round < 2; round++) {
      f5(robot);
      assertThat(differingPixels(before, snapshot(robot))).as("presentation differs").isPositive();
      f5(robot);
      assertThat(differingPixels(before, snapshot(robot))).as("pixels changed after F5 twice, round "
          + (round + 1)).isZero();
    }
  }

  @Test
  void fourPanelsAt1280x720AreLegibleFromTheBackRow(FxRobot robot) throws Exception {
    fourPanels(robot);
    resize(1280, 720);
    f5(robot);
    assertLegible(robot, 4);
  }

  @Test
  void threePanelsAt1024x768AreLegibleFromTheBackRow(FxRobot robot) throws Exception {
    robot.clickOn("Experiments").clickOn(Preset.DEFAULT.displayName());
    show(robot);
    resize(1024, 768);
    f5(robot);
    assertLegible(robot, 3);
  }

  /** The most crowded four panels: 12-layer critics under a three-line caption and four claims. */
  private void fourPanels(FxRobot robot) {
    robot.clickOn("Experiments").clickOn(Preset.CLIPPING_VALUES.displayName());
    show(robot);
  }

  private void assertLegible(FxRobot robot, int panels) {
    List<RunPanel> all = ColourScalesTest.panels(robot);
    assertThat(all).hasSize(panels);
    for (RunPanel panel : all) {
      assertThat(panel.surfaceView().side()).as("heatmap side").isGreaterThanOrEqualTo(200);
      assertThat(panel.normHistogram().plotHeight()).as("||grad D|| bars")
          .isGreaterThanOrEqualTo(40);
      assertThat(panel.weightHistogram().plotHeight()).as("weight bars")
          .isGreaterThanOrEqualTo(40);
      assertInsideWindow(panel);
    }
    onFx(() -> {
      for (Node node : stage.getScene().getRoot().lookupAll(".label")) {
        // A claim's words are the one text shortened by design (numbers and verdict never are): the
        // row's tooltip holds them in full.
        if (node instanceof Labeled label && showing(label)
            && !label.getStyleClass().contains("claim-text")) {
          Text shown = (Text) label.lookup(".text");
          String drawn = shown == null ? label.getText() : shown.getText();
          assertThat(drawn.endsWith("...") && !label.getText().endsWith("...")).as(
              "cut: " + label.getText()).isFalse();
          assertInsideWindow(label);
        }
      }
      return null;
    });
  }

  private void assertInsideWindow(Node node) {
    var bounds = node.localToScene(node.getLayoutBounds());
    assertThat(bounds.getMaxY()).as(node + " bottom").isLessThanOrEqualTo(
        stage.getScene().getHeight() + 0.5);
    assertThat(bounds.getMaxX()).as(node + " right").isLessThanOrEqualTo(
        stage.getScene().getWidth() + 0.5);
  }

  private void f5(FxRobot robot) {
    robot.press(KeyCode.F5).release(KeyCode.F5);
    show(robot);
  }

  private WritableImage snapshot(FxRobot robot) {
    show(robot);
    return onFx(() -> stage.getScene().snapshot(null));
  }

  private static long differingPixels(WritableImage a, WritableImage b) {
    assertThat(b.getWidth()).isEqualTo(a.getWidth());
    assertThat(b.getHeight()).isEqualTo(a.getHeight());
    PixelReader ra = a.getPixelReader();
    PixelReader rb = b.getPixelReader();
    long differing = 0;
    for (int y = 0; y < (int) a.getHeight(); y++) {
      for (int x = 0; x < (int) a.getWidth(); x++) {
        if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
          differing++;
        }
      }
    }
    return differing;
  }
}
