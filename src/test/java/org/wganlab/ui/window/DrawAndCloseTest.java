package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.wganlab.cli.WganLabCommand;
import org.wganlab.data.Dataset;
import org.wganlab.data.Datasets;
import org.wganlab.export.ConfigJson;
import org.wganlab.train.ExperimentConfig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wganlab.ui.model.DataSources;

class DrawAndCloseTest extends AppTestBase {

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void pointsDrawnWithTheMouseBecomeTheData(FxRobot robot) throws Exception {
    robot.clickOn("#draw-data");
    waitFor(10, () -> robot.lookup("#drawing-pad").tryQuery().isPresent());
    robot.moveTo("#drawing-pad").moveBy(-100, -60).press(MouseButton.PRIMARY);
    for (int i = 0; i < 20; i++) {
      robot.moveBy(10, 6);
    }
    robot.release(MouseButton.PRIMARY);
    robot.clickOn("#use-drawing");
    // Nothing has trained yet: the drawing becomes the data at once, without a reset to confirm.
    waitFor(10, () -> status(robot).contains("applied with new networks"));
    waitFor(10, () -> window.model().snapshotProperty().get().config().data()
        .startsWith(DataSources.DRAWN_PREFIX) && window.model().snapshotProperty().get().problem()
        .isEmpty());
    robot.clickOn("#step-iteration");
    waitFor(10, () -> iteration(robot, 0) == 1);

    // Saved, the drawing goes into a CSV file beside the config, which names it: both rerun anywhere.
    Path file = dir.resolve("drawn.json");
    Path points = dir.resolve("drawn-points.csv");
    dialogs.answer(file);
    robot.clickOn("File").clickOn("Save experiment...");
    waitFor(20, () -> Files.exists(file) && status(robot).startsWith("Saved"));
    assertThat(status(robot)).contains("drawn-points.csv");
    // Stored relative to the config's folder, so the pair reruns wherever it is moved together.
    assertThat(Files.readString(file)).contains("\"data\" : \"drawn-points.csv\"");
    ExperimentConfig saved = ConfigJson.read(file);
    assertThat(Path.of(saved.data())).isEqualTo(points.toAbsolutePath());
    Dataset drawn = Datasets.resolve(saved.data());
    assertThat(((Dataset.Points) drawn).points().size()).isGreaterThanOrEqualTo(10);
    Path out = dir.resolve("rerun");
    java.io.StringWriter log = new java.io.StringWriter();
    int code = WganLabCommand.commandLine(new java.io.PrintWriter(log, true),
        new java.io.PrintWriter(log, true)).execute("train", "--config", file.toString(),
        "--iterations", "2", "--out", out.toString());
    assertThat(code).as(log.toString()).isZero();
    assertThat(Files.readString(out.resolve("config.json"))).contains("drawn-points.csv");
  }

  @Test
  void closingTheWindowStopsTraining(FxRobot robot) throws Exception {
    robot.clickOn("#play-button");
    waitFor(30, () -> iteration(robot, 0) >= 2);
    WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(10, TimeUnit.SECONDS);
    waitFor(15, () -> Thread.getAllStackTraces().keySet().stream()
        .noneMatch(t -> t.isAlive() && t.getName().equals("wganlab-training")));
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName()
        .equals("wganlab-files") && t.isAlive() && t.getState() == Thread.State.RUNNABLE);
  }
}
