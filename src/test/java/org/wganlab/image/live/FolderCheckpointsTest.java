package org.wganlab.image.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.export.DamagedFileException;
import org.wganlab.image.ImageCheckpoint;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageRunFolder;
import org.wganlab.metrics.Histogram;

/**
 * A followed folder's checkpoints are read once per change of their files, and both views of them
 * (the critic's weights, the latent walk) are served from that one read.
 */
class FolderCheckpointsTest {
  private static final ImageExperiment EXPERIMENT = TinyImageRuns.experiment("pictures", 4);
  @TempDir
  Path dir;
  private final List<Path> reads = new ArrayList<>();

  /** A checkpoint whose critic weights are {@code critic}. */
  private static ImageCheckpoint checkpoint(float... critic) {
    return new ImageCheckpoint(2, 4, 0, critic, new float[0], new float[0], 0, new float[0], 0, 0,
        0, 0, List.of());
  }

  /** Reads by counting: run 0's file holds a checkpoint, run 1's is damaged. */
  private ImageCheckpoint read(Path file, ImageExperiment experiment) throws IOException {
    reads.add(file);
    if (file.equals(file(1))) {
      throw new DamagedFileException(file, "checkpoint is truncated");
    }
    return checkpoint(0.5f, -0.5f, (float) reads.size());
  }

  private Path file(int run) {
    return ImageRunFolder.checkpointFile(dir, run, EXPERIMENT.runs().get(run));
  }

  @Test
  void aChangedCheckpointIsReadOnceAndServesBothViews() throws IOException {
    FolderCheckpoints checkpoints = new FolderCheckpoints(this::read);
    assertThat(checkpoints.refresh(dir, EXPERIMENT)).isTrue();
    assertThat(reads).isEmpty();
    assertThat(checkpoints.of(0)).isSameAs(FolderCheckpoints.Entry.NONE);

    Files.createDirectories(file(0).getParent());
    Files.write(file(0), new byte[] {1});
    Files.write(file(1), new byte[] {1});
    assertThat(checkpoints.refresh(dir, EXPERIMENT)).isTrue();
    assertThat(reads).containsExactly(file(0), file(1));
    assertThat(checkpoints.of(0).checkpoint().critic()).containsExactly(0.5f, -0.5f, 1f);
    assertThat(checkpoints.of(1).checkpoint()).isNull();
    assertThat(checkpoints.of(1).problem()).isEqualTo(file(1) + ": checkpoint is truncated");

    // Unchanged files are not read again, whichever view asks; a damaged one neither.
    CheckpointWeights weights = new CheckpointWeights();
    for (int poll = 0; poll < 3; poll++) {
      assertThat(checkpoints.refresh(dir, EXPERIMENT)).isFalse();
      weights.update(checkpoints, 2);
    }
    assertThat(reads).hasSize(2);
    assertThat(weights.of(0)).isEqualTo(Histogram.of(new float[] {0.5f, -0.5f, 1f},
        RunPictures.BINS));
    assertThat(weights.of(1)).isNull();

    // A rewritten checkpoint is read once, for every view.
    Files.setLastModifiedTime(file(0), FileTime.fromMillis(
        Files.getLastModifiedTime(file(0)).toMillis() - 5000));
    assertThat(checkpoints.refresh(dir, EXPERIMENT)).isTrue();
    assertThat(checkpoints.refresh(dir, EXPERIMENT)).isFalse();
    assertThat(reads).containsExactly(file(0), file(1), file(0));
    assertThat(checkpoints.of(0).checkpoint().critic()).containsExactly(0.5f, -0.5f, 3f);
    weights.update(checkpoints, 2);
    assertThat(weights.of(0)).isEqualTo(Histogram.of(new float[] {0.5f, -0.5f, 3f},
        RunPictures.BINS));

    // A checkpoint removed leaves no entry; the weights counted before stay shown.
    Files.delete(file(0));
    assertThat(checkpoints.refresh(dir, EXPERIMENT)).isTrue();
    assertThat(checkpoints.of(0)).isSameAs(FolderCheckpoints.Entry.NONE);
    weights.update(checkpoints, 2);
    assertThat(weights.of(0).max()).isEqualTo(3);
    assertThat(reads).hasSize(3);
  }
}
