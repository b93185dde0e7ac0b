package org.wganlab.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.wganlab.data.DataFormatException;
import org.wganlab.nn.backend.Backends;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.ui.image.ImageSetup;
import org.wganlab.ui.image.ImageWindow;
import org.wganlab.ui.model.DefaultExperiment;
import org.wganlab.ui.model.Preset;

/**
 * The JavaFX application: opens the main window on the default experiment, or as the system
 * properties of {@link LaunchSettings} ask. The argument {@code --open=DIR} opens the image window on
 * the run folder DIR instead (the command line's {@code open DIR}).
 */
public final class WganLabApplication extends Application {
  /** The argument that opens the image window on a run folder instead of the main window. */
  static final String OPEN = "--open=";
  private MainWindow window;
  private ImageWindow images;

  /**
   * Settles the backend before the window exists, on a thread of the training threads' priority
   * ({@link Backends#reportFromTrainingPriority()}, where the reason is). In a CUDA build that means a
   * check computation in a child JVM, seconds the JavaFX thread must not wait for.
   */
  @Override
  public void init() throws InterruptedException {
    Backends.reportFromTrainingPriority();
  }

  @Override
  public void start(Stage stage) {
    String open = getParameters().getNamed().get(OPEN.substring(2, OPEN.length() - 1));
    if (open != null) {
      Path working = Path.of("").toAbsolutePath();
      images = ImageWindow.show(stage, ImageSetup.desktop(() -> stage, working,
          AppSetup.fileThread()));
      images.openFolder(Path.of(open));
      return;
    }
    LaunchSettings launch;
    try {
      launch = LaunchSettings.from(System.getProperties());
    } catch (IllegalArgumentException e) {
      refuse("The app's start settings cannot be used: " + e.getMessage());
      return;
    }
    ExperimentConfig config = launch.preset().map(Preset::config)
        .orElseGet(DefaultExperiment::config);
    try {
      window = MainWindow.open(stage, AppSetup.desktop(config, Path.of("").toAbsolutePath(),
          launch.measureEveryNanos()));
    } catch (DataFormatException e) {
      refuse("The experiment's data cannot be read: " + e.getMessage());
      return;
    }
    if (launch.presentation()) {
      window.options().presentationProperty().set(true);
    }
    if (launch.autoplay()) {
      window.model().play();
    }
  }

  private static void refuse(String message) {
    new Alert(Alert.AlertType.ERROR, message).showAndWait();
    Platform.exit();
  }

  @Override
  public void stop() {
    if (window != null) {
      window.close();
    }
    if (images != null) {
      images.close();
    }
  }
}
