package org.wganlab.image.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.image.CheckpointFile;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageRunFolder;
import org.wganlab.metrics.Histogram;

/**
 * The critic weights of a followed folder's runs, read from their latest checkpoints: read-only (a
 * checkpoint is replaced atomically by its writer, so a read sees the old file or the new one, and
 * reading takes no lock), and again only when a checkpoint file's time changed. A checkpoint that
 * cannot be read now (being replaced, damaged) keeps the histogram read before. The gradient norms
 * need the data and a critic on it, which a followed folder does not load: they appear once the app
 * trains the folder.
 */
final class CheckpointWeights {
  private final List<Long> readAt = new ArrayList<>();
  private final List<Histogram> weights = new ArrayList<>();

  /** Reads the checkpoints of {@code experiment}'s runs in {@code folder} that changed. */
  void update(Path folder, ImageExperiment experiment) {
    int runs = experiment.runs().size();
    if (weights.size() != runs) {
      readAt.clear();
      weights.clear();
      for (int i = 0; i < runs; i++) {
        readAt.add(Long.MIN_VALUE);
        weights.add(null);
      }
    }
    for (int i = 0; i < runs; i++) {
      Path file = ImageRunFolder.checkpointFile(folder, i, experiment.runs().get(i));
      try {
        long changed = Files.isRegularFile(file) ? Files.getLastModifiedTime(file).toMillis()
            : Long.MIN_VALUE;
        if (changed != readAt.get(i)) {
          weights.set(i, Histogram.of(CheckpointFile.read(file, experiment).critic(),
              RunPictures.BINS));
          readAt.set(i, changed);
        }
      } catch (IOException | IllegalArgumentException e) {
        // Tried again at the next read of the folder; the histogram read before stays shown.
      }
    }
  }

  /** Run {@code index}'s critic weights at its latest checkpoint, or null. */
  Histogram of(int index) {
    return index < weights.size() ? weights.get(index) : null;
  }
}
