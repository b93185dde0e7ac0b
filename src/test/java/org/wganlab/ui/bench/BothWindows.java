package org.wganlab.ui.bench;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.stage.Stage;
import org.wganlab.nn.backend.NativeThreads;
import org.wganlab.train.TrainingSession;
import org.wganlab.ui.AppSetup;
import org.wganlab.ui.MainWindow;
import org.wganlab.ui.image.ImageSetup;
import org.wganlab.ui.image.ImageWindow;
import org.wganlab.ui.model.DefaultExperiment;

/**
 * Opens the toy window on the default experiment and, beside it, the image window on the run folder
 * given as the argument: what a teacher has open when both modes are shown. With
 * {@code -Dwganlab.ui.measure=FILE}, {@code -Dwganlab.ui.imageMeasure=FILE} and
 * {@code -Dwganlab.ui.autoplay=true} both windows train and each writes its frame report, so the
 * toy window's figures can be read while an image run trains.
 */
public final class BothWindows {
  private BothWindows() {
  }

  /** Starts both windows; the argument is the image run folder. */
  public static void main(String[] args) {
    NativeThreads.preferPassiveWaiting();
    // A plain main class: the JavaFX runtime refuses a main class that is an Application when it
    // comes from the class path.
    Application.launch(Windows.class, args);
  }

  /** The two windows. */
  public static final class Windows extends Application {
    /** As the app does: ND4J and OpenBLAS's workers start at the training threads' priority. */
    @Override
    public void init() throws InterruptedException {
      org.wganlab.nn.backend.Backends.reportFromTrainingPriority();
    }

    @Override
    public void start(Stage stage) throws Exception {
      Path working = Path.of("").toAbsolutePath();
      MainWindow.open(stage, AppSetup.desktop(DefaultExperiment.config(), working,
          TrainingSession.LIVE_EVALUATION_NANOS));
      Stage second = new Stage();
      ExecutorService files = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wganlab-files");
        t.setDaemon(true);
        return t;
      });
      ImageWindow images = ImageWindow.show(second, ImageSetup.desktop(() -> second, working,
          files));
      images.openFolder(Path.of(getParameters().getRaw().get(0)));
    }
  }
}
