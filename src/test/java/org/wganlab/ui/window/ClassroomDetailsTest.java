package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wganlab.ui.model.Preset;
import org.wganlab.ui.model.SurfaceField;
import org.wganlab.ui.panel.RunPanel;

/** The details a class notices: tooltips, names, questions before losing work, whole messages. */
class ClassroomDetailsTest extends AppTestBase {

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void theHeatmapItsBarAndTheHeaderNumbersSayWhatTheyAre(FxRobot robot) throws Exception {
    robot.clickOn("#play-button");
    train(robot, 4);
    robot.clickOn("#pause-button");
    show(robot);
    Node gp = ColourScalesTest.panels(robot).get(1);
    Node heatmap = robot.from(gp).lookup(".surface-view > Canvas").nth(0).query();
    assertThat(hover(robot, heatmap)).contains("D(x) spans").contains("this panel's own range");
    Node bar = robot.from(gp).lookup(".color-bar").query();
    assertThat(hover(robot, bar)).startsWith("Colours of D(x)");
    robot.clickOn(robot.from(gp).lookup(".field-gradient_norm").queryAs(Node.class));
    show(robot);
    assertThat(hover(robot, bar)).contains("the amber line at 1");
    assertThat(hover(robot, heatmap)).contains("||grad_x D(x)||");
    assertThat(hover(robot, robot.from(gp).lookup(".panel-estimate").query()))
        .contains("E[D(real)] - E[D(fake)]");
    assertThat(hover(robot, robot.from(gp).lookup(".panel-iteration").query()))
        .contains("one generator step");
  }

  @Test
  void oneKeySwitchesEveryPanelBetweenDAndItsGradientNorm(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
    assertThat(window.model().runs()).allMatch(
        run -> run.view().fieldProperty().get() == SurfaceField.GRADIENT_NORM);
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
    assertThat(window.model().runs()).allMatch(
        run -> run.view().fieldProperty().get() == SurfaceField.VALUE);
  }

  @Test
  void thePresetsCaptionFollowsTheData(FxRobot robot) {
    robot.clickOn("Experiments").clickOn(Preset.DEFAULT.displayName());
    show(robot);
    assertThat(caption(robot)).contains("8 modes");
    robot.clickOn("#data").clickOn("25 gaussians");
    show(robot);
    assertThat(caption(robot)).doesNotContain("8 modes").contains("was written for 8 gaussians")
        .contains("the data is now 25 gaussians");
    // A long message is cut in the status line; its tooltip holds all of it.
    Label message = robot.lookup("#status-message").queryAs(Label.class);
    assertThat(onFx(() -> message.getTooltip().getText())).isEqualTo(status(robot));
  }

  @Test
  void clippingsWeightsBeforeTheFirstClipAreAHistogramNotABox(FxRobot robot) {
    // Iteration 0: the weights are as initialised, wider than +-c.
    RunPanel clip = ColourScalesTest.panels(robot).get(0);
    javafx.scene.image.WritableImage picture = onFx(() -> clip.weightHistogram().render(1));
    int width = (int) picture.getWidth();
    int height = (int) picture.getHeight();
    // The plot between the title and legend (2.5 text heights) and the axis labels (1.4).
    long grey = 0;
    long all = 0;
    for (int y = 26; y < height - 15; y++) {
      for (int x = 0; x < width; x++) {
        all++;
        if (picture.getPixelReader().getColor(x, y).getBrightness() < 0.9) {
          grey++;
        }
      }
    }
    assertThat(all).isGreaterThan(1000);
    assertThat((double) grey / all).isLessThan(0.5);
    assertThat(clip.weightHistogram().pileText()).isEmpty();
  }

  @Test
  void aPresetAsksBeforeThrowingAwayRunsThatTrainedLong(FxRobot robot) {
    robot.clickOn("#play-button");
    train(robot, 1_001);
    robot.clickOn("#pause-button");
    show(robot);
    robot.clickOn("Experiments").clickOn(Preset.DEFAULT.displayName());
    robot.clickOn("Cancel");
    show(robot);
    assertThat(iterations(robot)).containsOnly(1_001);
    assertThat(status(robot)).contains("not opened: the runs go on");
    robot.clickOn("Experiments").clickOn(Preset.DEFAULT.displayName());
    robot.clickOn("OK");
    show(robot);
    assertThat(iterations(robot)).containsOnly(0);
    assertThat(status(robot)).startsWith("Opened");
  }

  private static String caption(FxRobot robot) {
    return onFx(() -> robot.lookup(".preset-caption").queryAs(Label.class).getText());
  }

  /**
   * Moves the pointer onto {@code node}, waits until the tooltip installed on it shows, and returns
   * its text.
   */
  static String hover(FxRobot robot, Node node) throws Exception {
    Tooltip tip = onFx(() -> node instanceof Control control ? control.getTooltip()
        : (Tooltip) node.getProperties().get("javafx.scene.control.Tooltip"));
    assertThat(tip).as("a tooltip on %s", node).isNotNull();
    robot.moveTo(node);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(tip::isShowing));
    return onFx(tip::getText);
  }
}
