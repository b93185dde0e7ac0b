package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.ui.TestExperiments;

class DivergedRunTest extends AppTestBase {

  @Override
  ExperimentConfig experiment() {
    return TestExperiments.diverging();
  }

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void aDivergedPanelSaysWhyAndTheOtherTrainsOn(FxRobot robot) throws Exception {
    // A learning rate beyond the slider's range shows at its end and stays in force.
    assertThat(window.model().configProperty().get().runs().get(0).optimizer().learningRate())
        .isEqualTo(10.0);
    robot.clickOn("#play-button");
    for (int i = 0; i < 25 && !texts(robot, "panel-status").get(0).startsWith("diverged: "); i++) {
      train(robot, 20);
    }
    assertThat(texts(robot, "panel-status").get(0)).as("after %s", iterations(robot))
        .startsWith("diverged: ").contains("became");
    int gp = iteration(robot, 1);
    train(robot, 3);
    assertThat(iteration(robot, 1)).isEqualTo(gp + 3);
    assertThat(texts(robot, "panel-status").get(1)).isEqualTo("running");
  }
}
