package org.wganlab.ui.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wganlab.data.image.ImageDataLoader;
import org.wganlab.data.image.ImageDataOptions;
import org.wganlab.data.image.TrainTestImages;
import org.wganlab.export.RunFolder;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageRunFolder;
import org.wganlab.image.ImageSession;
import org.wganlab.image.live.ImageSnapshot;
import org.wganlab.image.live.TinyImageRuns;
import org.wganlab.method.MethodConfig;
import org.wganlab.train.SynchronousTrainingControl;

/**
 * The image window headless, with real clicks on a tiny run over a picture folder the test writes:
 * a new experiment through its dialog, Step, Play and Pause; a run folder written as the
 * {@code image} command writes it, opened read-only, with its history slider scrubbed by keys; Play
 * refused on a folder that just changed; and a folder without a run named on the status line.
 * Training is synchronous: the test trains rounds on the JavaFX thread and draws at once.
 */
@ExtendWith(ApplicationExtension.class)
class ImageWindowTest {
  static {
    System.setProperty("headless.geometry", "1600x1000-32");
  }

  @TempDir
  Path dir;
  private final Deque<Path> folders = new ArrayDeque<>();
  private SynchronousTrainingControl control;
  private ImageWindow window;
  private Stage stage;

  @Start
  void start(Stage primary) {
    stage = primary;
    window = ImageWindow.show(primary, new ImageSetup((lab, sink, failure) -> {
      control = new SynchronousTrainingControl(lab, sink);
      return control;
    }, title -> Optional.ofNullable(folders.poll()), dir, null, Runnable::run));
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(30, TimeUnit.SECONDS);
  }

  /** One round of the session whether playing or not (loading, following), then draws. */
  private void poll(FxRobot robot) {
    robot.interact(() -> control.poll());
    robot.interact(() -> window.showLatest());
  }

  private void train(FxRobot robot, int rounds) {
    robot.interact(() -> control.tick(rounds));
    robot.interact(() -> window.showLatest());
  }

  private static String status(FxRobot robot) {
    return robot.lookup("#image-status").queryAs(Label.class).getText();
  }

  private List<String> headers(FxRobot robot) {
    return robot.lookup(".image-run-header").queryAllAs(Label.class).stream().map(Label::getText)
        .toList();
  }

  private static void set(FxRobot robot, String id, String text) {
    robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
  }

  /** Fills the new-experiment dialog for a tiny run of clipping and GP over {@code pictures}. */
  private void newTinyRun(FxRobot robot, Path pictures) {
    robot.clickOn("File").clickOn("New image experiment...");
    set(robot, "#image-data", pictures.toString());
    set(robot, "#image-dim", "2");
    set(robot, "#image-batch", "8");
    set(robot, "#image-iterations", "6");
    set(robot, "#image-sample-every", "2");
    set(robot, "#image-checkpoint-every", "2");
    set(robot, "#image-out", dir.resolve("run").toString());
    robot.clickOn("#method-div");
    robot.clickOn("#image-create");
  }

  @Test
  void aDraggedSliderAndN_criticChangeTheTrainingRunLive(FxRobot robot) throws Exception {
    newTinyRun(robot, TinyImageRuns.pictureFolder(dir.resolve("pictures"), 30));
    poll(robot);
    poll(robot);
    robot.clickOn("#image-step");
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
    Path pictures = TinyImageRuns.pictureFolder(dir.resolve("pictures"), 30);
    newTinyRun(robot, pictures);
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

  /** A finished run of 4 iterations with grids at 2 and 4, as the image command writes it. */
  private Path commandLineRun() throws Exception {
    Path pictures = TinyImageRuns.pictureFolder(dir.resolve("pictures"), 30);
    ImageExperiment e = TinyImageRuns.experiment(pictures.toString(), 4);
    Path out = dir.resolve("cli");
    ImageRunFolder folder = ImageRunFolder.open(out, RunFolder.Use.NEW);
    folder.writeConfig(e);
    TrainTestImages images = ImageDataLoader.load(pictures, new ImageDataOptions(28, 1, 0));
    new ImageSession(e, images.train(), images.test(), folder, null).run(() -> false, (i, t) -> { });
    return out;
  }

  @Test
  void anOpenedFolderIsFollowedAndItsHistoryScrubbed(FxRobot robot) throws Exception {
    Path run = commandLineRun();
    folders.add(run);
    robot.clickOn("File").clickOn("Open run folder...");
    poll(robot);
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
    folders.add(run);
    robot.clickOn("File").clickOn("Open run folder...");
    poll(robot);
    robot.clickOn("#image-play");
    robot.interact(() -> window.showLatest());
    assertThat(status(robot)).startsWith("Play refused: A file in this folder changed");
    assertThat(window.model().snapshotProperty().get().playing()).isFalse();

    Path empty = Files.createDirectories(dir.resolve("empty"));
    folders.add(empty);
    robot.clickOn("File").clickOn("Open run folder...");
    poll(robot);
    assertThat(status(robot)).contains("holds no image run (no config.json)");
  }

  @Test
  void aQuietFolderResumesOnPlay(FxRobot robot) throws Exception {
    Path run = commandLineRun();
    FileTime then = FileTime.fromMillis(System.currentTimeMillis() - 600_000);
    try (Stream<Path> files = Files.walk(run)) {
      for (Path f : files.toList()) {
        Files.setLastModifiedTime(f, then);
      }
    }
    folders.add(run);
    robot.clickOn("File").clickOn("Open run folder...");
    poll(robot);
    robot.clickOn("#image-play");
    poll(robot);
    poll(robot);
    assertThat(robot.lookup("#image-access").queryAs(Label.class).getText())
        .isEqualTo("training into this folder");
    assertThat(status(robot)).isEqualTo("Resumed from the folder's checkpoints; every run is"
        + " through (finished or diverged).");
  }
}
