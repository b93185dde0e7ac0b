package org.wganlab.image.live;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.wganlab.data.DataFormatException;
import org.wganlab.data.image.ImageDataLoader;
import org.wganlab.data.image.ImageDataOptions;
import org.wganlab.data.image.ImageSet;
import org.wganlab.data.image.TrainTestImages;
import org.wganlab.export.DamagedFileException;
import org.wganlab.export.RunFolder;
import org.wganlab.image.CheckpointFile;
import org.wganlab.image.ClassifierQuality;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageRunFolder;
import org.wganlab.image.ImageSession;
import org.wganlab.image.ImageTrainer;
import org.wganlab.train.RunStatus;

/**
 * An image experiment training into its run folder through {@link ImageSession}, which writes the
 * folder exactly as the {@code image} command does (so either continues what the other wrote), plus
 * the pictures the views show. Made and used on the training thread only.
 */
final class Training {
  private final ImageSession session;
  private final TrainTestImages images;
  private final RunPictures pictures;
  private final String data;
  private final float[] realImages;
  private ImageExperiment experiment;

  private Training(ImageExperiment experiment, ImageSession session, TrainTestImages images,
      RunPictures pictures, String data, float[] realImages) {
    this.experiment = experiment;
    this.session = session;
    this.images = images;
    this.pictures = pictures;
    this.data = data;
    this.realImages = realImages;
  }

  /**
   * Reads the images {@code experiment} names.
   *
   * @param workingFolder what a relative data path in the config is relative to
   * @throws IOException naming the file or folder when the data is unusable
   */
  static TrainTestImages load(ImageExperiment experiment, Path workingFolder) throws IOException {
    try {
      return ImageDataLoader.load(workingFolder.resolve(experiment.data()),
          new ImageDataOptions(experiment.size(), experiment.channels(), experiment.limit()));
    } catch (DataFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * Opens {@code folder} for {@code use} (a new run, a replaced one, or a resumed one restored from
   * its checkpoints) over {@code images}, writes its config and measures every run once.
   *
   * @param qualityCache where the quality metric's classifier is kept, or null for no quality metric
   * @throws IOException naming the file or folder when the folder or a checkpoint is unusable
   */
  static Training open(ImageExperiment experiment, TrainTestImages images, Path folder,
      RunFolder.Use use, Path qualityCache) throws IOException {
    ImageRunFolder runFolder = ImageRunFolder.open(folder, use);
    ClassifierQuality quality = qualityCache != null
        && ClassifierQuality.applies(images.train(), images.test())
        ? ClassifierQuality.prepare(images.train(), images.test(), qualityCache, (s, f) -> { })
        : null;
    ImageSession session = new ImageSession(experiment, images.train(), images.test(), runFolder,
        quality);
    if (use == RunFolder.Use.RESUME) {
      try {
        session.restoreCheckpoints();
      } catch (DamagedFileException e) {
        throw new IOException(e.getMessage(), e);
      }
    } else {
      runFolder.writeConfig(experiment);
    }
    ImageSet test = images.test();
    Training training = new Training(experiment, session, images, new RunPictures(experiment, test),
        String.format(Locale.ROOT, "%,d training images of %d x %d x %d from %s%s",
            images.train().count(), experiment.size(), experiment.size(), experiment.channels(),
            experiment.data(), quality == null ? "; no quality metric (no labels, or switched off)"
                : ""), real(test));
    training.measureStale();
    return training;
  }

  /** The images it trains on and measures with (a reset reuses them). */
  TrainTestImages images() {
    return images;
  }

  /**
   * Trains on under {@code next} from the next iteration, its config and checkpoints written (see
   * {@link ImageSession#reconfigure}).
   *
   * @throws IllegalArgumentException naming what cannot change live
   */
  void reconfigure(ImageExperiment next) throws IOException {
    session.reconfigure(next);
    experiment = next;
  }

  /** The first grid's worth of {@code test} images. */
  private static float[] real(ImageSet test) {
    int n = Math.min(ImageSnapshot.GRID_IMAGES, test.count());
    float[] pixels = new float[n * test.pixelsPerImage()];
    for (int i = 0; i < n; i++) {
      test.copyImage(i, pixels, i * test.pixelsPerImage());
    }
    return pixels;
  }

  /**
   * The next iteration of every run and its files, then the pictures of every run at a whole
   * iteration; false when {@code stop} ended it inside an iteration.
   */
  boolean iterate(BooleanSupplier stop) throws IOException {
    boolean whole = session.iterateNext(stop);
    if (whole) {
      measureStale();
    }
    return whole;
  }

  private void measureStale() {
    List<ImageTrainer> trainers = session.trainers();
    for (int i = 0; i < trainers.size(); i++) {
      ImageTrainer t = trainers.get(i);
      if (!t.diverged() && !t.stoppedInsideIteration() && pictures.stale(i, t)) {
        pictures.measure(i, t);
      }
    }
  }

  /** The runs' trainers, in config order. */
  List<ImageTrainer> trainers() {
    return session.trainers();
  }

  /** Whether every run is through (finished or diverged). */
  boolean finished() {
    return session.finished();
  }

  /** Checkpoints and last images, as the {@code image} command writes them when it ends. */
  void finish() throws IOException {
    session.finish();
  }

  /** The data in words. */
  String data() {
    return data;
  }

  /** Held-out images to show beside the samples. */
  float[] realImages() {
    return realImages;
  }

  /** The runs as the views see them; {@code saved} lists each run's saved grid iterations. */
  List<ImageRunState> states(boolean playing, List<List<Integer>> saved) {
    List<ImageTrainer> trainers = session.trainers();
    List<ImageRunState> out = new ArrayList<>();
    for (int i = 0; i < trainers.size(); i++) {
      ImageTrainer t = trainers.get(i);
      RunStatus status = t.diverged() ? RunStatus.DIVERGED
          : t.iteration() >= experiment.iterations() ? RunStatus.FINISHED
          : playing ? RunStatus.RUNNING : t.iteration() == 0 ? RunStatus.READY : RunStatus.PAUSED;
      RunPictures.Picture p = pictures.latest(i);
      out.add(new ImageRunState(i, t.run(), status, t.problem(), t.iteration(), t.rows(),
          p == null ? null : p.grid(), p == null ? -1 : p.iteration(),
          i < saved.size() ? saved.get(i) : List.of(), p == null ? null : p.norms(),
          p == null ? null : p.weights()));
    }
    return out;
  }
}
