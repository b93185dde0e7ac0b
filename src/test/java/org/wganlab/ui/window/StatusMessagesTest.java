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
    waitFor(10, () -> iteration(robot, 0) == 1);
    robot.clickOn("#mode").clickOn("Fixed generator");
    waitFor(5, () -> status(robot).contains("needs new networks"));
    robot.clickOn("#apply-pending");
    waitFor(5, () -> status(robot).startsWith("Change applied: new networks"));
    robot.clickOn("#reset-button");
    waitFor(5, () -> status(robot).startsWith("Reset: new networks"));
    robot.clickOn("#play-button");
    waitFor(30, () -> iteration(robot, 0) >= 2
        && texts(robot, "panel-speed").stream().allMatch(t -> t.endsWith("it/s")));
    robot.clickOn("#step-critic");
    waitFor(10, () -> status(robot).startsWith("Paused: one critic step")
        && texts(robot, "panel-status").stream().allMatch("paused"::equals)
        && texts(robot, "panel-speed").stream().allMatch(String::isEmpty));
    robot.clickOn("#exact-w1");
    waitFor(30, () -> status(robot).startsWith("Exact W1 measured")
        && texts(robot, "panel-estimate").stream().allMatch(t -> t.contains("exact")));
  }

  @Test
  void aFixedGeneratorChosenByHandGivesTheGradientPenaltyThePapersLambda(FxRobot robot)
      throws Exception {
    assertThat(texts(robot, "panel-title").get(1)).isEqualTo("WGAN-GP lambda=0.1");
    robot.clickOn("#mode").clickOn("Fixed generator");
    waitFor(10, () -> status(robot).contains(
        "GP \u03bb = 10 as in the paper: a fixed generator needs a critic trained to optimality")
        && texts(robot, "panel-title").get(1).equals("WGAN-GP lambda=10"));
    assertThat(window.model().configProperty().get().runs().get(1).method().label())
        .isEqualTo("WGAN-GP lambda=10");
    robot.clickOn("#mode").clickOn("GAN");
    waitFor(10, () -> status(robot).contains("GP \u03bb back to the toy code's 0.1")
        && texts(robot, "panel-title").get(1).equals("WGAN-GP lambda=0.1"));
  }

  @Test
  void refusedInputIsNamedAndTheFieldsShowWhatIsInForce(FxRobot robot) throws Exception {
    replace(robot, robot.lookup("#seed").query(), "12345678901234567890");
    waitFor(5, () -> status(robot).contains("is too large"));
    assertThat(robot.lookup("#seed").queryAs(TextField.class).getText()).isEqualTo("1");
    replace(robot, robot.lookup("#param-k").query(), "0");
    waitFor(5, () -> status(robot).contains("k must be greater than 0"));
    assertThat(robot.lookup("#param-k").queryAs(TextField.class).getText()).isEqualTo("2");
    assertThat(texts(robot, "panel-title").get(2)).isEqualTo("WGAN-div k=2 p=6");
    replace(robot, robot.lookup("#param-c").query(), "-1");
    waitFor(5, () -> status(robot).contains("clip c must be greater than 0"));
    assertThat(robot.lookup("#param-c").queryAs(TextField.class).getText()).isEqualTo("0.01");
    Node nCritic = robot.lookup("#ncritic .text-field").query();
    replace(robot, nCritic, "0");
    waitFor(5, () -> status(robot).contains("n_critic must be a whole number from 1 to 20"));
    waitFor(5, () -> ((TextField) nCritic).getText().equals("2"));
    assertThat(window.model().configProperty().get().criticIters()).isEqualTo(2);
  }

  /** Clicks into a text field, replaces all its text with {@code text} and presses Enter. */
  private static void replace(FxRobot robot, Node field, String text) {
    robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
        .write(text).type(KeyCode.ENTER);
  }
}
