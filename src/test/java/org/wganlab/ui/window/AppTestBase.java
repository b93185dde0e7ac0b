package org.wganlab.ui.window;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
import org.wganlab.train.ExperimentConfig;
import org.wganlab.ui.AppSetup;
import org.wganlab.ui.MainWindow;
import org.wganlab.ui.TestExperiments;

/**
 * Starts the real main window headless (Monocle) on a small, fast experiment, with scripted file
 * choosers, and closes it after each test.
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
  MainWindow window;
  Stage stage;

  /** The experiment the window opens with. */
  ExperimentConfig experiment() {
    return TestExperiments.small();
  }

  /** Opens the window; each test class calls it from its own {@code @Start} method. */
  void open(Stage primary) throws Exception {
    stage = primary;
    window = MainWindow.open(primary, new AppSetup(experiment(), dir, dialogs, 40_000_000L));
  }

  @BeforeEach
  void waitForPanels(FxRobot robot) throws Exception {
    // The first snapshot comes from the training thread; the panels appear with it.
    waitFor(30, () -> robot.lookup(".panel-iteration").queryAll().size()
        == experiment().runs().size());
  }

  @AfterEach
  void closeWindow() throws Exception {
    if (stage != null) {
      WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(10, TimeUnit.SECONDS);
    }
  }

  /** Waits up to {@code seconds} for {@code condition}. */
  static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
  }

  /**
   * Texts of the labels with style class {@code styleClass}, in panel order. Read on the JavaFX
   * thread: a lookup from the test thread races with the window adding and removing panels.
   */
  static List<String> texts(FxRobot robot, String styleClass) {
    try {
      return WaitForAsyncUtils.asyncFx(() -> robot.lookup("." + styleClass)
          .queryAllAs(Label.class).stream().map(Label::getText).toList())
          .get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the window", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not read ." + styleClass + " labels", e);
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
  static double panelRowCoverage(FxRobot robot) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> {
      HBox row = robot.lookup(".panel-row").queryAs(HBox.class);
      row.getScene().getRoot().layout();
      double used = row.getSpacing() * (row.getChildren().size() - 1);
      for (Node panel : row.getChildren()) {
        used += panel.getLayoutBounds().getWidth();
      }
      Insets pad = row.getInsets();
      return used / (row.getWidth() - pad.getLeft() - pad.getRight());
    }).get(10, TimeUnit.SECONDS);
  }

  /** The status line's text. */
  static String status(FxRobot robot) {
    return robot.lookup("#status-message").queryAs(Label.class).getText();
  }
}
