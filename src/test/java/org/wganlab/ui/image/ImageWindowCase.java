package org.wganlab.ui.image;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.wganlab.data.image.ImageDataLoader;
import org.wganlab.data.image.ImageDataOptions;
import org.wganlab.data.image.TrainTestImages;
import org.wganlab.export.RunFolder;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageRunFolder;
import org.wganlab.image.ImageSession;
import org.wganlab.image.live.TinyImageRuns;
import org.wganlab.train.SynchronousTrainingControl;

/**
 * What the image window's tests share: a headless window whose sessions train synchronously on the
 * JavaFX thread (each test trains rounds and draws at once), folder choices scripted in a queue, and
 * tiny runs over a picture folder the test writes.
 */
@ExtendWith(ApplicationExtension.class)
abstract class ImageWindowCase {
  static {
    System.setProperty("headless.geometry", "1600x1000-32");
  }

  @TempDir
  Path dir;
  /** The answers of the next folder choosers, in order. */
  final Deque<Path> folders = new ArrayDeque<>();
  SynchronousTrainingControl control;
  ImageWindow window;
  Stage stage;

  /**
   * Shows the window on {@code primary}; each test class calls it from its own {@code @Start}
   * method (TestFX looks for that method in the test class only).
   */
  void begin(Stage primary) {
    stage = primary;
    window = ImageWindow.show(primary, setup());
  }

  /** The window's setup: synchronous training, the scripted folders, no quality metric. */
  ImageSetup setup() {
    return new ImageSetup((lab, sink, failure) -> {
      control = new SynchronousTrainingControl(lab, sink);
      return control;
    }, title -> Optional.ofNullable(folders.poll()), dir, null, Runnable::run);
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(30, TimeUnit.SECONDS);
  }

  /** One round of the session whether playing or not (loading, following), then draws. */
  void poll(FxRobot robot) {
    robot.interact(() -> control.poll());
    robot.interact(() -> window.showLatest());
  }

  void train(FxRobot robot, int rounds) {
    robot.interact(() -> control.tick(rounds));
    robot.interact(() -> window.showLatest());
  }

  static String status(FxRobot robot) {
    return robot.lookup("#image-status").queryAs(Label.class).getText();
  }

  static List<String> headers(FxRobot robot) {
    return robot.lookup(".image-run-header").queryAllAs(Label.class).stream().map(Label::getText)
        .toList();
  }

  static void set(FxRobot robot, String id, String text) {
    robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
  }

  /**
   * Fills the new-experiment dialog for a tiny run of {@code iterations} on a picture folder into
   * {@code out}, clipping and GP (the dialog's W-div unticked), a grid and a checkpoint every 2
   * iterations, and creates it; the run is then ready after its two rounds of loading. Returns the
   * picture folder.
   */
  Path createRun(FxRobot robot, Path out, int iterations) throws Exception {
    Path pictures = TinyImageRuns.pictureFolder(dir.resolve("pictures"), 30);
    robot.clickOn("File").clickOn("New image experiment...");
    set(robot, "#image-data", pictures.toString());
    set(robot, "#image-dim", "2");
    set(robot, "#image-batch", "8");
    set(robot, "#image-iterations", Integer.toString(iterations));
    set(robot, "#image-sample-every", "2");
    set(robot, "#image-checkpoint-every", "2");
    set(robot, "#image-out", out.toString());
    robot.clickOn("#method-div");
    robot.clickOn("#image-create");
    return pictures;
  }

  /** {@link #createRun}, then the two rounds that read the pictures and build the networks. */
  void newRun(FxRobot robot, Path out, int iterations) throws Exception {
    createRun(robot, out, iterations);
    poll(robot);
    poll(robot);
  }

  /** Opens {@code folder} through File > Open run folder... and reads it once. */
  void open(FxRobot robot, Path folder) {
    folders.add(folder);
    robot.clickOn("File").clickOn("Open run folder...");
    poll(robot);
  }

  /** A finished run of 4 iterations with grids at 2 and 4, as the image command writes it. */
  Path commandLineRun() throws Exception {
    Path pictures = TinyImageRuns.pictureFolder(dir.resolve("pictures"), 30);
    return uninterrupted(TinyImageRuns.experiment(pictures.toString(), 4), dir.resolve("cli"));
  }

  /** {@code e} trained to its end into {@code out} as the image command trains it; returns out. */
  static Path uninterrupted(ImageExperiment e, Path out) throws Exception {
    ImageRunFolder folder = ImageRunFolder.open(out, RunFolder.Use.NEW);
    folder.writeConfig(e);
    TrainTestImages images = ImageDataLoader.load(Path.of(e.data()),
        new ImageDataOptions(e.size(), e.channels(), e.limit()));
    new ImageSession(e, images.train(), images.test(), folder, null).run(() -> false, (i, t) -> { });
    return out;
  }

  /** Marks every file of {@code folder} as last changed ten minutes ago: no writer is at work. */
  static void quiet(Path folder) throws Exception {
    TinyImageRuns.age(folder, 600);
  }
}
