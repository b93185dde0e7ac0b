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
 * The JavaFX application: opens the main window on the default experiment. The system property
 * {@code wganlab.ui.preset} (a {@link Preset} name) opens another experiment and
 * {@code wganlab.ui.autoplay=true} presses Play at once and {@code wganlab.ui.presentation=true}
 * starts in presentation mode; the screenshots use them.
 * {@code wganlab.ui.measureEveryMillis} sets how often the engine re-measures each run. The
 * argument {@code --open=DIR} opens the image window on the run folder DIR instead (the command
 * line's {@code open DIR}).
 */
public final class WganLabApplication extends Application {
  /** The argument that opens the image window on a run folder instead of the main window. */
  static final String OPEN = "--open=";
  private MainWindow window;
  private ImageWindow images;

  /**
   * Settles the backend on the launcher thread, before the window exists: in a CUDA build that means
   * a check computation in a child JVM, seconds the JavaFX thread must not wait for.
   */
  @Override
  public void init() {
    Backends.report();
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
    ExperimentConfig config = startConfig();
    try {
      window = MainWindow.open(stage, AppSetup.desktop(config, Path.of("").toAbsolutePath(),
          Long.getLong("wganlab.ui.measureEveryMillis", DefaultExperiment.MEASURE_EVERY_MILLIS)
              * 1_000_000L));
    } catch (DataFormatException e) {
      new Alert(Alert.AlertType.ERROR, "The experiment's data cannot be read: " + e.getMessage())
          .showAndWait();
      Platform.exit();
    }
  }

  private static ExperimentConfig startConfig() {
    String preset = System.getProperty("wganlab.ui.preset");
    if (preset == null || preset.isBlank()) {
      return DefaultExperiment.config();
    }
    try {
      return Preset.valueOf(preset.trim().toUpperCase(java.util.Locale.ROOT)).config();
    } catch (IllegalArgumentException e) {
      return DefaultExperiment.config();
    }
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
