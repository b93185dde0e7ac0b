package org.wganlab.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.wganlab.nn.backend.NativeThreads;
import org.wganlab.train.TrainingSession;
import org.wganlab.ui.AppSetup;
import org.wganlab.ui.MainWindow;
import org.wganlab.ui.files.Recording;
import org.wganlab.ui.model.DefaultExperiment;
import org.wganlab.ui.model.TrainingStarter;

/**
 * Training speed with and without a GIF recording of the whole window, in alternating phases of the
 * same minute, on the default experiment: iterations a second of each run, and the longest gap
 * between two frames of the window. Not a test: run it under Xvfb
 * ({@code -Dwganlab.bench.phase=12 -Dwganlab.bench.fps=10}).
 */
public final class RecordingCost {
  private RecordingCost() {
  }

  /** Starts the app and the phases. */
  public static void main(String[] args) {
    NativeThreads.preferPassiveWaiting();
    Application.launch(Phases.class, args);
  }

  /** The app with its phases (a class of its own: the JavaFX launcher needs a plain main class). */
  public static final class Phases extends Application {
  private static final long PHASE = Long.getLong("wganlab.bench.phase", 12) * 1_000_000_000L;
  private static final int FPS = Integer.getInteger("wganlab.bench.fps", 10);
  private static final int CYCLES = Integer.getInteger("wganlab.bench.cycles", 3);
  private static final long WARMUP = 15_000_000_000L;

  private MainWindow window;
  private final ExecutorService files = Executors.newSingleThreadExecutor(r -> new Thread(() -> {
    NativeThreads.lowestCurrentThreadPriority();
    r.run();
  }, "wganlab-files"));
  private final List<String> lines = new ArrayList<>();

  @Override
  public void start(Stage stage) throws Exception {
    // The app's setup, with a file thread of its own to hand to the recordings.
    window = MainWindow.open(stage, new AppSetup(DefaultExperiment.config(), Path.of(""), null,
        TrainingStarter.background(TrainingSession.LIVE_EVALUATION_NANOS), files));
    Path dir = Files.createTempDirectory("recording-cost");
    new AnimationTimer() {
      private long start = -1;
      private int phase = -1;
      private long phaseStart;
      private long lastFrame;
      private long longestGap;
      private int[] iterations;

      @Override
      public void handle(long now) {
        if (start < 0) {
          start = now;
          window.model().play();
        }
        if (lastFrame > 0) {
          longestGap = Math.max(longestGap, now - lastFrame);
        }
        lastFrame = now;
        long t = now - start - WARMUP;
        if (t < 0) {
          return;
        }
        int current = (int) (t / PHASE);
        if (current == phase) {
          return;
        }
        if (phase >= 0) {
          report(phase % 2 == 1, (now - phaseStart) / 1e9, longestGap);
        }
        if (current == 2 * CYCLES) {
          stop();
          lines.forEach(System.out::println);
          Platform.exit();
          return;
        }
        phase = current;
        phaseStart = now;
        longestGap = 0;
        iterations = iterations();
        if (phase % 2 == 1) {
          new Recording(stage.getScene().getRoot(), dir.resolve("phase-" + phase + ".gif"),
              (int) (PHASE / 1_000_000_000L), FPS, files, lines::add, lines::add).start();
        }
      }

      private void report(boolean recording, double seconds, long gap) {
        int[] now = iterations();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-9s %5.1f s:",
            recording ? "recording" : "plain", seconds));
        for (int i = 0; i < now.length; i++) {
          text.append(String.format(Locale.ROOT, " %6.2f it/s", (now[i] - iterations[i]) / seconds));
        }
        text.append(String.format(Locale.ROOT, "; longest frame gap %.0f ms", gap / 1e6));
        lines.add(text.toString());
      }
    }.start();
  }

  private int[] iterations() {
    // The iteration of each run's latest measurement: measured every 100 ms, close enough for rates
    // over phases of seconds.
    return window.model().runs().stream().map(r -> r.evaluationProperty().get())
        .mapToInt(e -> e == null ? 0 : e.iteration()).toArray();
  }

  @Override
  public void stop() {
    window.close();
  }
}
}
