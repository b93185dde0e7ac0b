package org.wganlab.ui.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.live.TinyImageRuns;
import org.wganlab.train.RunConfig;
import org.wganlab.train.SynchronousTrainingControl;

/**
 * The classroom image setting through the window: its menu item fills the dialog with the
 * classroom's sizes, and the experiment it starts carries what the dialog does not show: the
 * penalties' learning rate at three times the paper's, clipping's at the WGAN paper's.
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomImageSettingTest {
  static {
    System.setProperty("headless.geometry", "1600x1000-32");
  }

  @TempDir
  Path dir;
  private SynchronousTrainingControl control;
  private ImageWindow window;
  private Stage stage;

  @Start
  void start(Stage primary) {
    stage = primary;
    window = ImageWindow.show(primary, new ImageSetup((lab, sink, failure) -> {
      control = new SynchronousTrainingControl(lab, sink);
      return control;
    }, title -> Optional.empty(), dir, null, Runnable::run));
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(30, TimeUnit.SECONDS);
  }

  private static String field(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(TextField.class).getText();
  }

  private static void set(FxRobot robot, String id, String text) {
    robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
  }

  @Test
  void theClassroomItemStartsHalfWidthRunsWithThePenaltiesAtThreeTimesTheirPaperRate(FxRobot robot)
      throws Exception {
    Path pictures = TinyImageRuns.pictureFolder(dir.resolve("pictures"), 30);
    robot.clickOn("File").clickOn("New classroom image experiment...");
    assertThat(field(robot, "#image-dim")).isEqualTo("32");
    assertThat(field(robot, "#image-batch")).isEqualTo("32");
    assertThat(field(robot, "#image-iterations")).isEqualTo("3000");
    assertThat(field(robot, "#image-sample-every")).isEqualTo("50");
    set(robot, "#image-data", pictures.toString());
    // Tiny networks keep the test fast; the rates are what the setting adds.
    set(robot, "#image-dim", "2");
    set(robot, "#image-batch", "8");
    set(robot, "#image-out", dir.resolve("classroom").toString());
    robot.clickOn("#image-create");
    robot.interact(() -> control.poll());

    ImageExperiment started = window.model().snapshotProperty().get().experiment();
    assertThat(started.runs()).extracting(r -> r.method().kind().cliName())
        .containsExactly("clip", "gp", "div");
    assertThat(started.runs()).extracting(r -> r.optimizer().learningRate())
        .containsExactly(5e-5, 1e-4 * 3, 1e-4 * 3);
    assertThat(started.runs()).extracting(RunConfig::optimizer)
        .extracting(o -> o.kind().cliName()).containsExactly("rmsprop", "adam", "adam");
    assertThat(started.evalEvery()).isEqualTo(100);
  }
}
