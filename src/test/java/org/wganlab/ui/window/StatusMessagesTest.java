package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The status line and the fields stay true: no stale message, no silently refused input. */
class StatusMessagesTest extends AppTestBase {

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void resetsAndStepsSayWhatHappened(FxRobot robot) throws Exception {
    robot.clickOn("#step-iteration");
    show(robot);
    assertThat(iteration(robot, 0)).isEqualTo(1);
    robot.clickOn("#mode").clickOn("Fixed generator");
    show(robot);
    assertThat(status(robot)).contains("needs new networks");
    robot.clickOn("#apply-pending");
    show(robot);
    assertThat(status(robot)).startsWith("Change applied: new networks");
    robot.clickOn("#reset-button");
    show(robot);
    assertThat(status(robot)).startsWith("Reset: new networks");
    robot.clickOn("#play-button");
    train(robot, 2);
    assertThat(iteration(robot, 0)).isEqualTo(2);
    assertThat(texts(robot, "panel-speed")).allMatch(t -> t.endsWith("it/s"));
    robot.clickOn("#step-critic");
    show(robot);
    assertThat(status(robot)).startsWith("Paused: one critic step");
    assertThat(texts(robot, "panel-status")).containsOnly("paused");
    assertThat(texts(robot, "panel-speed")).containsOnly("");
    robot.clickOn("#exact-w1");
    show(robot);
    assertThat(status(robot)).startsWith("Exact W1 measured");
    assertThat(texts(robot, "panel-estimate")).allMatch(t -> t.contains("exact"));
  }

  @Test
  void aFixedGeneratorChosenByHandGivesTheGradientPenaltyThePapersLambda(FxRobot robot)
      throws Exception {
    assertThat(texts(robot, "panel-title").get(1)).isEqualTo("WGAN-GP lambda=0.1");
    robot.clickOn("#mode").clickOn("Fixed generator");
    show(robot);
    assertThat(status(robot)).contains(
        "GP \u03bb = 10 as in the paper: a fixed generator needs a critic trained to optimality");
    assertThat(texts(robot, "panel-title").get(1)).isEqualTo("WGAN-GP lambda=10");
    assertThat(window.model().configProperty().get().runs().get(1).method().label())
        .isEqualTo("WGAN-GP lambda=10");
    robot.clickOn("#mode").clickOn("GAN");
    show(robot);
    assertThat(status(robot)).contains("GP \u03bb back to the toy code's 0.1");
    assertThat(texts(robot, "panel-title").get(1)).isEqualTo("WGAN-GP lambda=0.1");
  }

  @Test
  void refusedInputIsNamedAndTheFieldsShowWhatIsInForce(FxRobot robot) throws Exception {
    replace(robot, robot.lookup("#seed").query(), "12345678901234567890");
    assertThat(status(robot)).contains("is too large");
    assertThat(robot.lookup("#seed").queryAs(TextField.class).getText()).isEqualTo("1");
    replace(robot, robot.lookup("#param-k").query(), "0");
    assertThat(status(robot)).contains("k must be greater than 0");
    assertThat(robot.lookup("#param-k").queryAs(TextField.class).getText()).isEqualTo("2");
    assertThat(texts(robot, "panel-title").get(2)).isEqualTo("WGAN-div k=2 p=6");
    replace(robot, robot.lookup("#param-c").query(), "-1");
    assertThat(status(robot)).contains("clip c must be greater than 0");
    assertThat(robot.lookup("#param-c").queryAs(TextField.class).getText()).isEqualTo("0.01");
    Node nCritic = robot.lookup("#ncritic .text-field").query();
    replace(robot, nCritic, "0");
    show(robot);
    assertThat(status(robot)).contains("n_critic must be a whole number from 1 to 20");
    assertThat(((TextField) nCritic).getText()).isEqualTo("2");
    assertThat(window.model().configProperty().get().criticIters()).isEqualTo(2);
  }

  /** Clicks into a text field, replaces all its text with {@code text} and presses Enter. */
  private static void replace(FxRobot robot, Node field, String text) {
    robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
        .write(text).type(KeyCode.ENTER);
  }
}
