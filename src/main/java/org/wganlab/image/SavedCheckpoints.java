package org.wganlab.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.wganlab.export.DamagedFileException;
import org.wganlab.train.RunConfig;

/**
 * The checkpoints of a run folder, read and checked before a resumed run loads its data or writes
 * anything: each must be whole, of this config (see {@link CheckpointFile}) and at an iteration the
 * config reaches. A damaged one is named and the resume refused with the folder as it was.
 */
public final class SavedCheckpoints {
  private SavedCheckpoints() {
  }

  /**
   * The highest iteration a checkpoint in {@code folder} holds for a run of {@code experiment}, 0
   * when there is none.
   *
   * @throws DamagedFileException naming the first checkpoint that cannot be used
   * @throws IOException if one cannot be read
   */
  public static int latestIteration(Path folder, ImageExperiment experiment) throws IOException {
    int latest = 0;
    List<RunConfig> runs = experiment.runs();
    for (int i = 0; i < runs.size(); i++) {
      Path file = ImageRunFolder.checkpointFile(folder, i, runs.get(i));
      if (Files.isRegularFile(file)) {
        ImageCheckpoint saved = CheckpointFile.read(file, experiment);
        if (saved.iteration() < 0 || saved.iteration() > experiment.iterations()) {
          throw new DamagedFileException(file, "holds iteration " + saved.iteration()
              + ", outside the 0 to " + experiment.iterations() + " of config.json");
        }
        latest = Math.max(latest, saved.iteration());
      }
    }
    return latest;
  }
}
