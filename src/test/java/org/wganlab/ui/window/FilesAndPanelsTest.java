package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.wganlab.export.ConfigJson;
import org.wganlab.nn.Activation;
import org.wganlab.nn.WeightInit;
import org.wganlab.train.NetworkConfig;
import org.wganlab.train.ExperimentConfig;

class FilesAndPanelsTest extends AppTestBase {

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void addingAPanelStartsItFreshWhileTheOthersTrainOn(FxRobot robot) throws Exception {
    robot.clickOn("#play-button");
    waitFor(30, () -> iteration(robot, 0) >= 2);
    // The panels share the window's width rather than leaving part of the row empty.
    assertThat(panelRowCoverage(robot)).isGreaterThan(0.95);
    robot.clickOn("#add-panel");
    // Labels are read off the JavaFX thread: wait for the whole picture rather than racing it.
    waitFor(10, () -> robot.lookup(".run-panel").queryAll().size() == 4
        && texts(robot, "panel-title").get(3).equals("WGAN-SN"));
    assertThat(status(robot)).contains("starts fresh at iteration 0");
    assertThat(window.model().pendingProperty().get()).isNull();
    int added = iteration(robot, 3);
    int first = iteration(robot, 0);
    // The new run started far behind the others, and all four train on.
    assertThat(first).isGreaterThan(added);
    waitFor(30, () -> iteration(robot, 3) > added + 2 && iteration(robot, 0) > first + 2);
    assertThat(iteration(robot, 0)).isGreaterThan(iteration(robot, 3));
    assertThat(robot.lookup("#add-panel").queryButton().isDisabled()).isTrue();
    assertThat(panelRowCoverage(robot)).isGreaterThan(0.95);
  }

  @Test
  void windowPngsAtOneAndTwoTimes(FxRobot robot) throws Exception {
    robot.clickOn("#step-iteration");
    waitFor(10, () -> iteration(robot, 0) == 1);
    Path one = dir.resolve("window.png");
    Path two = dir.resolve("window@2x.png");
    dialogs.answer(one);
    robot.clickOn("File").clickOn("Save window as PNG (1x)...");
    waitFor(20, () -> Files.exists(one) && status(robot).startsWith("Saved"));
    dialogs.answer(two);
    robot.clickOn("File").clickOn("Save window as PNG (2x)...");
    waitFor(30, () -> Files.exists(two) && status(robot).contains("window@2x.png"));
    BufferedImage small = ImageIO.read(one.toFile());
    BufferedImage large = ImageIO.read(two.toFile());
    assertThat(small.getWidth()).isEqualTo((int) stage.getScene().getWidth());
    assertThat(large.getWidth()).isEqualTo(2 * small.getWidth());
    assertThat(large.getHeight()).isEqualTo(2 * small.getHeight());
    Path panel = dir.resolve("panel.png");
    dialogs.answer(panel);
    robot.clickOn("#panel-menu").clickOn("Save panel as PNG (2x)");
    waitFor(20, () -> Files.exists(panel));
  }

  @Test
  void aSaveOverAFolderIsRefusedAndALeftoverIsCleanedUp(FxRobot robot) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("taken.json"));
    dialogs.answer(folder);
    robot.clickOn("File").clickOn("Save experiment...");
    waitFor(20, () -> status(robot).startsWith("Could not save"));
    assertThat(status(robot)).contains("taken.json: is a folder, not a file");
    assertThat(folder).isEmptyDirectory();
    Path file = dir.resolve("experiment.json");
    Path leftover = Files.writeString(dir.resolve(".experiment.json.5eed.tmp"), "killed half way");
    dialogs.answer(file);
    robot.clickOn("File").clickOn("Save experiment...");
    waitFor(20, () -> Files.exists(file) && status(robot).startsWith("Saved"));
    assertThat(leftover).doesNotExist();
  }

  @Test
  void aConfigTooLargeForMemoryIsRefusedAndTheRunsGoOn(FxRobot robot) throws Exception {
    ExperimentConfig current = window.model().configProperty().get();
    NetworkConfig huge = new NetworkConfig(12, 4096, Activation.RELU, WeightInit.REFERENCE);
    Path file = dir.resolve("huge.json");
    ConfigJson.write(file, current.withNetworks(huge, huge).withTraining(4096, 5, 0));
    dialogs.answer(file);
    robot.clickOn("File").clickOn("Load experiment...");
    waitFor(20, () -> status(robot).startsWith("Could not load"));
    assertThat(status(robot)).contains("huge.json: this experiment needs about");
    assertThat(window.model().configProperty().get()).isEqualTo(current);
  }

  @Test
  void aSavedConfigLoadsBack(FxRobot robot) throws Exception {
    Path file = dir.resolve("config.json");
    dialogs.answer(file);
    robot.clickOn("File").clickOn("Save experiment...");
    waitFor(20, () -> Files.exists(file) && status(robot).startsWith("Saved"));
    ExperimentConfig saved = ConfigJson.read(file);
    assertThat(saved).isEqualTo(window.model().configProperty().get());
    robot.clickOn("Experiments").clickOn("W-div with four r(x) choices");
    waitFor(10, () -> robot.lookup(".run-panel").queryAll().size() == 4);
    dialogs.answer(file);
    // The menu's key combination, typed: Ctrl+O opens an experiment.
    robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
    waitFor(20, () -> robot.lookup(".run-panel").queryAll().size() == 3
        && status(robot).startsWith("Loaded") && texts(robot, "panel-title").equals(List.of(
            "WGAN clip c=0.01", "WGAN-GP lambda=0.1", "WGAN-div k=2 p=6")));
    assertThat(window.model().configProperty().get()).isEqualTo(saved);
  }

  @Test
  void problemsAreShownAndTrainingGoesOn(FxRobot robot) throws Exception {
    robot.clickOn("#play-button");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "x,y\n0,0\n1,one\n");
    dialogs.answer(bad);
    robot.clickOn("#open-csv");
    waitFor(10, () -> status(robot).startsWith("Cannot use") && status(robot).contains("bad.csv"));
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"data\": ");
    dialogs.answer(broken);
    robot.clickOn("File").clickOn("Load experiment...");
    waitFor(10, () -> status(robot).startsWith("Could not load") && status(robot).contains("JSON"));
    dialogs.answer(dir.resolve("missing-folder").resolve("curves.csv"));
    robot.clickOn("File").clickOn("Save curves as CSV...");
    waitFor(10, () -> status(robot).startsWith("Could not save")
        && status(robot).contains("does not exist"));
    assertThat(robot.lookup(".run-panel").queryAll()).hasSize(3);
    int before = iteration(robot, 0);
    waitFor(30, () -> iteration(robot, 0) > before);
    Path curves = dir.resolve("curves.csv");
    dialogs.answer(curves);
    robot.clickOn("File").clickOn("Save curves as CSV...");
    waitFor(10, () -> Files.exists(curves));
    assertThat(Files.readAllLines(curves).get(0)).startsWith("run,method,iteration");
    assertThat(Files.readAllLines(curves)).hasSizeGreaterThan(1);
  }

  @Test
  void theViewFollowsDataFarFromTheOriginAndComesBackForABuiltInSet(FxRobot robot)
      throws Exception {
    Path far = dir.resolve("far.csv");
    StringBuilder csv = new StringBuilder("x,y\n");
    for (int i = 0; i < 50; i++) {
      csv.append(100 + i / 25.0).append(',').append(200 - i / 25.0).append('\n');
    }
    Files.writeString(far, csv);
    dialogs.answer(far);
    robot.clickOn("#open-csv");
    waitFor(10, () -> far.toString().equals(window.model().snapshotProperty().get().config().data()));
    org.wganlab.metrics.GridSpec view = window.model().configProperty().get().evaluation().grid();
    assertThat(view.contains(100, 200) && view.contains(102, 198)).isTrue();
    assertThat(view.side()).isLessThan(4);
    robot.clickOn("#step-iteration");
    waitFor(10, () -> robot.lookup(".run-panel").queryAllAs(org.wganlab.ui.panel.RunPanel.class)
        .stream().allMatch(p -> p.surfaceView().colorScale() != null && p.surfaceView().outsideNote()
            .isEmpty()));
    robot.clickOn("#data").clickOn("8 gaussians");
    // The runs have trained: the change waits for a reset, with the familiar view.
    waitFor(10, () -> "8gaussians".equals(window.model().editing().data()));
    assertThat(window.model().editing().evaluation().grid()).isEqualTo(
        experiment().evaluation().grid());
  }

  @Test
  void aCsvFileFromDiskBecomesTheData(FxRobot robot) throws Exception {
    Path good = dir.resolve("line.csv");
    StringBuilder csv = new StringBuilder("x,y\n");
    for (int i = 0; i < 50; i++) {
      csv.append(i / 25.0 - 1).append(',').append(0.5 * (i / 25.0 - 1)).append('\n');
    }
    Files.writeString(good, csv);
    dialogs.answer(good);
    robot.clickOn("#open-csv");
    // Nothing has trained yet: the new data applies at once, without a reset to confirm.
    waitFor(10, () -> status(robot).contains("applied with new networks"));
    assertThat(window.model().pendingProperty().get()).isNull();
    waitFor(10, () -> good.toString().equals(window.model().snapshotProperty().get().config().data())
        && texts(robot, "panel-modes").stream().allMatch(String::isEmpty));
  }
}
