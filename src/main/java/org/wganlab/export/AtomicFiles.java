package org.wganlab.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that they either appear complete or not at all: the bytes go to a temporary file
 * next to the target, which is forced to disk and then renamed over the target. A crash, a full disk or
 * an exception in the writing code leaves any previous version of the target untouched and no
 * temporary file behind.
 *
 * <p>The temporary file lives in the target's own directory because a rename is only atomic within
 * one file system.
 */
public final class AtomicFiles {

  /** The code that produces a file's bytes. */
  @FunctionalInterface
  public interface IoBody {

    /**
     * Writes the whole content to {@code out}. The stream is buffered and closed by the caller; the
     * body must not keep it.
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code target} with the bytes {@code body} produces, replacing any existing file only once
   * they are all on disk.
   *
   * @throws IOException if the directory is missing or not writable (the message names it), if the
   *     body fails (its exception is rethrown as is, and also any RuntimeException or Error), or if the
   *     final rename fails; in every case the target is unchanged and no temporary file remains
   */
  public static void write(Path target, IoBody body) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    if (directory == null || absolute.getFileName() == null) {
      throw new IOException("cannot write " + target + ": not a file path");
    }
    if (!Files.isDirectory(directory)) {
      throw new IOException(
          "cannot write " + target + ": directory " + directory + " does not exist");
    }
    Path temp = createTemp(directory, absolute.getFileName().toString(), target);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
        body.writeTo(out);
        out.flush();
        // On disk before the rename, or a crash could leave a complete name with partial content.
        channel.force(true);
      }
      move(temp, absolute);
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /**
   * Creates an empty, uniquely named hidden file in {@code directory}. Unlike
   * {@code Files.createTempFile} it gets the default permissions, which the renamed target keeps.
   */
  private static Path createTemp(Path directory, String name, Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
      Path temp = directory.resolve("." + name + "." + suffix + ".tmp");
      try {
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temp;
      } catch (FileAlreadyExistsException clash) {
        if (attempt >= 10) {
          throw clash;
        }
      } catch (IOException e) {
        throw new IOException(
            "cannot write " + target + ": directory " + directory + " is not writable", e);
      }
    }
  }

  /** The names {@link #createTemp} gives: {@code .NAME.HEX.tmp}. */
  private static final java.util.regex.Pattern LEFTOVER =
      java.util.regex.Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp");

  /**
   * Deletes the temporary files a killed process left in {@code directory} (not in its subfolders):
   * regular files named as this class names them, nothing else. Returns how many were deleted.
   */
  public static int removeLeftovers(Path directory) throws IOException {
    int removed = 0;
    try (java.util.stream.Stream<Path> entries = Files.list(directory)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        if (LEFTOVER.matcher(p.getFileName().toString()).matches()
            && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(p);
          removed++;
        }
      }
    }
    return removed;
  }

  /** Atomic rename where the file system offers it, plain replacement otherwise. */
  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException notAtomic) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
