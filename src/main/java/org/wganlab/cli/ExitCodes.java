package org.wganlab.cli;

/**
 * The command line's exit codes, one per kind of ending, as the README's table lists them. Scripts
 * can tell a mistake in what they passed (2) from a run that diverged (3), from a file system that
 * failed under a correct command (74, {@code EX_IOERR} of BSD's sysexits.h) and from a stop they asked
 * for (130).
 */
final class ExitCodes {
  /** The command did what it was asked. */
  static final int DONE = 0;
  /** A fault of the program itself (a bug): the message is the exception's. */
  static final int PROGRAM_FAULT = 1;
  /**
   * Bad input: an unknown option or a value out of its bounds (usage is printed), a data or config
   * file that cannot be used, an output path that is refused, a run that would not fit in memory.
   * Nothing is written.
   */
  static final int BAD_INPUT = 2;
  /**
   * The command ran to its end but a run diverged (a loss or value became NaN or infinite): the
   * console names the run, the iteration and the cause, and the other runs' files are complete.
   */
  static final int DIVERGED = 3;
  /** A file could not be read or written for a reason of the file system (full disk, I/O error). */
  static final int IO_FAILURE = 74;
  /**
   * Stopped by Ctrl-C; the files hold the state of the moment. A stop by SIGTERM ({@code kill})
   * writes the same files, and the process then ends with 143, the code the system gives a process
   * that SIGTERM ended (as 130 is for SIGINT, Ctrl-C).
   */
  static final int INTERRUPTED = 130;

  private ExitCodes() {
  }
}
