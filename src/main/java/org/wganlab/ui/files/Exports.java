package org.wganlab.ui.files;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import org.wganlab.common.AtomicFiles;
import org.wganlab.data.PointSet;
import org.wganlab.export.ConfigJson;
import org.wganlab.export.CsvTable;
import org.wganlab.export.PngFiles;
import org.wganlab.export.PointFiles;
import org.wganlab.train.TrainedStateFile;
import org.wganlab.metrics.Surface;
import org.wganlab.train.Evaluation;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.MemoryEstimate;
import org.wganlab.train.MetricsRow;
import org.wganlab.train.SessionState;
import org.wganlab.ui.model.RunModel;
import org.wganlab.ui.model.StatusModel;

/**
 * Writes and reads the window's files. What must happen on the JavaFX thread (taking a snapshot of a
 * node, copying the latest numbers) happens there; encoding and disk work run on the executor given
 * (one background thread in the app), and the outcome comes back to the status line. A failed write leaves no partial file and
 * changes nothing else: training goes on.
 */
public final class Exports implements AutoCloseable {
  private final StatusModel status;
  private final Executor io;

  /** Exports reporting to {@code status}, doing file work on {@code io}. */
  public Exports(StatusModel status, Executor io) {
    this.status = status;
    this.io = io;
  }

  /** A body of file work that may fail. */
  @FunctionalInterface
  private interface IoWork {
    void run() throws Exception;
  }

  /** Runs {@code work} on the file thread and reports {@code done}, or why it failed. */
  private void inBackground(String done, IoWork work) {
    io.execute(() -> {
      try {
        work.run();
        Platform.runLater(() -> status.info(done));
      } catch (ConfigJson.InvalidConfigException e) {
        Platform.runLater(() -> status.error(e.getMessage()));
      } catch (IOException | RuntimeException e) {
        Platform.runLater(() -> status.error("Could not save: " + message(e)));
      } catch (Exception e) {
        Platform.runLater(() -> status.error(message(e)));
      }
    });
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /**
   * Saves a picture of {@code node} at {@code scale} (1 or 2) to {@code target}: its heatmaps,
   * histograms and charts drawn at that resolution, not enlarged.
   */
  public void png(Node node, int scale, Path target) {
    save(SharpSnapshot.of(node, scale), target);
  }

  /** Saves {@code image}, drawn on the JavaFX thread, as a PNG. */
  public void picture(WritableImage image, Path target) {
    save(SwingFXUtils.fromFXImage(image, null), target);
  }

  private void save(BufferedImage buffered, Path target) {
    inBackground(String.format(Locale.ROOT, "Saved %s (%dx%d pixels).", target,
        buffered.getWidth(), buffered.getHeight()), () -> PngFiles.write(target, buffered));
  }

  /**
   * Copies {@code source} (a file the engine writes whole, by renaming) to {@code target}
   * atomically, as it is; a missing source is named.
   */
  public void copy(Path source, Path target) {
    inBackground("Saved " + target + " (a copy of " + source + ").", () -> {
      if (!Files.isRegularFile(source)) {
        throw new IOException(source + " is not there yet");
      }
      AtomicFiles.write(target, out -> Files.copy(source, out));
    });
  }

  /** Saves every run's logged curves as one CSV table. */
  public void curves(List<RunModel> runs, Path target) {
    CsvTable table = new CsvTable("run", "method", "iteration", "wasserstein_estimate",
        "critic_loss", "generator_loss", "penalty", "seconds");
    for (RunModel run : runs) {
      String method = run.titleProperty().get();
      for (MetricsRow row : run.rowsProperty().get()) {
        table.addRow(run.indexProperty().get() + 1, method, row.iteration(),
            row.wassersteinEstimate(), row.criticLoss(), row.generatorLoss(), row.penalty(),
            row.seconds());
      }
    }
    inBackground("Saved " + table.rowCount() + " curve rows to " + target + ".",
        () -> table.write(target));
  }

  /** Saves a run's latest surface (D and ||grad D|| on the grid) as CSV. */
  public void surface(RunModel run, Path target) {
    Evaluation e = run.evaluationProperty().get();
    Surface surface = e == null ? null : e.surface();
    if (surface == null) {
      status.warn("Panel " + (run.indexProperty().get() + 1) + " has no surface yet.");
      return;
    }
    inBackground("Saved the surface of panel " + (run.indexProperty().get() + 1)
        + " at iteration " + e.iteration() + " to " + target + ".",
        () -> CsvTable.writeSurface(target, surface));
  }

  /** Saves {@code config} as JSON (the command line's config.json format). */
  public void saveConfig(ExperimentConfig config, Path target) {
    inBackground("Saved the experiment to " + target + ".",
        () -> ConfigJson.write(target, config));
  }

  /**
   * Saves points drawn in the window as a CSV file and then {@code config}, whose data already names
   * that file, as JSON: together they rerun with {@code train --config} like any other config. The
   * points go first, so a config never names a file that is missing; if the config then cannot be
   * written, the (complete) points file stays and the message says so.
   */
  public void saveConfigWithPoints(ExperimentConfig config, Path target, PointSet points,
      Path pointsFile) {
    inBackground("Saved the experiment to " + target + " and the drawn points to "
        + pointsFile + ".",
        () -> {
          PointFiles.write(pointsFile, points);
          try {
            ConfigJson.write(target, config);
          } catch (IOException e) {
            throw new IOException(message(e) + " (the drawn points are saved in " + pointsFile + ")",
                e);
          }
        });
  }

  /**
   * Reads a config in the background and hands it to {@code use} on the JavaFX thread. An image
   * run folder's {@code config.json} is not a toy experiment: its folder goes to {@code runFolder}
   * instead, as File > Open run folder would open it. An image config under any other name belongs
   * to no run folder, and the message says how to use it.
   */
  public void loadConfig(Path source, Consumer<ExperimentConfig> use, Consumer<Path> runFolder) {
    io.execute(() -> {
      if (ImageConfigs.isImageConfig(source)) {
        Path folder = source.toAbsolutePath().getParent();
        String refusal = ImageConfigs.outsideRunFolder(source);
        Platform.runLater(() -> {
          if (refusal == null) {
            runFolder.accept(folder);
            status.info("Opened the image run folder " + folder + " in the image window.");
          } else {
            status.error("Could not load: " + refusal);
          }
        });
        return;
      }
      try {
        ExperimentConfig config = ConfigJson.read(source, ExperimentConfig.class);
        // The command line's rule: a run that will not fit in memory is refused before it starts.
        String tooLarge = MemoryEstimate.of(config).refusal();
        if (tooLarge != null) {
          Platform.runLater(() -> status.error("Could not load: " + source + ": " + tooLarge));
          return;
        }
        Platform.runLater(() -> {
          use.accept(config);
          status.info("Loaded " + source + ": " + config.runs().size() + " panels on "
              + config.data() + ". Press Play.");
        });
      } catch (ConfigJson.InvalidConfigException | RuntimeException e) {
        Platform.runLater(() -> status.error("Could not load: " + message(e)));
      }
    });
  }

  /** Writes a trained state (taken on the training thread) to {@code target}. */
  public void saveState(SessionState state, Path target) {
    inBackground(String.format(Locale.ROOT, "Saved the trained state (%d panels at iteration %d)"
        + " to %s.", state.runs().size(), state.iteration(), target),
        () -> TrainedStateFile.write(target, state));
  }

  /**
   * Reads a trained state in the background and hands it to {@code use} on the JavaFX thread; a
   * damaged file, or one too large for this process's memory, is refused in the status line.
   */
  public void openState(Path source, Consumer<SessionState> use) {
    io.execute(() -> {
      try {
        SessionState state = TrainedStateFile.read(source);
        String tooLarge = MemoryEstimate.of(state.config()).refusal();
        if (tooLarge != null) {
          Platform.runLater(() -> status.error("Could not open: " + source + ": " + tooLarge));
          return;
        }
        Platform.runLater(() -> use.accept(state));
      } catch (IOException | RuntimeException e) {
        Platform.runLater(() -> status.error("Could not open: " + message(e)));
      }
    });
  }

  /** Runs {@code work} on the file thread (for reading data files off the JavaFX thread). */
  public void background(Runnable work) {
    io.execute(work);
  }

  /** Lets queued file work finish, then ends the file thread (when the executor is a service). */
  @Override
  public void close() {
    if (io instanceof ExecutorService service) {
      service.shutdown();
    }
  }
}
