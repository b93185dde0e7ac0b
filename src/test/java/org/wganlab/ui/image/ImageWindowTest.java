package org.wganlab.ui.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The image window headless, with real clicks on a tiny run over a picture folder the test writes:
 * a new experiment through its dialog, Step, Play and Pause; a run folder written as the
 * {@code image} command writes it, opened read-only, with its history slider scrubbed by keys; Play
 * refused on a folder that just changed; and a folder without a run named on the status line.
 * Training is synchronous: the test trains rounds on the JavaFX thread and draws at once.
 */
class ImageWindowTest extends ImageWindowCase {
  @Start
  void start(Stage primary) {
    begin(primary);
  }

  @Test
  void aNewRunStepsPlaysAndPauses(FxRobot robot) throws Exception {
    newRun(robot, dir.resolve("run"), 6);
    assertThat(headers(robot)).hasSize(2).allMatch(h -> h.startsWith("iteration 0  |  ready"));
    assertThat(window.model().snapshotProperty().get().runs().get(0).grid()).isNotNull();

    robot.clickOn("#image-step");
    robot.interact(() -> window.showLatest());
    assertThat(headers(robot)).allMatch(h -> h.startsWith("iteration 1  |  paused"));

    robot.clickOn("#image-play");
    train(robot, 2);
    assertThat(headers(robot)).allMatch(h -> h.startsWith("iteration 3  |  running"));
    robot.clickOn("#image-pause");
    robot.interact(() -> window.showLatest());
    assertThat(headers(robot)).allMatch(h -> h.startsWith("iteration 3  |  paused"));
    assertThat(window.model().historyProperty().get()).containsExactly(2);
    assertThat(Files.isRegularFile(dir.resolve("run/checkpoints/run-0-clip.ckpt"))).isTrue();

    Path exports = Files.createDirectories(dir.resolve("exports"));
    folders.add(exports);
    robot.clickOn("File").clickOn("Save sample grids as PNG (2x)...");
    WaitForAsyncUtils.waitForFxEvents();
    // 8 images of 28 x 28 a row, each pixel a 2 x 2 block, 2-pixel gaps: 8 * (56 + 2) + 2 wide.
    java.awt.image.BufferedImage gp = javax.imageio.ImageIO.read(
        exports.resolve("grid-run-1-gp-iter-0000003@2x.png").toFile());
    assertThat(gp.getWidth()).isEqualTo(466);
    assertThat(status(robot)).isEqualTo("Saved 2 sample grids at 2x to " + exports + ".");
  }

  @Test
  void anOpenedFolderIsFollowedAndItsHistoryScrubbed(FxRobot robot) throws Exception {
    Path run = commandLineRun();
    open(robot, run);
    assertThat(robot.lookup("#image-access").queryAs(Label.class).getText())
        .startsWith("following this folder (read-only)");
    assertThat(headers(robot)).allMatch(h -> h.startsWith("iteration 4  |  finished"));
    assertThat(window.model().historyProperty().get()).containsExactly(2, 4);
    assertThat(robot.lookup("#image-history-text").queryAs(Label.class).getText())
        .isEqualTo("latest (2 saved)");

    // Keys, not a click on the track: a click's place depends on the screen size the suite got.
    robot.interact(() -> robot.lookup("#image-history").query().requestFocus());
    robot.type(KeyCode.HOME);
    robot.interact(() -> window.showLatest());
    assertThat(robot.lookup("#image-history-text").queryAs(Label.class).getText())
        .isEqualTo("iteration 2");
    RunTile first = robot.lookup(".image-run").queryAs(RunTile.class);
    assertThat(first.gridImage().getUrl()).endsWith("samples/run-0-gp-iter-0000002.png");
    robot.type(KeyCode.RIGHT);
    robot.interact(() -> window.showLatest());
    assertThat(robot.lookup("#image-history-text").queryAs(Label.class).getText())
        .isEqualTo("iteration 4");
    assertThat(first.gridImage().getUrl()).endsWith("samples/run-0-gp-iter-0000004.png");
  }

  @Test
  void playIsRefusedOnAFolderThatJustChangedAndAFolderWithoutARunIsNamed(FxRobot robot)
      throws Exception {
    Path run = commandLineRun();
    open(robot, run);
    robot.clickOn("#image-play");
    robot.interact(() -> window.showLatest());
    assertThat(status(robot)).startsWith("Play refused: A file in this folder changed");
    assertThat(window.model().snapshotProperty().get().playing()).isFalse();

    Path empty = Files.createDirectories(dir.resolve("empty"));
    open(robot, empty);
    assertThat(status(robot)).contains("holds no image run (no config.json)");
  }

  @Test
  void aQuietFolderResumesOnPlay(FxRobot robot) throws Exception {
    Path run = commandLineRun();
    quiet(run);
    open(robot, run);
    robot.clickOn("#image-play");
    robot.interact(() -> window.showLatest());
    assertThat(robot.lookup("#image-access").queryAs(Label.class).getText())
        .isEqualTo("training into this folder");
    assertThat(status(robot)).startsWith("Every run is through");
  }
}
