package org.wganlab.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.wganlab.data.image.ImageSet;
import org.wganlab.export.DamagedFileException;
import org.wganlab.export.IdxWriter;

/**
 * Trains every run of an image experiment side by side (one iteration of each in turn, so they
 * progress together) and keeps the run folder current: metrics rows, sample grids from fixed noise,
 * quality scores and checkpoints at their intervals, and the last generated images at the end. A stop
 * request is honoured before every critic or generator step. Then every run at a whole iteration is
 * checkpointed and its last images written; a run stopped inside an iteration keeps the checkpoint it
 * has (a checkpoint holds whole iterations, so that a resumed run logs what an uninterrupted one logs)
 * and resuming repeats the iterations since. No threads: the caller's thread trains.
 */
public final class ImageSession {
  /** Held-out test images the Wasserstein estimate is read on. */
  static final int HELD_OUT = 512;
  /** Generated images kept per run at the end. */
  public static final int KEPT_IMAGES = 1000;

  /** What the session reports as it goes. */
  public interface Listener {
    /** Called after every iteration of all runs. */
    void iterationDone(int iteration, List<ImageTrainer> trainers);
  }

  /** How a session ended. */
  public enum Outcome {
    /** Every run reached the last iteration (or diverged). */
    FINISHED,
    /**
     * Stopped on request; every run at a whole iteration was checkpointed and its last images
     * written, a run stopped inside an iteration kept its earlier checkpoint.
     */
    STOPPED
  }

  private ImageExperiment experiment;
  private final ImageRunFolder folder;
  private final ImageQuality quality;
  private final List<ImageTrainer> trainers = new ArrayList<>();
  /** The iteration each run's checkpoint file holds, -1 while it has none. */
  private final int[] checkpointed;

  /**
   * A session of {@code experiment} on {@code train} (training) and {@code test} (measurements),
   * writing to {@code folder}; {@code quality} may be null (no quality metric).
   */
  public ImageSession(ImageExperiment experiment, ImageSet train, ImageSet test,
      ImageRunFolder folder, ImageQuality quality) {
    this.experiment = experiment;
    this.folder = folder;
    this.quality = quality;
    ImageBatches batches = new ImageBatches(train, DataType.FLOAT, experiment.seed());
    ImageMeasurements measurements = new ImageMeasurements(experiment, test, HELD_OUT,
        Math.max(KEPT_IMAGES, quality == null ? 0 : quality.sampleCount()));
    for (int i = 0; i < experiment.runs().size(); i++) {
      trainers.add(new ImageTrainer(experiment, i, batches, measurements));
    }
    checkpointed = new int[trainers.size()];
    Arrays.fill(checkpointed, -1);
  }

  /** The runs. */
  public List<ImageTrainer> trainers() {
    return List.copyOf(trainers);
  }

  /** Restores every run that has a checkpoint in the folder; returns how many did. */
  public int restoreCheckpoints() throws IOException {
    int restored = 0;
    for (int i = 0; i < trainers.size(); i++) {
      Path file = folder.checkpointFile(i, trainers.get(i).run());
      if (Files.isRegularFile(file)) {
        ImageCheckpoint saved = CheckpointFile.read(file, experiment);
        try {
          trainers.get(i).restore(saved);
        } catch (IllegalArgumentException e) {
          throw new DamagedFileException(file, "does not fit this config ("
              + e.getMessage() + ")");
        }
        checkpointed[i] = saved.iteration();
        restored++;
      }
    }
    return restored;
  }

  /**
   * Trains on under {@code next}, which differs from the experiment in force only in settings that
   * change live ({@link ImageExperiment#liveChangeRefusal}), from the next iteration; call it between
   * iterations. Every changed run at a whole iteration is checkpointed, then the folder's
   * {@code config.json} rewritten, so that {@code --resume} goes on from this very iteration
   * with the new settings, as the session does.
   *
   * @throws IllegalArgumentException naming what cannot change live; nothing is changed then
   */
  public void reconfigure(ImageExperiment next) throws IOException {
    String refusal = experiment.liveChangeRefusal(next);
    if (refusal != null) {
      throw new IllegalArgumentException(refusal);
    }
    // The files first (a checkpoint holds nothing the new settings shape): when a write fails, the
    // runs go on as they were.
    for (int i = 0; i < trainers.size(); i++) {
      if (changes(i, next)) {
        checkpoint(i);
      }
    }
    folder.writeConfig(next);
    for (int i = 0; i < trainers.size(); i++) {
      if (changes(i, next)) {
        trainers.get(i).reconfigure(next.runs().get(i), next.criticIters());
      }
    }
    experiment = next;
  }

  private boolean changes(int index, ImageExperiment next) {
    return !next.runs().get(index).equals(experiment.runs().get(index))
        || next.criticIters() != experiment.criticIters();
  }

  /**
   * The iteration run {@code index}'s checkpoint holds, where {@code --resume} continues it (0 while
   * it has none).
   */
  public int checkpointedIteration(int index) {
    return Math.max(0, checkpointed[index]);
  }

  /** Trains until the last iteration or until {@code stop} says so (asked before every step). */
  public Outcome run(BooleanSupplier stop, Listener listener) throws IOException {
    while (!finished()) {
      int it = nextIteration();
      if (!iterate(it, stop)) {
        finish();
        return Outcome.STOPPED;
      }
      listener.iterationDone(it, trainers());
    }
    finish();
    return Outcome.FINISHED;
  }

  /** The iteration the next call of {@link #iterateNext} trains. */
  public int nextIteration() {
    // A diverged run stays where it stopped; the others go on without it.
    return trainers.stream().filter(t -> !t.diverged()).mapToInt(ImageTrainer::iteration).min()
        .orElse(experiment.iterations()) + 1;
  }

  /** Whether every run reached the last iteration (a diverged run counts as through). */
  public boolean finished() {
    return trainers.stream().allMatch(t -> t.diverged() || t.iteration() >= experiment.iterations());
  }

  /**
   * The next iteration of every run that has not diverged, then the files due, as {@link #run} does
   * it; false when {@code stop} ended it inside a run's iteration (call {@link #finish} then). For a
   * caller that trains one iteration at a time between other work.
   */
  public boolean iterateNext(BooleanSupplier stop) throws IOException {
    if (finished()) {
      return true;
    }
    return iterate(nextIteration(), stop);
  }

  /**
   * Iteration {@code it} of every run in turn, then the files due; false when {@code stop} ended it
   * before every run was through. The runs already through it still get their quality scores and
   * sample grids, so that their rows are those of an uninterrupted run.
   */
  private boolean iterate(int it, BooleanSupplier stop) throws IOException {
    boolean logged = false;
    boolean whole = true;
    for (ImageTrainer t : trainers) {
      if (t.diverged() || t.iteration() != it - 1) {
        continue;
      }
      if (!t.iterate(stop)) {
        whole = false;
        break;
      }
      logged |= t.loggedAt(it);
    }
    if (quality != null && ImageTrainer.isEvaluationDue(experiment, it)) {
      for (ImageTrainer t : trainers) {
        if (!t.diverged() && t.iteration() == it) {
          t.scoreLastRow(quality.score(t.generateImages(quality.sampleCount()),
              quality.sampleCount()));
        }
      }
    }
    if (logged) {
      folder.writeMetrics(trainers);
      folder.writeCurves(trainers);
    }
    if (it % experiment.sampleEvery() == 0 || it == experiment.iterations()) {
      for (int i = 0; i < trainers.size(); i++) {
        ImageTrainer t = trainers.get(i);
        if (t.iteration() == it) {
          folder.writeSamples(i, t.run(), it, t.generateImages(ImageRunFolder.GRID_IMAGES),
              experiment);
        }
      }
    }
    if (whole && it % experiment.checkpointEvery() == 0) {
      checkpointAll();
    }
    return whole;
  }

  /**
   * Checkpoints every run at a whole iteration that its checkpoint does not hold yet (a checkpoint is
   * tens of megabytes forced to disk: rewriting the same one would only delay a stop); a diverged run
   * keeps its last good checkpoint, and a run stopped inside an iteration the one it had.
   */
  private void checkpointAll() throws IOException {
    for (int i = 0; i < trainers.size(); i++) {
      checkpoint(i);
    }
    folder.writeMetrics(trainers);
  }

  /** Checkpoints run {@code index} unless it diverged, stands inside an iteration or has this one. */
  private void checkpoint(int index) throws IOException {
    ImageTrainer t = trainers.get(index);
    if (!t.diverged() && !t.stoppedInsideIteration() && checkpointed[index] != t.iteration()) {
      CheckpointFile.write(folder.checkpointFile(index, t.run()), t.checkpoint(), experiment);
      checkpointed[index] = t.iteration();
    }
  }

  /**
   * Checkpoints, and each run's last generated images, when the session ends or is stopped: every run
   * at a whole iteration is checkpointed, a run stopped inside one keeps its earlier checkpoint.
   */
  public void finish() throws IOException {
    checkpointAll();
    for (int i = 0; i < trainers.size(); i++) {
      ImageTrainer t = trainers.get(i);
      if (t.stoppedInsideIteration()) {
        continue;
      }
      IdxWriter.writeImages(folder.generatedFile(i, t.run()), new ImageSet(experiment.channels(),
          experiment.size(), experiment.size(), t.generateImages(KEPT_IMAGES), null));
    }
  }
}
