package org.wganlab.ui.window;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.wganlab.train.Command;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.SynchronousTrainingControl;
import org.wganlab.train.TrainingControl;
import org.wganlab.train.TrainingSession;
import org.wganlab.ui.AppSetup;
import org.wganlab.ui.MainWindow;
import org.wganlab.ui.TestExperiments;

/**
 * Starts the real main window headless (Monocle) on a small, fast experiment, with scripted file
 * choosers, and closes it after each test. Training and file work are synchronous: a click applies
 * its command (and writes its file) before it returns, {@link #train} trains on the JavaFX thread,
 * and {@link #show} draws the outcome at once, so that no test waits, polls or sleeps.
 */
@ExtendWith(ApplicationExtension.class)
abstract class AppTestBase {
  static {
    // Monocle's headless screen is 1280 x 800 unless told otherwise; the window wants 1600 x 1000.
    System.setProperty("headless.geometry", "1600x1000-32");
  }

  @TempDir
  Path dir;
  final ScriptedDialogs dialogs = new ScriptedDialogs();
  final DirectExecutor files = new DirectExecutor();
  SynchronousTrainingControl control;
  boolean trainingClosed;
  MainWindow window;
  Stage stage;

  /** The experiment the window opens with. */
  ExperimentConfig experiment() {
    return TestExperiments.small();
  }

  /** Opens the window; each test class calls it from its own {@code @Start} method. */
  void open(Stage primary) throws Exception {
    stage = primary;
    window = MainWindow.open(primary, new AppSetup(experiment(), dir, dialogs,
        (config, data, sink, failure) -> {
          control = new SynchronousTrainingControl(new TrainingSession(config, data, 0L), sink);
          return new TrainingControl() {
            @Override
            public void submit(Command command) {
              control.submit(command);
            }

            @Override
            public void close() {
              trainingClosed = true;
              control.close();
            }
          };
        }, files));
  }

  @BeforeEach
  void showFirstSnapshot(FxRobot robot) {
    show(robot);
  }

  @AfterEach
  void closeWindow() throws Exception {
    if (stage != null) {
      WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(10, TimeUnit.SECONDS);
    }
  }

  /** Shows the session's newest answer: panels, pictures, charts and status, drawn now. */
  void show(FxRobot robot) {
    robot.interact(() -> window.showLatest());
  }

  /** Trains {@code rounds} rounds (if playing) on the JavaFX thread, then shows the outcome. */
  void train(FxRobot robot, int rounds) {
    robot.interact(() -> control.tick(rounds));
    show(robot);
  }

  /** Texts of the labels with style class {@code styleClass}, in panel order. */
  static List<String> texts(FxRobot robot, String styleClass) {
    return onFx(() -> robot.lookup("." + styleClass).queryAllAs(Label.class).stream()
        .map(Label::getText).toList());
  }

  /** {@code read}'s value, read on the JavaFX thread. */
  static <T> T onFx(java.util.concurrent.Callable<T> read) {
    try {
      return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the window", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not read the window", e);
    }
  }

  /** The iteration shown in every panel header. */
  static List<Integer> iterations(FxRobot robot) {
    return texts(robot, "panel-iteration").stream()
        .map(t -> Integer.parseInt(t.replace("it ", "").replace(",", ""))).toList();
  }

  /** The iteration panel {@code index} shows, or -1 while it has no panel. */
  static int iteration(FxRobot robot, int index) {
    List<Integer> all = iterations(robot);
    return index < all.size() ? all.get(index) : -1;
  }

  /**
   * How much of the panel row's inner width the panels and the gaps between them cover (1 when they
   * fill it). Read on the JavaFX thread, after a layout pass.
   */
  static double panelRowCoverage(FxRobot robot) {
    return onFx(() -> {
      HBox row = robot.lookup(".panel-row").queryAs(HBox.class);
      row.getScene().getRoot().layout();
      double used = row.getSpacing() * (row.getChildren().size() - 1);
      for (Node panel : row.getChildren()) {
        used += panel.getLayoutBounds().getWidth();
      }
      Insets pad = row.getInsets();
      return used / (row.getWidth() - pad.getLeft() - pad.getRight());
    });
  }

  /**
   * Resizes the window to {@code width} x {@code height}, lays it out and checks that the scene got
   * that size.
   */
  void resize(double width, double height) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> {
      stage.setWidth(width);
      stage.setHeight(height);
    }).get(5, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().layout()).get(5, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    org.assertj.core.api.Assertions.assertThat(stage.getScene().getWidth())
        .isCloseTo(width, org.assertj.core.api.Assertions.within(1.0));
    org.assertj.core.api.Assertions.assertThat(stage.getScene().getHeight())
        .isCloseTo(height, org.assertj.core.api.Assertions.within(1.0));
  }

  /** Whether {@code node} and every parent of it are visible. */
  static boolean showing(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /** The status line's text. */
  static String status(FxRobot robot) {
    return robot.lookup("#status-message").queryAs(Label.class).getText();
  }
}
