package org.wganlab.ui.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.wganlab.export.ConfigJson;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.SavedCheckpoints;
import org.wganlab.image.live.TinyImageRuns;

/**
 * Stopping and resuming in the window: closing it while a new run trains checkpoints the iteration
 * reached; a new window opens the folder, Play resumes it, and the finished run's metrics are those
 * of a run trained without a stop.
 */
class ImageWindowResumeTest extends ImageWindowCase {
  @Start
  void start(Stage primary) {
    begin(primary);
  }


  @Test
  void closingCheckpointsAndReopeningResumesToTheUninterruptedNumbers(FxRobot robot)
      throws Exception {
    Path run = dir.resolve("run");
    newRun(robot, run, 5);
    robot.clickOn("#image-step");
    robot.clickOn("#image-play");
    train(robot, 2);
    assertThat(headers(robot)).allMatch(h -> h.startsWith("iteration 3  |  running"));
    ImageExperiment experiment = ConfigJson.read(run.resolve("config.json"), ImageExperiment.class);
    assertThat(SavedCheckpoints.latestIteration(run, experiment)).as("the periodic checkpoint")
        .isEqualTo(2);

    robot.clickOn("File").clickOn("Close window");
    assertThat(window.showing()).isFalse();
    assertThat(SavedCheckpoints.latestIteration(run, experiment)).as("closing checkpoints")
        .isEqualTo(3);

    quiet(run);
    // The same stage again: a stage once hidden would still answer lookups on Monocle.
    robot.interact(() -> window = ImageWindow.show(stage, setup()));
    open(robot, run);
    robot.clickOn("#image-play");
    // Resuming reads the pictures, then builds the networks from the checkpoints: a round each.
    poll(robot);
    poll(robot);
    assertThat(headers(robot)).as(status(robot))
        .allMatch(h -> h.startsWith("iteration 3  |  running"));
    train(robot, 2);
    assertThat(headers(robot)).allMatch(h -> h.startsWith("iteration 5  |  finished"));

    Path whole = uninterrupted(experiment, dir.resolve("whole"));
    assertThat(TinyImageRuns.metricsWithoutTiming(run))
        .isEqualTo(TinyImageRuns.metricsWithoutTiming(whole));
  }
}
