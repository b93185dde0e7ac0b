package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.wganlab.train.DrawnSets;

class DrawAndCloseTest extends AppTestBase {

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void pointsDrawnWithTheMouseBecomeTheData(FxRobot robot) throws Exception {
    robot.clickOn("#draw-data");
    assertThat(robot.lookup("#drawing-pad").tryQuery()).isPresent();
    robot.moveTo("#drawing-pad").moveBy(-100, -60).press(MouseButton.PRIMARY);
    for (int i = 0; i < 20; i++) {
      robot.moveBy(10, 6);
    }
    robot.release(MouseButton.PRIMARY);
    robot.clickOn("#use-drawing");
    // Nothing has trained yet: the drawing becomes the data at once, without a reset to confirm.
    show(robot);
    assertThat(status(robot)).contains("applied with new networks");
    assertThat(window.model().configProperty().get().data()).startsWith(DrawnSets.PREFIX);
    robot.clickOn("#step-iteration");
    show(robot);
    assertThat(iteration(robot, 0)).isEqualTo(1);

    // Saved, the drawing goes into a CSV file beside the config, which names it: both rerun anywhere.
    Path file = dir.resolve("drawn.json");
    Path points = dir.resolve("drawn-points.csv");
    dialogs.answer(file);
    robot.clickOn("File").clickOn("Save experiment...");
    show(robot);
    assertThat(file).isRegularFile();
    assertThat(status(robot)).startsWith("Saved").contains("drawn-points.csv");
    // Stored relative to the config's folder, so the pair reruns wherever it is moved together.
    assertThat(Files.readString(file)).contains("\"data\" : \"drawn-points.csv\"");
    ExperimentConfig saved = ConfigJson.read(file, ExperimentConfig.class);
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
  void closingTheWindowStopsTrainingAndTheFileWork(FxRobot robot) throws Exception {
    robot.clickOn("#play-button");
    train(robot, 2);
    assertThat(iteration(robot, 0)).isEqualTo(2);
    robot.interact(() -> stage.hide());
    assertThat(trainingClosed).isTrue();
    assertThat(files.isShutdown()).isTrue();
  }
}
