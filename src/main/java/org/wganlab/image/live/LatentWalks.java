package org.wganlab.image.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageTrainer;
import org.wganlab.image.LatentNoise;
import org.wganlab.image.SavedGenerator;
import org.wganlab.train.LatentWalk;

/**
 * The latent walk of an image session, on the training thread: views ask for walks as commands, this
 * keeps only the newest and draws it once per round when it, or a run's generator, changed, so that a
 * dragged slider never queues up drawing. A training session draws with the runs' own generators
 * (forward passes only: no network, optimiser or random stream changes); a followed folder with
 * each run's generator from its latest checkpoint ({@link FolderCheckpoints}), built again only when
 * that checkpoint changed.
 */
final class LatentWalks {
  private static final String NO_CHECKPOINT = "no checkpoint yet: the walk needs this run's"
      + " generator (press Step or Play, or wait for the folder's first checkpoint)";
  private LatentWalk wanted;
  private WalkPictures drawn;
  private final List<Slot> saved = new ArrayList<>();

  /** Records {@code walk} as the one to draw next; null stops drawing and forgets the pictures. */
  void request(LatentWalk walk) {
    wanted = walk;
    if (walk == null) {
      drawn = null;
    }
  }

  /** The pictures of the last walk drawn, or null before the first. */
  WalkPictures pictures() {
    return drawn;
  }

  /**
   * Draws the wanted walk, if it or a generator changed, with {@code training}'s generators, or
   * without training with those of the checkpoints {@code watch} read; whether it drew.
   */
  boolean draw(ImageExperiment experiment, Training training, FolderWatch watch) {
    if (training != null) {
      // The generators read from the folder are of no use once the session trains it.
      saved.clear();
      return drawTraining(experiment, training.trainers());
    }
    return watch.contents() != null && drawSaved(experiment, watch.checkpoints());
  }

  /**
   * Draws the wanted walk with {@code training}'s generators if it or one of them changed since it
   * was last drawn; whether it drew.
   */
  private boolean drawTraining(ImageExperiment experiment, List<ImageTrainer> trainers) {
    if (wanted == null || experiment == null) {
      return false;
    }
    int[] iterations = trainers.stream().mapToInt(ImageTrainer::iteration).toArray();
    if (!due(iterations)) {
      return false;
    }
    float[] noise = noise(experiment, iterations);
    if (noise == null) {
      return true;
    }
    List<WalkPictures.Row> rows = new ArrayList<>();
    for (int i = 0; i < trainers.size(); i++) {
      ImageTrainer t = trainers.get(i);
      rows.add(t.stoppedInsideIteration()
          ? missing(i, experiment, "stopped inside an iteration")
          : row(i, experiment, t.iteration(), t.generateFrom(noise)));
    }
    drawn = new WalkPictures(wanted, rows);
    return true;
  }

  /**
   * Draws the wanted walk with the generators of a followed folder's {@code checkpoints} if it or
   * one of them changed since it was last drawn; whether it drew.
   */
  private boolean drawSaved(ImageExperiment experiment, FolderCheckpoints checkpoints) {
    if (wanted == null || experiment == null) {
      return false;
    }
    int runs = experiment.runs().size();
    boolean reloaded = saved.size() != runs;
    while (saved.size() < runs) {
      saved.add(Slot.NONE);
    }
    for (int i = 0; i < runs; i++) {
      FolderCheckpoints.Entry entry = checkpoints.of(i);
      if (entry != saved.get(i).entry()) {
        saved.set(i, Slot.of(entry, experiment));
        reloaded = true;
      }
    }
    if (!reloaded && drawn != null && drawn.walk().equals(wanted)) {
      return false;
    }
    float[] noise = noise(experiment, null);
    if (noise == null) {
      return true;
    }
    List<WalkPictures.Row> rows = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Slot slot = saved.get(i);
      rows.add(slot.generator() == null ? missing(i, experiment, slot.problem())
          : row(i, experiment, slot.generator().iteration(), slot.generator().generateFrom(noise)));
    }
    drawn = new WalkPictures(wanted, rows);
    return true;
  }

  /** A run's generator built from a checkpoint entry, or why there is none. */
  private record Slot(FolderCheckpoints.Entry entry, SavedGenerator generator, String problem) {
    static final Slot NONE = new Slot(null, null, NO_CHECKPOINT);

    static Slot of(FolderCheckpoints.Entry entry, ImageExperiment experiment) {
      if (entry.checkpoint() == null) {
        return new Slot(entry, null, entry.stamp() == null ? NO_CHECKPOINT
            : "the checkpoint cannot be read: " + entry.problem());
      }
      try {
        return new Slot(entry, SavedGenerator.of(entry.checkpoint(), experiment), "");
      } catch (IllegalArgumentException e) {
        return new Slot(entry, null, "the checkpoint cannot be read: " + e.getMessage());
      }
    }
  }

  /** Whether the wanted walk differs from the one drawn, or a run's iteration does. */
  private boolean due(int[] iterations) {
    if (drawn == null || !drawn.walk().equals(wanted) || drawn.rows().size() != iterations.length) {
      return true;
    }
    for (int i = 0; i < iterations.length; i++) {
      if (drawn.rows().get(i).iteration() != iterations[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The wanted walk's noise rows, or null when an end does not exist in this experiment: the walk is
   * then drawn as refused, the reason on every row, each row marked with the iteration of its
   * generator ({@code iterations}, or -1 for all when null) so that it is not refused again until a
   * generator changes.
   */
  private float[] noise(ImageExperiment experiment, int[] iterations) {
    try {
      return LatentNoise.rows(experiment, wanted);
    } catch (IllegalArgumentException e) {
      List<WalkPictures.Row> rows = new ArrayList<>();
      for (int i = 0; i < experiment.runs().size(); i++) {
        rows.add(new WalkPictures.Row(i, experiment.runs().get(i),
            iterations == null ? -1 : iterations[i], null, null, e.getMessage()));
      }
      drawn = new WalkPictures(wanted, rows);
      return null;
    }
  }

  private static WalkPictures.Row row(int index, ImageExperiment experiment, int iteration,
      float[] pixels) {
    int volume = experiment.channels() * experiment.size() * experiment.size();
    return new WalkPictures.Row(index, experiment.runs().get(index), iteration,
        Arrays.copyOf(pixels, LatentWalk.STEPS * volume),
        Arrays.copyOfRange(pixels, LatentWalk.STEPS * volume, (LatentWalk.STEPS + 1) * volume), "");
  }

  private static WalkPictures.Row missing(int index, ImageExperiment experiment, String why) {
    return new WalkPictures.Row(index, experiment.runs().get(index), -1, null, null, why);
  }
}
