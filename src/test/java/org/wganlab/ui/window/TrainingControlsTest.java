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
import org.wganlab.method.MethodKind;
import org.wganlab.train.Pace;
import org.wganlab.ui.model.ConfigEdits;
import org.wganlab.ui.panel.RunPanel;

class TrainingControlsTest extends AppTestBase {

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void playTrainsEveryPanelAndPauseStopsThem(FxRobot robot) throws Exception {
    assertThat(texts(robot, "panel-status")).containsOnly("ready");
    assertThat(texts(robot, "panel-title")).containsExactly("WGAN clip c=0.01",
        "WGAN-GP lambda=0.1", "WGAN-div k=2 p=6");
    robot.clickOn("#play-button");
    train(robot, 5);
    assertThat(iterations(robot)).containsOnly(5);
    assertThat(texts(robot, "panel-status")).containsOnly("running");
    assertThat(texts(robot, "panel-estimate")).allMatch(t -> t.matches("W -?[0-9].*"));
    assertThat(texts(robot, "panel-modes")).allMatch(t -> t.startsWith("modes "));
    assertThat(status(robot)).isEqualTo("Training at full speed.");
    assertThat(robot.lookup("#play-button").queryButton().isDisabled()).isTrue();
    robot.clickOn("#pause-button");
    show(robot);
    assertThat(texts(robot, "panel-status")).containsOnly("paused");
    assertThat(texts(robot, "panel-speed")).containsOnly("");
    // Every panel shows its run's last measurement.
    assertThat(ColourScalesTest.panels(robot)).allMatch(p -> p.drawnEvaluation() != null
        && p.drawnEvaluation() == p.model().evaluationProperty().get()
        && p.drawnEvaluation().iteration() == 5);
    // Paused, a round trains nothing.
    train(robot, 3);
    assertThat(iterations(robot)).containsOnly(5);
  }

  @Test
  void aSlowPaceIsChosenInTheWindowAndKeptByTheSession(FxRobot robot) {
    robot.clickOn("#speed").clickOn("5 it/s");
    show(robot);
    assertThat(window.model().paceProperty().get()).isEqualTo(Pace.FIVE_PER_SECOND);
    robot.clickOn("#play-button");
    train(robot, 2);
    assertThat(iterations(robot)).containsOnly(2);
    assertThat(status(robot)).isEqualTo("Training at 5 it/s.");
    assertThat(texts(robot, "panel-status")).containsOnly("running");
  }

  @Test
  void aNewDepthBeforeTrainingRedrawsThePerLayerChartWithItsLayers(FxRobot robot) {
    Node depth = robot.lookup("#depth .text-field").query();
    robot.clickOn(depth).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
        .write("5").type(KeyCode.ENTER);
    show(robot);
    assertThat(window.model().configProperty().get().critic().depth()).isEqualTo(5);
    org.jfree.chart.JFreeChart layers = window.charts().charts().stream()
        .filter(c -> c.getTitle().getText().startsWith("Gradient norm per layer")).findFirst()
        .orElseThrow();
    org.jfree.data.xy.XYDataset data = layers.getXYPlot().getDataset();
    assertThat(data.getSeriesCount()).isEqualTo(3);
    for (int series = 0; series < data.getSeriesCount(); series++) {
      assertThat(data.getItemCount(series)).as("layers of run %d", series + 1).isEqualTo(5);
    }
  }

  @Test
  void theStatusLineSaysWhatComputes(FxRobot robot) {
    assertThat(robot.lookup("#backend-line").queryAs(Label.class).getText())
        .startsWith("Backend: CPU, ");
  }

  @Test
  void stepButtonsMoveOneStepAtATime(FxRobot robot) throws Exception {
    robot.clickOn("#step-iteration");
    show(robot);
    assertThat(iterations(robot)).containsOnly(1);
    robot.clickOn("#step-critic");
    robot.clickOn("#step-generator");
    robot.clickOn("#step-iteration");
    show(robot);
    assertThat(iterations(robot)).containsOnly(2);
    assertThat(texts(robot, "panel-status")).containsOnly("paused");
  }

  @Test
  void theLearningRateSliderAppliesLive(FxRobot robot) throws Exception {
    double before = ConfigEdits.sharedRate(window.model().configProperty().get());
    Slider slider = robot.lookup("#lr-slider").queryAs(Slider.class);
    Node thumb = slider.lookup(".thumb");
    robot.drag(thumb).moveBy(40, 0).drop();
    show(robot);
    double after = ConfigEdits.sharedRate(window.model().configProperty().get());
    assertThat(after).isGreaterThan(before);
    assertThat(robot.lookup("#lr").queryAs(javafx.scene.control.TextField.class).getText())
        .isEqualTo(org.wganlab.ui.model.Formats.sliderValue(after));
    assertThat(window.model().configProperty().get().runs())
        .allMatch(r -> r.optimizer().learningRate() == after);
    assertThat(window.model().pendingProperty().get()).isNull();
    assertThat(status(robot)).contains("applied");
  }

  @Test
  void aPanelsMethodAndParametersChangeLive(FxRobot robot) throws Exception {
    robot.clickOn("#play-button");
    train(robot, 2);
    @SuppressWarnings("unchecked")
    ComboBox<MethodKind> kind = (ComboBox<MethodKind>) robot.lookup("#method-kind").query();
    robot.interact(() -> kind.setValue(MethodKind.DIV));
    show(robot);
    assertThat(texts(robot, "panel-title").get(0)).isEqualTo("WGAN-div k=2 p=6");
    robot.clickOn("#param-k").eraseText(1).write("3").type(KeyCode.ENTER);
    show(robot);
    assertThat(texts(robot, "panel-title").get(0)).isEqualTo("WGAN-div k=3 p=6");
    train(robot, 1);
    assertThat(iteration(robot, 0)).isEqualTo(3);
    robot.clickOn("#param-p").eraseText(1).write("x").type(KeyCode.ENTER);
    assertThat(status(robot)).contains("\"x\" is not a number");
    robot.clickOn("#param-p").eraseText(1).write("0.5").type(KeyCode.ENTER);
    assertThat(status(robot)).contains("p must be greater than 1");
    show(robot);
    assertThat(texts(robot, "panel-title").get(0)).isEqualTo("WGAN-div k=3 p=6");
    train(robot, 1);
    assertThat(iteration(robot, 0)).isEqualTo(4);
  }
}
