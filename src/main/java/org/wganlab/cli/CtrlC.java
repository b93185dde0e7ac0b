package org.wganlab.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or SIGTERM) as a polite request: a shutdown hook raises a flag that the training loop reads
 * between iterations, then waits up to a minute for the loop to write the files of the moment before
 * the JVM goes down. {@link #close()} removes the hook when the command ends on its own.
 */
final class CtrlC implements AutoCloseable {
  private static final long GRACE_SECONDS = 60;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook = new Thread(this::stopAndWait, "wganlab-stop");
  private volatile boolean requested;

  /** Installs the hook. */
  CtrlC() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Whether a stop was requested. */
  boolean requested() {
    return requested;
  }

  private void stopAndWait() {
    requested = true;
    try {
      finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The loop is done: lets a waiting hook go, or removes the hook if none ran. */
  @Override
  public void close() {
    finished.countDown();
    if (!requested) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // The JVM is already shutting down; the hook has run or is running.
      }
    }
  }
}
