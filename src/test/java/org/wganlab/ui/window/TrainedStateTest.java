package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.wganlab.ui.panel.RunPanel;

class TrainedStateTest extends AppTestBase {

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  private static List<float[]> surfaces(FxRobot robot) {
    return onFx(() -> ColourScalesTest.panels(robot).stream()
        .map(p -> p.drawnEvaluation().surface().values()).toList());
  }

  @Test
  void aSavedStateReopensAtItsIterationWithTheSamePicturesAndGoesOnExactly(FxRobot robot)
      throws Exception {
    robot.clickOn("#play-button");
    train(robot, 6);
    robot.clickOn("#pause-button");
    show(robot);
    List<float[]> atSix = surfaces(robot);
    Path file = dir.resolve("lesson.wganstate");
    dialogs.answer(file);
    robot.clickOn("File").clickOn("Save trained state...");
    show(robot);
    assertThat(status(robot)).isEqualTo("Saved the trained state (3 panels at iteration 6) to "
        + file + ".");
    assertThat(file).exists();

    // Training goes on past the save: this is what the reopened state must reproduce.
    robot.clickOn("#play-button");
    train(robot, 3);
    robot.clickOn("#pause-button");
    show(robot);
    List<float[]> atNine = surfaces(robot);
    assertThat(iterations(robot)).containsOnly(9);

    dialogs.answer(file);
    robot.clickOn("File").clickOn("Open trained state...");
    show(robot);
    assertThat(status(robot)).isEqualTo(
        "Opened lesson.wganstate: 3 panels at iteration 6, paused. Play goes on from there.");
    assertThat(iterations(robot)).containsOnly(6);
    List<float[]> reopened = surfaces(robot);
    for (int i = 0; i < 3; i++) {
      assertThat(reopened.get(i)).containsExactly(atSix.get(i));
    }

    robot.clickOn("#play-button");
    train(robot, 3);
    robot.clickOn("#pause-button");
    show(robot);
    assertThat(iterations(robot)).containsOnly(9);
    List<float[]> again = surfaces(robot);
    for (int i = 0; i < 3; i++) {
      assertThat(again.get(i)).containsExactly(atNine.get(i));
    }
  }

  @Test
  void aFileThatIsNotATrainedStateIsRefusedAndTheRunsAreKept(FxRobot robot) throws Exception {
    robot.clickOn("#step-iteration");
    show(robot);
    Path notes = dir.resolve("notes.wganstate");
    Files.writeString(notes, "lecture notes, not a trained state");
    dialogs.answer(notes);
    robot.clickOn("File").clickOn("Open trained state...");
    show(robot);
    assertThat(status(robot)).isEqualTo("Could not open: " + notes
        + ": not a WGAN Lab trained state");
    assertThat(iterations(robot)).containsOnly(1);
    List<RunPanel> panels = ColourScalesTest.panels(robot);
    assertThat(panels).hasSize(3);
  }
}
