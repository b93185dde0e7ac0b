package org.wganlab.common;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes files so that they either appear complete or not at all: the bytes go to a temporary file
 * next to the target, which is forced to disk and then renamed over the target. A crash, a full disk or
 * an exception in the writing code leaves any previous version of the target untouched and no
 * temporary file behind.
 *
 * <p>What may be replaced: only a regular file. A target that is a folder, a device, a pipe or a
 * socket is refused ({@link OutputRefusedException}) before anything is written, so that writing to
 * {@code /dev/full} as root cannot replace the device. A symbolic link is followed: the file it points
 * to is replaced atomically (the temporary file goes beside that file) and the link stays a link; a
 * link to nothing is refused.
 *
 * <p>The temporary file lives in the target's own directory because a rename is only atomic within
 * one file system. Its name, {@code .NAME.HEX.tmp}, lets the next write of the same target find and
 * remove what a killed process left.
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

  /** The names {@link #createTemp} gives: {@code .NAME.HEX.tmp}. */
  private static final Pattern LEFTOVER = Pattern.compile("\\.(.+)\\.[0-9a-f]{1,16}\\.tmp");

  private AtomicFiles() {}

  /**
   * Writes {@code target} with the bytes {@code body} produces, replacing any existing file only once
   * they are all on disk. Temporary files that a killed earlier write of the same file left beside it
   * are removed first.
   *
   * @throws OutputRefusedException if {@code target} is empty, its folder is missing, or it exists
   *     and is not a regular file (or a link to one); nothing is written
   * @throws FileWriteException if the folder is not writable, the disk is full, the
   *     body fails with an IOException, or the final rename fails; the message names the target
   * @throws RuntimeException or Error as the body throws them; in every case the target is unchanged
   *     and no temporary file remains
   */
  public static void write(Path target, IoBody body) throws IOException {
    Path destination = destination(target);
    Path directory = destination.getParent();
    removeLeftovers(directory, destination.getFileName().toString());
    Path temp = createTemp(directory, destination.getFileName().toString(), target);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
        body.writeTo(out);
        out.flush();
        // On disk before the rename, or a crash could leave a complete name with partial content.
        channel.force(true);
      }
      move(temp, destination);
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      if (e instanceof IOException io && !(e instanceof FileWriteException)) {
        throw new FileWriteException(target, io);
      }
      throw e;
    }
  }

  /**
   * Checks that {@code target} may be written (see {@link #write}) and returns the absolute path of
   * the file to replace: the target itself, or the file a symbolic link points to.
   *
   * @throws OutputRefusedException if the path may not be written, or its folder is missing
   */
  public static Path destination(Path target) throws IOException {
    if (target.toString().isEmpty()) {
      throw new OutputRefusedException(target, "an empty path names no file");
    }
    Path absolute = target.toAbsolutePath();
    if (absolute.getParent() == null || absolute.getFileName() == null) {
      throw new OutputRefusedException(target, "not a file path");
    }
    if (Files.isSymbolicLink(absolute)) {
      try {
        absolute = absolute.toRealPath();
      } catch (NoSuchFileException dangling) {
        throw new OutputRefusedException(target, "a symbolic link to a file that does not exist");
      }
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(absolute, BasicFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS);
    } catch (IOException absent) {
      Path directory = absolute.getParent();
      if (!Files.isDirectory(directory)) {
        throw new OutputRefusedException(target, "its folder " + directory
            + (Files.exists(directory) ? " is not a folder" : " does not exist"));
      }
      if (absent instanceof NoSuchFileException) {
        return absolute;
      }
      throw new FileWriteException(target, absent);
    }
    if (attributes.isDirectory()) {
      throw new OutputRefusedException(target, "is a folder, not a file");
    }
    if (!attributes.isRegularFile()) {
      throw new OutputRefusedException(target,
          "exists and is not a regular file (a device, pipe or socket); it is left as it is");
    }
    return absolute;
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
          throw new FileWriteException(target, clash);
        }
      } catch (IOException e) {
        throw new FileWriteException(target, "the folder " + directory + " is not writable ("
            + FileWriteException.reason(e) + ")");
      }
    }
  }

  /** Whether {@code name} is a temporary file name this class gives. */
  public static boolean isLeftover(String name) {
    return LEFTOVER.matcher(name).matches();
  }

  /** Deletes the temporary files named {@code .NAME.HEX.tmp} after {@code onlyOf}. */
  private static void removeLeftovers(Path directory, String onlyOf) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        var m = LEFTOVER.matcher(p.getFileName().toString());
        if (m.matches() && m.group(1).equals(onlyOf)
            && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(p);
        }
      }
    }
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
