package org.wganlab.image.live;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageMetricsRow;
import org.wganlab.train.RunStatus;

/**
 * What a session knows of its run folder's files, read again at most once per
 * {@link #POLL_MILLIS}: a followed folder's config, metrics and saved grids, or only the saved grids
 * of a folder the session trains into, and a followed folder's checkpoints
 * ({@link FolderCheckpoints}), each read once per change, with their critic weights
 * ({@link CheckpointWeights}). It reads, never writes.
 */
final class FolderWatch {
  /** How often a followed folder is read again, and a training folder's grids listed. */
  static final long POLL_MILLIS = 1000;
  private final Path folder;
  private FolderContents contents;
  private final FolderCheckpoints checkpoints = new FolderCheckpoints();
  private final CheckpointWeights weights = new CheckpointWeights();
  private List<List<Integer>> saved = List.of();
  private long lastPoll = Long.MIN_VALUE / 2;

  FolderWatch(Path folder) {
    this.folder = folder;
  }

  /** The followed folder's contents as last read, or null (before the first read, or training). */
  FolderContents contents() {
    return contents;
  }

  /** Per run, the iterations of its saved sample grids, as last listed. */
  List<List<Integer>> saved() {
    return saved;
  }

  /**
   * Reads a followed folder again if {@link #POLL_MILLIS} passed since the last read; whether what it
   * holds changed.
   *
   * @throws IOException naming the file when the folder holds no run or a file is unreadable
   */
  boolean follow() throws IOException {
    if (!pollDue()) {
      return false;
    }
    FolderContents next = FolderContents.read(folder);
    boolean changed = contents == null || next.lastChangeMillis() != contents.lastChangeMillis()
        || !next.metrics().equals(contents.metrics());
    contents = next;
    saved = next.savedGrids();
    if (checkpoints.refresh(folder, next.experiment())) {
      weights.update(checkpoints, next.experiment().runs().size());
      changed = true;
    }
    return changed;
  }

  /** Reads the folder now, whenever it was read last (before the session takes it over). */
  FolderContents readNow() throws IOException {
    return FolderContents.read(folder);
  }

  /** Forgets the followed contents: the session trains into the folder from now on. */
  void stopFollowing() {
    contents = null;
    checkpoints.clear();
  }

  /** The followed folder's checkpoints as last read. */
  FolderCheckpoints checkpoints() {
    return checkpoints;
  }

  /** Lists the saved grids of {@code runs} runs if {@link #POLL_MILLIS} passed; whether they changed. */
  boolean pollGrids(int runs) {
    return pollDue() && listGrids(runs);
  }

  /** Lists the saved grids of {@code runs} runs now; whether they changed. */
  boolean listGrids(int runs) {
    try {
      List<List<Integer>> next = FolderContents.gridsIn(folder, runs);
      boolean changed = !next.equals(saved);
      saved = next;
      return changed;
    } catch (IOException e) {
      // A listing that fails now is tried again at the next poll; the grids known stay shown.
      return false;
    }
  }

  private boolean pollDue() {
    long now = System.currentTimeMillis();
    if (now - lastPoll < POLL_MILLIS) {
      return false;
    }
    lastPoll = now;
    return true;
  }

  /** Why training into the folder is refused now, or empty (see {@link FolderContents#writerNote}). */
  String writerNote() {
    return contents == null ? "" : contents.writerNote(System.currentTimeMillis());
  }

  /** The runs of the followed folder as far as its files tell (none before the first read). */
  List<ImageRunState> followedRuns(String writer) {
    List<ImageRunState> out = new ArrayList<>();
    if (contents == null) {
      return out;
    }
    ImageExperiment experiment = contents.experiment();
    for (int i = 0; i < experiment.runs().size(); i++) {
      List<ImageMetricsRow> rows = contents.metrics().rowsOf(i);
      List<Integer> grids = saved.get(i);
      int iteration = Math.max(rows.isEmpty() ? 0 : rows.get(rows.size() - 1).iteration(),
          grids.isEmpty() ? 0 : grids.get(grids.size() - 1));
      String problem = contents.metrics().problemOf(i);
      RunStatus status = !problem.isEmpty() ? RunStatus.DIVERGED
          : iteration >= experiment.iterations() ? RunStatus.FINISHED
          : !writer.isEmpty() ? RunStatus.RUNNING : RunStatus.PAUSED;
      out.add(new ImageRunState(i, experiment.runs().get(i), status, problem, iteration, rows, null,
          -1, grids, null, weights.of(i)));
    }
    return out;
  }
}
