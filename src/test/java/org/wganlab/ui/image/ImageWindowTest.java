package org.wganlab.ui.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.live.ImageSnapshot;
import org.wganlab.method.MethodConfig;

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
  void aDraggedSliderAndN_criticChangeTheTrainingRunLive(FxRobot robot) throws Exception {
    newRun(robot, dir.resolve("run"), 6);
    robot.clickOn("#image-step");
    // The editors are folded away until Settings shows them.
    robot.clickOn("#image-settings");
    robot.interact(() -> window.showLatest());
    RunTile gp = window.model().snapshotProperty().get().runs().get(0).run().method()
        instanceof MethodConfig.GradientPenalty ? tile(robot, 0) : tile(robot, 1);
    int index = gp == tile(robot, 0) ? 0 : 1;
    javafx.scene.Node thumb = robot.from(gp).lookup("#param-lambda-slider .thumb").query();
    robot.drag(thumb, MouseButton.PRIMARY).moveBy(-40, 0).release(MouseButton.PRIMARY);
    robot.interact(() -> window.showLatest());
    ImageSnapshot shot = window.model().snapshotProperty().get();
    double lambda = ((MethodConfig.GradientPenalty) shot.runs().get(index).run().method()).lambda();
    assertThat(lambda).isLessThan(MethodConfig.GradientPenalty.PAPER_LAMBDA);
    assertThat(status(robot)).startsWith("Run " + (index + 1) + ": ")
        .endsWith(": applied from the next iteration; the folder's config.json and checkpoints"
            + " hold it, so a resumed run goes on with it too.");
    assertThat(robot.from(gp).lookup("#param-lambda").queryAs(TextField.class).getText())
        .isEqualTo(org.wganlab.ui.model.Formats.sliderValue(lambda));
    assertThat(org.wganlab.export.ConfigJson.read(dir.resolve("run/config.json"),
        ImageExperiment.class).runs().get(index)).isEqualTo(shot.runs().get(index).run());

    robot.clickOn(robot.lookup("#image-ncritic .increment-arrow-button").queryAs(
        javafx.scene.Node.class));
    robot.interact(() -> window.showLatest());
    assertThat(window.model().snapshotProperty().get().experiment().criticIters()).isEqualTo(6);
    assertThat(status(robot)).startsWith("n_critic 6: applied from the next iteration");
    robot.clickOn("#image-step");
    robot.interact(() -> window.showLatest());
    assertThat(headers(robot)).allMatch(h -> h.startsWith("iteration 2  |  paused"));
  }

  private static RunTile tile(FxRobot robot, int index) {
    return robot.lookup(".image-run").queryAllAs(RunTile.class).stream().toList().get(index);
  }

  @Test
  void aNewRunStepsPlaysAndPauses(FxRobot robot) throws Exception {
    Path pictures = createRun(robot, dir.resolve("run"), 6);
    robot.interact(() -> window.showLatest());
    assertThat(status(robot)).isEqualTo("Reading the images of " + pictures + "...");
    assertThat(robot.lookup("#image-access").queryAs(Label.class).getText())
        .isEqualTo("making the run ready: Reading the images of " + pictures + "...");
    poll(robot);
    assertThat(status(robot)).isEqualTo("Read 27 training images; building the networks...");
    poll(robot);
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
    poll(robot);
    poll(robot);
    assertThat(robot.lookup("#image-access").queryAs(Label.class).getText())
        .isEqualTo("training into this folder");
    assertThat(status(robot)).isEqualTo("Resumed from the folder's checkpoints; every run is"
        + " through (finished or diverged).");
  }
}
