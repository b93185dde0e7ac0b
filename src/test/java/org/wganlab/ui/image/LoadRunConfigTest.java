package org.wganlab.ui.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wganlab.image.live.ImageSnapshot;
import org.wganlab.image.live.TinyImageRuns;
import org.wganlab.train.SynchronousTrainingControl;
import org.wganlab.train.TrainingSession;
import org.wganlab.ui.AppSetup;
import org.wganlab.ui.MainWindow;
import org.wganlab.ui.TestExperiments;
import org.wganlab.ui.files.FileDialogs;
import org.wganlab.ui.files.FileKind;

/**
 * The main window's File > Load experiment... on an image experiment's file: a run folder's
 * config.json opens that folder in the image window, as File > Open run folder... does, and the toy
 * experiment stays; an image config elsewhere is refused on the status line, saying why, and opens
 * nothing.
 */
@ExtendWith(ApplicationExtension.class)
class LoadRunConfigTest {
  static {
    System.setProperty("headless.geometry", "1600x1000-32");
  }

  @TempDir
  Path dir;
  private final Deque<Path> chosen = new ArrayDeque<>();
  private SynchronousTrainingControl images;
  private MainWindow window;
  private Stage stage;

  @Start
  void start(Stage primary) throws Exception {
    stage = primary;
    FileDialogs dialogs = new FileDialogs() {
      @Override
      public Optional<Path> save(FileKind kind, String suggestedName) {
        return Optional.ofNullable(chosen.poll());
      }

      @Override
      public Optional<Path> open(FileKind kind) {
        return Optional.ofNullable(chosen.poll());
      }
    };
    ImageSetup imageSetup = new ImageSetup((lab, sink, failure) -> {
      images = new SynchronousTrainingControl(lab, sink);
      return images;
    }, title -> Optional.empty(), dir, null, Runnable::run);
    window = MainWindow.open(primary, new AppSetup(TestExperiments.small(), dir, dialogs,
        (config, data, sink, failure) -> new SynchronousTrainingControl(
            new TrainingSession(config, data, 0L), sink), Runnable::run, imageSetup));
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(30, TimeUnit.SECONDS);
  }

  private void load(FxRobot robot, Path file) {
    chosen.add(file);
    robot.clickOn("File").clickOn("Load experiment...");
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static String status(FxRobot robot) {
    return robot.lookup("#status-message").queryAs(Label.class).getText();
  }

  @Test
  void aRunFoldersConfigOpensTheFolderInTheImageWindow(FxRobot robot) throws Exception {
    Path pictures = TinyImageRuns.pictureFolder(dir.resolve("pictures"), 30);
    Path run = ImageWindowCase.uninterrupted(TinyImageRuns.experiment(pictures.toString(), 4),
        dir.resolve("cli"));
    var toy = window.model().configProperty().get();

    load(robot, run.resolve("config.json"));
    robot.interact(() -> images.poll());
    robot.interact(() -> window.images().showLatest());

    ImageSnapshot shot = window.images().model().snapshotProperty().get();
    assertThat(shot.folder()).isEqualTo(run.toAbsolutePath());
    assertThat(shot.access()).isEqualTo(ImageSnapshot.Access.WATCHING);
    assertThat(shot.runs()).extracting(r -> r.iteration()).containsExactly(4, 4);
    assertThat(status(robot)).isEqualTo("Opened the image run folder " + run.toAbsolutePath()
        + " in the image window.");
    assertThat(window.model().configProperty().get()).isEqualTo(toy);
  }

  @Test
  void anImageConfigOutsideARunFolderIsRefusedSayingWhy(FxRobot robot) throws Exception {
    Path pictures = TinyImageRuns.pictureFolder(dir.resolve("pictures"), 30);
    Path run = ImageWindowCase.uninterrupted(TinyImageRuns.experiment(pictures.toString(), 2),
        dir.resolve("cli"));
    Path copy = Files.copy(run.resolve("config.json"), dir.resolve("paper.json"));
    load(robot, copy);
    assertThat(status(robot)).isEqualTo("Could not load: " + copy + ": an image experiment, not"
        + " the config.json of a run folder: train it with \"image --config paper.json --out DIR\","
        + " then open DIR with File > Open run folder...");

    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path alone = Files.copy(run.resolve("config.json"), empty.resolve("config.json"));
    load(robot, alone);
    assertThat(status(robot)).isEqualTo("Could not load: " + alone + ": an image experiment whose"
        + " folder holds no run (no metrics.csv, checkpoints or samples): train it with \"image"
        + " --config " + alone + " --out DIR\"");
    assertThat(window.images()).isNull();
  }
}
