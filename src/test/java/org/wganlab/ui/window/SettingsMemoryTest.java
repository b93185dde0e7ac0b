package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.MemoryEstimate;
import org.wganlab.ui.model.DefaultExperiment;
import org.wganlab.ui.model.ConfigEdits;

/**
 * The settings bar's largest values, four panels of 12 x 512 units at batch 1024 on the live grid,
 * need about 3.5 GB: more than the tests' 3 GB heap (and than a 2 GB one), so the click that asks for
 * them is refused with both figures and the width stays in force.
 */
class SettingsMemoryTest extends AppTestBase {

  @Override
  ExperimentConfig experiment() {
    // The window's own experiment (its 64 x 64 grid), which is only shown here, never trained.
    return DefaultExperiment.config();
  }

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void aWidthThatWouldNotFitInMemoryIsRefusedAndTheWidthInForceStays(FxRobot robot)
      throws Exception {
    robot.clickOn("#add-panel");
    show(robot);
    assertThat(window.model().configProperty().get().runs()).hasSize(4);
    Node depth = robot.lookup("#depth .text-field").query();
    robot.clickOn(depth).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
        .write("12").type(KeyCode.ENTER);
    show(robot);
    assertThat(window.model().editing().critic().depth()).isEqualTo(12);
    robot.clickOn("#batch").clickOn("1024");
    show(robot);
    assertThat(window.model().editing().batch()).isEqualTo(1024);
    ExperimentConfig before = window.model().editing();
    ExperimentConfig largest = ConfigEdits.width(before, 512);
    long needed = MemoryEstimate.of(largest).bytes();
    // The premise of the test: these settings need more than this JVM may use.
    assertThat(needed).isGreaterThan(MemoryEstimate.available()).isBetween(3_300_000_000L,
        3_700_000_000L);

    robot.clickOn("#width").clickOn("512");
    show(robot);
    assertThat(status(robot)).startsWith("Not applied: Width: this experiment needs about");
    assertThat(status(robot)).contains(String.format("needs about %.1f GB of memory and ",
        needed / 1e9)).contains("GB is available");
    assertThat(window.model().editing()).isEqualTo(before);
    assertThat(robot.lookup("#width").<Integer>queryComboBox().getValue()).isEqualTo(64);
  }

  @Test
  void aFifthRunIsNotAskedForButAPanelThatWouldNotFitIsRefused(FxRobot robot) throws Exception {
    ComboBox<Integer> width = robot.lookup("#width").queryComboBox();
    robot.clickOn(width).clickOn("512");
    show(robot);
    assertThat(window.model().editing().critic().width()).isEqualTo(512);
    Node depth = robot.lookup("#depth .text-field").query();
    robot.clickOn(depth).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
        .write("12").type(KeyCode.ENTER);
    show(robot);
    assertThat(window.model().editing().critic().depth()).isEqualTo(12);
    ExperimentConfig three = window.model().editing();
    if (MemoryEstimate.growthRefusal(three, ConfigEdits.batch(three, 1024)) != null) {
      // Three such runs at batch 1024 (2.7 GB) do not fit here either: the refusal is the batch's.
      robot.clickOn("#batch").clickOn("1024");
      show(robot);
      assertThat(status(robot)).startsWith("Not applied: Batch size: this experiment needs");
      assertThat(window.model().editing()).isEqualTo(three);
      return;
    }
    robot.clickOn("#batch").clickOn("1024");
    show(robot);
    assertThat(window.model().editing().batch()).isEqualTo(1024);
    ExperimentConfig before = window.model().editing();
    robot.clickOn("#add-panel");
    show(robot);
    assertThat(status(robot)).startsWith("No panel added: this experiment needs about 3.5 GB");
    assertThat(window.model().editing()).isEqualTo(before);
    assertThat(before.runs()).hasSize(3);
  }
}
