package org.wganlab.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;

/** Files that are not regular files, for the tests of what a write must leave alone. */
public final class SpecialFiles {
  private SpecialFiles() {
  }

  /** A FIFO made with mkfifo; the calling test is skipped where there is none (Windows). */
  public static Path fifo(Path at) throws InterruptedException {
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", at.toString()).start().waitFor() == 0;
    } catch (IOException noMkfifo) {
      made = false;
    }
    assumeTrue(made, "mkfifo is not available");
    return at;
  }
}
