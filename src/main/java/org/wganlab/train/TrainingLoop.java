package org.wganlab.train;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one training thread: it owns the session (and so every network), applies queued commands,
 * trains round after round while playing (waiting between rounds at a slow pace, still taking
 * commands), and hands each new snapshot to the sink. The toy and the image mode run on it alike
 * (see {@link LoopedSession}).
 * The sink is called on this thread and must return at once (a desktop view stores the latest
 * snapshot and draws it on its next frame: later snapshots replace earlier undrawn ones).
 */
public final class TrainingLoop<S> implements TrainingControl {
  /** Least time between two publications while playing: no view draws faster than this. */
  static final long PUBLISH_NANOS = 15_000_000L;
  /** How long a paused loop waits for a command before looking at {@code closed} again. */
  private static final long IDLE_POLL_NANOS = 50_000_000L;
  /**
   * How long {@link #close()} waits for the thread: the end of a step, then the session's last files
   * (an image session's checkpoints and last images take seconds).
   */
  private static final long CLOSE_WAIT_MILLIS = 30_000L;

  private final LoopedSession<S> session;
  private final Consumer<S> sink;
  private final Consumer<Throwable> onFailure;
  private final LinkedBlockingQueue<Command> commands = new LinkedBlockingQueue<>();
  private final Thread thread;
  private final Runnable threadSetup;
  /**
   * Closes the loop when the JVM is asked to end (Ctrl-C, a terminal closed, a logout): the session
   * then finishes as on a window's close (an image session checkpoints), and no native call is still
   * running on the loop's daemon thread when the JVM's exit unloads the native libraries, which
   * crashed the JVM (a segmentation fault in libnd4j) where the loop was left running.
   */
  private final Thread onExit = new Thread(this::close, "wganlab-training-exit");
  private volatile boolean closed;

  /**
   * Starts the thread.
   *
   * @param session the session to train; from now on only the loop's thread touches it
   * @param sink receives snapshots on the training thread
   * @param onFailure receives an unexpected error; the loop then stops
   */
  public TrainingLoop(LoopedSession<S> session, Consumer<S> sink, Consumer<Throwable> onFailure) {
    this(session, sink, onFailure, () -> { });
  }

  /**
   * Starts the thread, which first runs {@code threadSetup} (a desktop app lowers the thread's
   * scheduling priority there, so that drawing wins the CPU whenever it needs it).
   */
  public TrainingLoop(LoopedSession<S> session, Consumer<S> sink, Consumer<Throwable> onFailure,
      Runnable threadSetup) {
    this.session = session;
    this.sink = sink;
    this.onFailure = onFailure;
    this.threadSetup = threadSetup;
    this.thread = new Thread(this::loop, "wganlab-training");
    thread.setDaemon(true);
    thread.start();
    Runtime.getRuntime().addShutdownHook(onExit);
  }

  @Override
  public void submit(Command command) {
    commands.add(command);
  }

  private void loop() {
    long lastPublished = 0;
    try {
      threadSetup.run();
      sink.accept(session.snapshot());
      while (!closed) {
        long wait = !session.playing() ? IDLE_POLL_NANOS : session.nanosUntilDue(System.nanoTime());
        Command command = wait == 0 ? commands.poll() : commands.poll(wait, TimeUnit.NANOSECONDS);
        boolean changed = false;
        while (command != null && !closed) {
          session.apply(command);
          changed = true;
          command = commands.poll();
        }
        changed |= session.tick();
        long now = System.nanoTime();
        // At full speed a publication at most every PUBLISH_NANOS; a paced round is always shown.
        if (changed && (!session.playing() || session.pace().paced()
            || now - lastPublished >= PUBLISH_NANOS)) {
          sink.accept(session.snapshot());
          lastPublished = now;
        }
      }
      session.finish();
      sink.accept(session.snapshot());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      onFailure.accept(e);
    }
  }

  @Override
  public void close() {
    closed = true;
    session.requestStop();
    try {
      thread.join(CLOSE_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (Thread.currentThread() != onExit) {
      try {
        Runtime.getRuntime().removeShutdownHook(onExit);
      } catch (IllegalStateException e) {
        // The JVM is ending: its hook is running, or about to find the loop closed.
      }
    }
  }
}
