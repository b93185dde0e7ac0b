package org.wganlab.common;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output path the program will not write to, whatever the file system allows: an empty path, a
 * device, pipe, socket or folder where a file belongs, or a folder that holds another run. Nothing
 * has been written when it is thrown. The command line reports it as bad input (exit code 2), unlike
 * a write that fails on the way ({@link FileWriteException}).
 */
public final class OutputRefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  /** {@code path} is refused for the reason given; the message reads "PATH: reason". */
  public OutputRefusedException(Path path, String reason) {
    super((path.toString().isEmpty() ? "\"\"" : path.toString()) + ": " + reason);
  }
}
