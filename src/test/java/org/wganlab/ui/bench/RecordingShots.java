package org.wganlab.ui.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.wganlab.nn.backend.NativeThreads;
import org.wganlab.train.TrainingSession;
import org.wganlab.ui.AppSetup;
import org.wganlab.ui.MainWindow;
import org.wganlab.ui.files.FileDialogs;
import org.wganlab.ui.files.FileKind;
import org.wganlab.ui.model.DefaultExperiment;
import org.wganlab.ui.model.TrainingStarter;

/**
 * Opens the app, trains for a while, then records panel 2 through File > Record as GIF... into the
 * path given as the first argument and saves a screenshot of the screen (ImageMagick's
 * {@code import}) into the second while the recording runs. Not a test: run it under Xvfb.
 * {@code -Dwganlab.shots.train} seconds of training first (default 40), {@code -Dwganlab.shots.length}
 * seconds of recording (default 3) at {@code -Dwganlab.shots.fps} (default 5).
 */
public final class RecordingShots {
  private RecordingShots() {
  }

  /** Arguments: the GIF's path, the screenshot's path. */
  public static void main(String[] args) {
    NativeThreads.preferPassiveWaiting();
    Application.launch(Shots.class, args);
  }

  /** The app and its script. */
  public static final class Shots extends Application {
    private MainWindow window;
    private final ExecutorService files = Executors.newSingleThreadExecutor();

    @Override
    public void start(Stage stage) throws Exception {
      List<String> args = getParameters().getRaw();
      Path gif = Path.of(args.get(0)).toAbsolutePath();
      Path shot = Path.of(args.get(1)).toAbsolutePath();
      FileDialogs answer = new FileDialogs() {
        @Override
        public Optional<Path> save(FileKind kind, String suggestedName) {
          return Optional.of(gif);
        }

        @Override
        public Optional<Path> open(FileKind kind) {
          return Optional.empty();
        }
      };
      window = MainWindow.open(stage, new AppSetup(DefaultExperiment.config(), Path.of(""), answer,
          TrainingStarter.background(TrainingSession.LIVE_EVALUATION_NANOS), files));
      window.model().play();
      after(Integer.getInteger("wganlab.shots.train", 40), () -> {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) stage.getScene().getRoot()
            .lookup(".menu-bar");
        bar.getMenus().get(0).getItems().stream()
            .filter(i -> "Record as GIF...".equals(i.getText())).findFirst().orElseThrow().fire();
        Window dialog = Window.getWindows().stream().filter(w -> w != stage).findFirst()
            .orElseThrow();
        Node root = dialog.getScene().getRoot();
        @SuppressWarnings("unchecked")
        ChoiceBox<String> what = (ChoiceBox<String>) root.lookup("#record-what");
        what.setValue(what.getItems().get(2));
        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> seconds = (ChoiceBox<Integer>) root.lookup("#record-seconds");
        seconds.getItems().add(0, Integer.getInteger("wganlab.shots.length", 3));
        seconds.setValue(seconds.getItems().get(0));
        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> rate = (ChoiceBox<Integer>) root.lookup("#record-rate");
        rate.setValue(Integer.getInteger("wganlab.shots.fps", 5));
        ((Button) root.lookup("#record-start")).fire();
        after(2, () -> {
          try {
            new ProcessBuilder("import", "-window", "root", shot.toString()).inheritIO().start()
                .waitFor();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          after(8, Platform::exit);
        });
      });
    }

    private static void after(double seconds, Runnable action) {
      PauseTransition wait = new PauseTransition(Duration.seconds(seconds));
      wait.setOnFinished(e -> action.run());
      wait.play();
    }

    @Override
    public void stop() {
      window.close();
    }
  }
}
