package org.wganlab.ui;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.wganlab.nn.backend.NativeThreads;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.ui.files.FileDialogs;
import org.wganlab.ui.image.ImageSetup;
import org.wganlab.ui.model.TrainingStarter;

/**
 * What the window starts with, and what it runs its work on: tests give it a synchronous training
 * control and file executor, the app a training thread and a file thread.
 *
 * @param config the experiment shown first
 * @param workingFolder where {@code toydata/} is looked for and files are offered first
 * @param dialogs how files are chosen, or null for the system's choosers
 * @param training starts the experiment's training session
 * @param files runs file work (encoding, reading and writing); the window shuts it down on close
 *     when it is an executor service
 * @param images what the image window runs on
 */
public record AppSetup(ExperimentConfig config, Path workingFolder, FileDialogs dialogs,
    TrainingStarter training, Executor files, ImageSetup images) {

  /** A setup whose image window runs as the app's does, on the training thread. */
  public AppSetup(ExperimentConfig config, Path workingFolder, FileDialogs dialogs,
      TrainingStarter training, Executor files) {
    this(config, workingFolder, dialogs, training, files,
        ImageSetup.desktop(() -> null, workingFolder, files));
  }

  /**
   * The app's: a training thread measuring every {@code evaluationNanos}, and one file thread of the
   * lowest priority, so that encoding a recording or a picture waits for training and drawing.
   */
  public static AppSetup desktop(ExperimentConfig config, Path workingFolder, long evaluationNanos) {
    return new AppSetup(config, workingFolder, null, TrainingStarter.background(evaluationNanos),
        fileThread());
  }

  /** The app's one file thread, of the lowest priority. */
  static ExecutorService fileThread() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(() -> {
        NativeThreads.lowestCurrentThreadPriority();
        r.run();
      }, "wganlab-files");
      t.setDaemon(true);
      return t;
    });
  }
}
