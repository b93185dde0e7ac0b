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
    robot.clickOn("#play-button");
    waitFor(30, () -> texts(robot, "panel-status").get(0).startsWith("diverged: ")
        && texts(robot, "panel-status").get(0).contains("became"));
    int gp = iteration(robot, 1);
    waitFor(30, () -> iteration(robot, 1) > gp + 2
        && texts(robot, "panel-status").get(1).equals("running"));
  }
}
