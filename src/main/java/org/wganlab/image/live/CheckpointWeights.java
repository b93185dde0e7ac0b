package org.wganlab.image.live;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.metrics.Histogram;

/**
 * The critic weights of a followed folder's runs, from their latest checkpoints as
 * {@link FolderCheckpoints} read them, counted again only when an entry changed. A checkpoint that
 * cannot be read keeps the histogram counted before. The gradient norms need the data and a critic
 * on it, which a followed folder does not load: they appear once the app trains the folder.
 */
final class CheckpointWeights {
  private final List<FolderCheckpoints.Entry> countedFrom = new ArrayList<>();
  private final List<Histogram> weights = new ArrayList<>();

  /** Counts the weights of the first {@code runs} entries of {@code checkpoints} that changed. */
  void update(FolderCheckpoints checkpoints, int runs) {
    if (weights.size() != runs) {
      countedFrom.clear();
      weights.clear();
      for (int i = 0; i < runs; i++) {
        countedFrom.add(null);
        weights.add(null);
      }
    }
    for (int i = 0; i < runs; i++) {
      FolderCheckpoints.Entry entry = checkpoints.of(i);
      if (entry != countedFrom.get(i) && entry.checkpoint() != null) {
        weights.set(i, Histogram.of(entry.checkpoint().critic(), RunPictures.BINS));
      }
      countedFrom.set(i, entry);
    }
  }

  /** Run {@code index}'s critic weights at its latest checkpoint, or null. */
  Histogram of(int index) {
    return index < weights.size() ? weights.get(index) : null;
  }
}
