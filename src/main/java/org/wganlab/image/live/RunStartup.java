package org.wganlab.image.live;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.wganlab.data.image.TrainTestImages;
import org.wganlab.export.RunFolder;
import org.wganlab.image.ImageExperiment;
import org.wganlab.train.Pace;

/**
 * An image run being made ready on the training thread in two rounds, the data read in the first,
 * the networks built (and restored from the checkpoints) in the second, so that the session can
 * publish what it does before each one takes its seconds, and a stop asked meanwhile is honoured
 * between them. Nothing is written before the second round.
 */
final class RunStartup {
  private final ImageExperiment experiment;
  private final Path folder;
  private final RunFolder.Use use;
  private final ImageLab.Setup setup;
  private final Path qualityCache;
  private TrainTestImages images;

  /**
   * A start of {@code experiment} in {@code folder} for {@code use}, with the quality metric's
   * classifier from {@code qualityCache} (null: no quality metric).
   */
  RunStartup(ImageExperiment experiment, Path folder, RunFolder.Use use, ImageLab.Setup setup,
      Path qualityCache) {
    this.experiment = experiment;
    this.folder = folder;
    this.use = use;
    this.setup = setup;
    this.qualityCache = qualityCache;
  }

  /** What the next round does, in words for the window. */
  String doing() {
    if (images == null) {
      return "Reading the images of " + experiment.data() + (experiment.limit() > 0
          ? String.format(Locale.ROOT, " (the first %,d)", experiment.limit()) : "") + "...";
    }
    return String.format(Locale.ROOT, "Read %,d training images; building the networks%s...",
        images.train().count(), use == RunFolder.Use.RESUME
            ? " and restoring them from the checkpoints" : "");
  }

  /**
   * Takes the next round: the run once it is ready, else null.
   *
   * @throws IOException naming the file or folder when the data, the folder or a checkpoint is
   *     unusable
   */
  Training advance() throws IOException {
    if (images == null) {
      images = Training.load(experiment, setup.workingFolder());
      return null;
    }
    return Training.open(experiment, images, folder, use, qualityCache);
  }

  /**
   * What the session says once the run is ready: new or resumed, and whether it trains at
   * {@code pace} ({@code playing}), is through ({@code finished}) or waits for Play.
   */
  String ready(boolean playing, boolean finished, Pace pace) {
    return (resumes() ? "Resumed from the folder's checkpoints" : "New image run in " + folder)
        + (playing ? "; training at " + pace.displayName() + "." : finished
        ? "; every run is through (finished or diverged)." : ". Press Play.");
  }

  /** What the session says when the run cannot be made ready, for {@code problem}. */
  String failed(String problem) {
    return (resumes() ? "The folder cannot be resumed: " : "The new image run cannot start: ")
        + problem;
  }

  /** Whether it resumes the folder's runs (rather than starting new ones). */
  boolean resumes() {
    return use == RunFolder.Use.RESUME;
  }

  /** The experiment it starts. */
  ImageExperiment experiment() {
    return experiment;
  }
}
