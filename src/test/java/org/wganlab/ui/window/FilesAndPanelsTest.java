package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.Node;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.wganlab.export.ConfigJson;
import org.wganlab.nn.Activation;
import org.wganlab.nn.WeightInit;
import org.wganlab.train.NetworkConfig;
import org.wganlab.ui.panel.RunPanel;
import org.wganlab.train.ExperimentConfig;

class FilesAndPanelsTest extends AppTestBase {

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void addingAPanelStartsItFreshWhileTheOthersTrainOn(FxRobot robot) throws Exception {
    robot.clickOn("#play-button");
    train(robot, 3);
    // The panels share the window's width rather than leaving part of the row empty.
    assertThat(panelRowCoverage(robot)).isGreaterThan(0.95);
    List<RunPanel> before = ColourScalesTest.panels(robot);
    robot.clickOn("#add-panel");
    show(robot);
    assertThat(texts(robot, "panel-title").get(3)).isEqualTo("WGAN-SN");
    assertThat(status(robot)).contains("starts fresh at iteration 0");
    assertThat(window.model().pendingProperty().get()).isNull();
    assertThat(iterations(robot)).containsExactly(3, 3, 3, 0);
    // The other panels are the same panels: nothing was rebuilt, nothing restarted.
    assertThat(ColourScalesTest.panels(robot)).startsWith(before.toArray(new RunPanel[0]));
    train(robot, 2);
    assertThat(iterations(robot)).containsExactly(5, 5, 5, 2);
    assertThat(robot.lookup("#add-panel").queryAs(javafx.scene.control.SplitMenuButton.class)
        .isDisabled()).isTrue();
    assertThat(panelRowCoverage(robot)).isGreaterThan(0.95);
  }

  @Test
  void aPanelCanGoOnFromACopyOfAnothersNetworks(FxRobot robot) throws Exception {
    robot.clickOn("#play-button");
    train(robot, 3);
    robot.clickOn("#pause-button");
    robot.clickOn(robot.lookup("#add-panel .arrow-button").queryAs(Node.class))
        .clickOn("Copy of panel 2 (WGAN-GP lambda=0.1)");
    show(robot);
    assertThat(status(robot)).isEqualTo("Panel 4 added: WGAN-GP lambda=0.1 goes on from a copy of"
        + " panel 2's networks at iteration 3 (with a fresh optimiser).");
    assertThat(iterations(robot)).containsExactly(3, 3, 3, 3);
    // The copy is told apart from its original by a number.
    assertThat(texts(robot, "panel-title").get(3)).isEqualTo("WGAN-GP lambda=0.1 #2");
    List<RunPanel> panels = ColourScalesTest.panels(robot);
    // The copy's critic is the original's: the same surface, value for value.
    assertThat(panels.get(3).drawnEvaluation().surface().values())
        .containsExactly(panels.get(1).drawnEvaluation().surface().values());
  }

  @Test
  void windowPngsAtOneAndTwoTimes(FxRobot robot) throws Exception {
    robot.clickOn("#step-iteration");
    show(robot);
    Path one = dir.resolve("window.png");
    Path two = dir.resolve("window@2x.png");
    dialogs.answer(one);
    robot.clickOn("File").clickOn("Save window as PNG (1x)...");
    show(robot);
    assertThat(status(robot)).startsWith("Saved");
    dialogs.answer(two);
    robot.clickOn("File").clickOn("Save window as PNG (2x)...");
    show(robot);
    assertThat(status(robot)).startsWith("Saved").contains("window@2x.png");
    BufferedImage small = ImageIO.read(one.toFile());
    BufferedImage large = ImageIO.read(two.toFile());
    assertThat(small.getWidth()).isEqualTo((int) stage.getScene().getWidth());
    assertThat(large.getWidth()).isEqualTo(2 * small.getWidth());
    assertThat(large.getHeight()).isEqualTo(2 * small.getHeight());
    Path panel = dir.resolve("panel.png");
    dialogs.answer(panel);
    robot.clickOn("#panel-menu").clickOn("Save panel as PNG (2x)");
    show(robot);
    assertThat(ImageIO.read(panel.toFile()).getWidth()).isGreaterThan(200);
  }

  @Test
  void aSaveOverAFolderIsRefusedAndALeftoverIsCleanedUp(FxRobot robot) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("taken.json"));
    dialogs.answer(folder);
    robot.clickOn("File").clickOn("Save experiment...");
    show(robot);
    assertThat(status(robot)).startsWith("Could not save")
        .contains("taken.json: is a folder, not a file");
    assertThat(folder).isEmptyDirectory();
    Path file = dir.resolve("experiment.json");
    Path leftover = Files.writeString(dir.resolve(".experiment.json.5eed.tmp"), "killed half way");
    dialogs.answer(file);
    robot.clickOn("File").clickOn("Save experiment...");
    show(robot);
    assertThat(status(robot)).startsWith("Saved");
    assertThat(file).isRegularFile();
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
    show(robot);
    assertThat(status(robot)).startsWith("Could not load")
        .contains("huge.json: this experiment needs about");
    assertThat(window.model().configProperty().get()).isEqualTo(current);
  }

  @Test
  void aSavedConfigLoadsBack(FxRobot robot) throws Exception {
    Path file = dir.resolve("config.json");
    dialogs.answer(file);
    robot.clickOn("File").clickOn("Save experiment...");
    show(robot);
    assertThat(status(robot)).startsWith("Saved");
    ExperimentConfig saved = ConfigJson.read(file, ExperimentConfig.class);
    assertThat(saved).isEqualTo(window.model().configProperty().get());
    robot.clickOn("Experiments").clickOn("W-div with four r(x) choices");
    show(robot);
    assertThat(robot.lookup(".run-panel").queryAll()).hasSize(4);
    dialogs.answer(file);
    // The menu's key combination, typed: Ctrl+O opens an experiment.
    robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
    show(robot);
    assertThat(status(robot)).startsWith("Loaded");
    assertThat(texts(robot, "panel-title")).containsExactly(
        "WGAN clip c=0.01", "WGAN-GP lambda=0.1", "WGAN-div k=2 p=6");
    assertThat(window.model().configProperty().get()).isEqualTo(saved);
  }

  @Test
  void problemsAreShownAndTrainingGoesOn(FxRobot robot) throws Exception {
    robot.clickOn("#play-button");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "x,y\n0,0\n1,one\n");
    dialogs.answer(bad);
    robot.clickOn("#open-csv");
    show(robot);
    assertThat(status(robot)).startsWith("Cannot use").contains("bad.csv");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"data\": ");
    dialogs.answer(broken);
    robot.clickOn("File").clickOn("Load experiment...");
    show(robot);
    assertThat(status(robot)).startsWith("Could not load").contains("JSON");
    dialogs.answer(dir.resolve("missing-folder").resolve("curves.csv"));
    robot.clickOn("File").clickOn("Save curves as CSV...");
    show(robot);
    assertThat(status(robot)).startsWith("Could not save").contains("does not exist");
    assertThat(robot.lookup(".run-panel").queryAll()).hasSize(3);
    train(robot, 2);
    assertThat(iterations(robot)).containsOnly(2);
    Path curves = dir.resolve("curves.csv");
    dialogs.answer(curves);
    robot.clickOn("File").clickOn("Save curves as CSV...");
    show(robot);
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
    show(robot);
    assertThat(window.model().configProperty().get().data()).isEqualTo(far.toString());
    org.wganlab.metrics.GridSpec view = window.model().configProperty().get().evaluation().grid();
    assertThat(view.contains(100, 200) && view.contains(102, 198)).isTrue();
    assertThat(view.side()).isLessThan(4);
    robot.clickOn("#step-iteration");
    show(robot);
    assertThat(ColourScalesTest.panels(robot)).allMatch(p -> p.surfaceView().colorScale() != null
        && p.surfaceView().outsideNote().isEmpty());
    robot.clickOn("#data").clickOn("8 gaussians");
    show(robot);
    // The runs have trained: the change waits for a reset, with the familiar view.
    assertThat(window.model().editing().data()).isEqualTo("8gaussians");
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
    show(robot);
    assertThat(status(robot)).contains("applied with new networks");
    assertThat(window.model().pendingProperty().get()).isNull();
    assertThat(window.model().configProperty().get().data()).isEqualTo(good.toString());
    assertThat(texts(robot, "panel-modes")).allMatch(String::isEmpty);
  }
}
