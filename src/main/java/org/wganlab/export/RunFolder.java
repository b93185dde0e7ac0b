package org.wganlab.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.wganlab.common.AtomicFiles;
import org.wganlab.common.FileWriteException;
import org.wganlab.common.OutputRefusedException;

/**
 * The one rule for a folder a run writes into, in the toy and the image mode alike: a run never
 * mixes its files with another run's, and never deletes a file it did not make.
 *
 * <ul>
 *   <li>{@link Use#NEW}: the folder must not exist, or hold nothing but the temporary files a killed
 *       process of this program left (which are removed).
 *   <li>{@link Use#OVERWRITE}: the folder may hold an earlier run; its files (and those temporary
 *       files) are deleted first. A file the program did not make is never deleted: a folder holding
 *       one is refused.
 *   <li>{@link Use#RESUME}: the folder holds the run to continue; only temporary files are removed,
 *       and a path where the run keeps one of its files must be a regular file (or a link to one).
 * </ul>
 *
 * Every refusal is an {@link OutputRefusedException} naming the folder, thrown before anything is
 * written or deleted.
 */
public final class RunFolder {

  /** How a run may use a folder that already holds files. */
  public enum Use {
    /** A new run: the folder must be empty or missing. */
    NEW,
    /** Replace the run there. */
    OVERWRITE,
    /** Continue the run there. */
    RESUME
  }

  private RunFolder() {}

  /**
   * Refuses a folder that lies under a file ({@code notes.txt/run}): no folder can be made there,
   * and saying so is more use than the file system's "not a directory".
   *
   * @throws OutputRefusedException naming the folder and the file above it
   */
  public static void refuseUnderFile(Path folder) throws OutputRefusedException {
    for (Path up = folder.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
      if (Files.exists(up)) {
        if (!Files.isDirectory(up)) {
          throw new OutputRefusedException(folder, "lies under " + up + ", which is a file, not a"
              + " folder");
        }
        return;
      }
    }
  }

  /**
   * Makes {@code folder} ready for a run and creates it if missing.
   *
   * @param folder the run folder, as the user named it (messages show it so)
   * @param use how an existing run there may be treated
   * @param ownFile whether a path relative to the folder, with '/' between names (such as
   *     {@code samples/run-0-gp-iter-0000100.png}), is a file a run of this kind writes
   * @param resumeHint how to continue a run there, for the refusal's message, or null where runs
   *     cannot be resumed
   * @throws OutputRefusedException if the folder may not be used so
   * @throws FileWriteException if it cannot be created or cleared
   */
  public static void prepare(Path folder, Use use, Predicate<String> ownFile, String resumeHint)
      throws IOException {
    if (folder.toString().isEmpty()) {
      throw new OutputRefusedException(folder, "an empty path names no folder");
    }
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new OutputRefusedException(folder, "exists and is not a folder");
    }
    refuseUnderFile(folder);
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new FileWriteException(folder, e);
      }
      return;
    }
    Path real = folder.toRealPath();
    List<Path> own = new ArrayList<>();
    List<Path> leftovers = new ArrayList<>();
    List<Path> foreign = new ArrayList<>();
    try (Stream<Path> all = Files.walk(real)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        String name = real.relativize(p).toString().replace('\\', '/');
        if (use == Use.RESUME && !p.equals(real) && !Files.isRegularFile(p) && ownFile.test(name)) {
          // A resumed run reads and rewrites its files there: a folder or a pipe cannot be one.
          throw new OutputRefusedException(folder, name + " is not a regular file; a resumed run"
              + " reads and writes its own file there");
        }
        if (p.equals(real) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        boolean regular = Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
        if (regular && AtomicFiles.isLeftover(p.getFileName().toString())) {
          leftovers.add(p);
        } else if (regular && ownFile.test(name)) {
          own.add(p);
        } else {
          foreign.add(p);
        }
      }
    } catch (UncheckedIOException e) {
      throw new FileWriteException(folder, e.getCause());
    }
    own.sort(null);
    foreign.sort(null);
    if (!foreign.isEmpty() && use != Use.RESUME) {
      throw new OutputRefusedException(folder, "holds files that a run of this kind does not write"
          + " (such as " + real.relativize(foreign.get(0)) + "); name a new or empty folder");
    }
    if (!own.isEmpty() && use == Use.NEW) {
      throw new OutputRefusedException(folder, "already holds a run (such as "
          + real.relativize(own.get(0)) + "); add --overwrite to delete it and write a new one"
          + (resumeHint == null ? "" : ", " + resumeHint) + ", or name a new folder");
    }
    List<Path> delete = new ArrayList<>(leftovers);
    if (use == Use.OVERWRITE) {
      delete.addAll(own);
    }
    delete.sort(Comparator.reverseOrder());
    for (Path p : delete) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        throw new FileWriteException(folder, "could not delete " + real.relativize(p)
            + " of the earlier run (" + FileWriteException.reason(e) + ")");
      }
    }
  }
}
