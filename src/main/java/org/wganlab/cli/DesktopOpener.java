package org.wganlab.cli;

import java.nio.file.Path;

/**
 * Starts the desktop app's image window on a run folder and returns when it is closed. The command
 * line knows the app only through this (the program's entry point supplies it), so that it stays
 * free of JavaFX.
 */
@FunctionalInterface
public interface DesktopOpener {
  /** Opens {@code folder} in the image window; returns when the window is closed. */
  void open(Path folder);
}
