package org.wganlab.image.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wganlab.image.CheckpointFile;
import org.wganlab.image.ImageCheckpoint;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageRunFolder;

/**
 * The latest checkpoint of each run in a followed folder, read once each time its file changes and
 * served to every view of it (the critic's weight histogram, the latent walk's generator). Read-only:
 * a checkpoint is replaced atomically by its writer, so a read sees the old file or the new one and
 * takes no lock. A checkpoint that cannot be read is recorded with why, and read again only once its
 * file changes.
 */
final class FolderCheckpoints {
  /** Reads one checkpoint file of a run of an experiment. */
  @FunctionalInterface
  interface Reader {
    ImageCheckpoint read(Path file, ImageExperiment experiment) throws IOException;
  }

  /**
   * A run's checkpoint as its file stood at {@code stamp}.
   *
   * @param stamp the file's modification time when read, or null when there was no file
   * @param checkpoint what it holds, or null (no file, or unreadable)
   * @param problem why it could not be read, or empty
   */
  record Entry(FileTime stamp, ImageCheckpoint checkpoint, String problem) {
    static final Entry NONE = new Entry(null, null, "");
  }

  private final Reader reader;
  private final List<Entry> entries = new ArrayList<>();

  /** Checkpoints read as {@link CheckpointFile} reads them. */
  FolderCheckpoints() {
    this(CheckpointFile::read);
  }

  FolderCheckpoints(Reader reader) {
    this.reader = reader;
  }

  /**
   * Reads the checkpoints of {@code experiment}'s runs in {@code folder} whose files changed since
   * they were last read; whether any entry changed.
   */
  boolean refresh(Path folder, ImageExperiment experiment) {
    int runs = experiment.runs().size();
    boolean changed = entries.size() != runs;
    if (changed) {
      clear();
      for (int i = 0; i < runs; i++) {
        entries.add(Entry.NONE);
      }
    }
    for (int i = 0; i < runs; i++) {
      Path file = ImageRunFolder.checkpointFile(folder, i, experiment.runs().get(i));
      FileTime stamp = stamp(file);
      if (!Objects.equals(stamp, entries.get(i).stamp())) {
        entries.set(i, read(file, experiment, stamp));
        changed = true;
      }
    }
    return changed;
  }

  /** Run {@code index}'s entry as last read ({@link Entry#NONE} before the first read). */
  Entry of(int index) {
    return index < entries.size() ? entries.get(index) : Entry.NONE;
  }

  /** Forgets every checkpoint read (a session that trains the folder has its own networks). */
  void clear() {
    entries.clear();
  }

  private Entry read(Path file, ImageExperiment experiment, FileTime stamp) {
    if (stamp == null) {
      return Entry.NONE;
    }
    try {
      return new Entry(stamp, reader.read(file, experiment), "");
    } catch (IOException | IllegalArgumentException e) {
      return new Entry(stamp, null, e.getMessage());
    }
  }

  /** When {@code file} last changed, or null when it is not there. */
  private static FileTime stamp(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : null;
    } catch (IOException e) {
      return null;
    }
  }
}
