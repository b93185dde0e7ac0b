package org.wganlab.ui.files;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the user for a file. The window uses the system's choosers; tests answer with paths of their
 * own, since a native chooser cannot be driven headless.
 */
public interface FileDialogs {
  /** A file to write, or empty if the user cancelled. */
  Optional<Path> save(FileKind kind, String suggestedName);

  /** A file to read, or empty if the user cancelled. */
  Optional<Path> open(FileKind kind);
}
