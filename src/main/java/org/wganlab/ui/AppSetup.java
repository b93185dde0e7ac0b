package org.wganlab.ui;

import java.nio.file.Path;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.TrainingSession;
import org.wganlab.ui.files.FileDialogs;

/**
 * What the window starts with.
 *
 * @param config the experiment shown first
 * @param workingFolder where {@code toydata/} is looked for and files are offered first
 * @param dialogs how files are chosen, or null for the system's choosers
 * @param evaluationNanos how often the engine re-measures each run while playing
 */
public record AppSetup(ExperimentConfig config, Path workingFolder, FileDialogs dialogs,
    long evaluationNanos) {

  /** The engine's default measuring interval. */
  public AppSetup(ExperimentConfig config, Path workingFolder, FileDialogs dialogs) {
    this(config, workingFolder, dialogs, TrainingSession.DEFAULT_EVALUATION_NANOS);
  }
}
