package org.wganlab.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that can be read but is not usable: another kind of file, another version, truncated, or
 * damaged. Bad input, unlike a read that fails; the message names the file and what is wrong.
 */
public final class DamagedFileException extends IOException {
  private static final long serialVersionUID = 1L;

  /** {@code file}: {@code problem}. */
  public DamagedFileException(Path file, String problem) {
    super(file + ": " + problem);
  }
}
