package org.wganlab.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A data file or folder that cannot be used (a point set, an IDX file, a picture, a folder of them),
 * with a message a student can act on.
 *
 * <p>The message always has the shape {@code file:line: problem} (or {@code file: problem} when no line
 * applies, for instance a missing file), the way compilers report errors, so that it can be shown as is
 * in the command line or in a dialog. The message never contains a stack trace or a Java class name; the
 * underlying exception, if any, is kept as the cause for logs only.
 */
public final class DataFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Path objects are not serializable, so the file is kept as text and rebuilt on demand. */
  private final String file;
  /** 1-based line of the problem, 0 when it concerns the whole file. */
  private final int line;

  /**
   * A problem in {@code file}, at {@code line} (1-based), or anywhere in the file when {@code line} is 0.
   *
   * @param file the file as the user named it (it is printed as given, not made absolute)
   * @param line 1-based line number, or 0 when the problem is not tied to a line
   * @param problem one sentence, starting in lower case, without a final full stop
   */
  public DataFormatException(Path file, int line, String problem) {
    this(file, line, problem, null);
  }

  /**
   * As {@link #DataFormatException(Path, int, String)}, keeping the low-level exception as the cause.
   *
   * @param file the file as the user named it
   * @param line 1-based line number, or 0 when the problem is not tied to a line
   * @param problem one sentence, starting in lower case, without a final full stop
   * @param cause the exception that revealed the problem, or {@code null}
   */
  public DataFormatException(Path file, int line, String problem, Throwable cause) {
    super(location(file, line) + Objects.requireNonNull(problem, "problem"), cause);
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 or positive, got " + line);
    }
    this.file = file.toString();
    this.line = line;
  }

  /**
   * The file the problem is about, as the user named it. Empty when the text the user gave was not even
   * a valid path.
   *
   * @return the file path
   */
  public Path file() {
    return Path.of(file);
  }

  /**
   * The 1-based line of the problem.
   *
   * @return the line number, or 0 when the problem concerns the whole file
   */
  public int line() {
    return line;
  }

  /** {@code "file:line: "}, {@code "file: "}, or nothing when there is no file name to show. */
  private static String location(Path file, int line) {
    String name = Objects.requireNonNull(file, "file").toString();
    if (name.isEmpty()) {
      return "";
    }
    return line > 0 ? name + ":" + line + ": " : name + ": ";
  }
}
