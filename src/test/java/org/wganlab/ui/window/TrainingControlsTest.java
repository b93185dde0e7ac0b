package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wganlab.method.MethodKind;
import org.wganlab.ui.model.ConfigEdits;
import org.wganlab.ui.panel.RunPanel;

class TrainingControlsTest extends AppTestBase {

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void playTrainsEveryPanelAndPauseStopsThem(FxRobot robot) throws Exception {
    waitFor(10, () -> texts(robot, "panel-status").stream().allMatch("ready"::equals)
        && texts(robot, "panel-title").equals(java.util.List.of("WGAN clip c=0.01",
            "WGAN-GP lambda=0.1", "WGAN-div k=2 p=6")));
    robot.clickOn("#play-button");
    waitFor(30, () -> iterations(robot).stream().allMatch(i -> i >= 5)
        && texts(robot, "panel-status").stream().allMatch("running"::equals)
        && texts(robot, "panel-estimate").stream().allMatch(t -> t.matches("W -?[0-9].*"))
        && texts(robot, "panel-modes").stream().allMatch(t -> t.startsWith("modes ")));
    robot.clickOn("#pause-button");
    waitFor(10, () -> texts(robot, "panel-status").stream().allMatch("paused"::equals));
    // Panels redraw one per frame in turn: once paused, every panel shows its run's last measurement.
    waitFor(10, () -> robot.lookup(".run-panel").queryAllAs(RunPanel.class).stream()
        .allMatch(p -> p.drawnEvaluation() != null
            && p.drawnEvaluation() == p.model().evaluationProperty().get()
            && p.drawnEvaluation().iteration() >= 5));
    int stopped = iteration(robot, 0);
    WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
    assertThat(iteration(robot, 0)).isEqualTo(stopped);
  }

  @Test
  void theStatusLineSaysWhatComputes(FxRobot robot) {
    assertThat(robot.lookup("#backend-line").queryAs(Label.class).getText())
        .startsWith("Backend: CPU, ");
  }

  @Test
  void stepButtonsMoveOneStepAtATime(FxRobot robot) throws Exception {
    robot.clickOn("#step-iteration");
    waitFor(10, () -> iterations(robot).stream().allMatch(i -> i == 1));
    robot.clickOn("#step-critic");
    robot.clickOn("#step-generator");
    robot.clickOn("#step-iteration");
    waitFor(10, () -> iterations(robot).stream().allMatch(i -> i == 2)
        && texts(robot, "panel-status").stream().allMatch("paused"::equals));
  }

  @Test
  void theLearningRateSliderAppliesLive(FxRobot robot) throws Exception {
    double before = ConfigEdits.sharedRate(window.model().configProperty().get());
    Slider slider = robot.lookup("#lr-slider").queryAs(Slider.class);
    Node thumb = slider.lookup(".thumb");
    robot.drag(thumb).moveBy(40, 0).drop();
    waitFor(5, () -> ConfigEdits.sharedRate(window.model().configProperty().get()) > before);
    double after = ConfigEdits.sharedRate(window.model().configProperty().get());
    assertThat(robot.lookup("#lr-text").queryAs(Label.class).getText())
        .isEqualTo(org.wganlab.ui.model.Formats.rate(after));
    assertThat(window.model().configProperty().get().runs())
        .allMatch(r -> r.optimizer().learningRate() == after);
    assertThat(window.model().pendingProperty().get()).isNull();
    assertThat(status(robot)).contains("applied");
  }

  @Test
  void aPanelsMethodAndParametersChangeLive(FxRobot robot) throws Exception {
    robot.clickOn("#play-button");
    waitFor(30, () -> iteration(robot, 0) >= 2);
    @SuppressWarnings("unchecked")
    ComboBox<MethodKind> kind = (ComboBox<MethodKind>) robot.lookup("#method-kind").query();
    robot.interact(() -> kind.setValue(MethodKind.DIV));
    waitFor(10, () -> texts(robot, "panel-title").get(0).equals("WGAN-div k=2 p=6"));
    robot.clickOn("#param-k").eraseText(1).write("3").type(KeyCode.ENTER);
    waitFor(10, () -> texts(robot, "panel-title").get(0).equals("WGAN-div k=3 p=6"));
    int before = iteration(robot, 0);
    waitFor(30, () -> iteration(robot, 0) > before);
    robot.clickOn("#param-p").eraseText(1).write("x").type(KeyCode.ENTER);
    waitFor(5, () -> status(robot).contains("\"x\" is not a number"));
    robot.clickOn("#param-p").eraseText(1).write("0.5").type(KeyCode.ENTER);
    waitFor(5, () -> status(robot).contains("p must be greater than 1"));
    assertThat(texts(robot, "panel-title").get(0)).isEqualTo("WGAN-div k=3 p=6");
    int later = iteration(robot, 0);
    waitFor(30, () -> iteration(robot, 0) > later);
  }
}
