package org.wganlab.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A file that could not be written (a full disk, a folder without write permission, an input/output
 * error), with a message that names the file: "cannot write PATH: reason". Whatever stood at the path
 * before is unchanged and no temporary file is left (see {@link AtomicFiles}).
 */
public final class FileWriteException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Writing {@code file} failed with {@code cause}. */
  public FileWriteException(Path file, IOException cause) {
    super("cannot write " + file + ": " + reason(cause), cause);
  }

  /** Writing {@code file} failed for the reason given. */
  public FileWriteException(Path file, String reason) {
    super("cannot write " + file + ": " + reason);
  }

  /** The file system's reason, without the path it usually repeats (the message has the path). */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f) {
      return f.getReason() != null ? f.getReason() : f.getClass().getSimpleName()
          .replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(
              java.util.Locale.ROOT);
    }
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }
}
