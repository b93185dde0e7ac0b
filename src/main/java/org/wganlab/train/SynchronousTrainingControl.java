package org.wganlab.train;

import java.util.function.Consumer;

/**
 * A {@link TrainingControl} that does everything on the caller's thread at once: each command is
 * applied and published before {@link #submit} returns, and {@link #tick} trains one round. For tests
 * of views and view-models that need deterministic, immediate results, of either mode.
 */
public final class SynchronousTrainingControl implements TrainingControl {
  private final LoopedSession<?> session;
  private final Runnable publish;
  private long clock = System.nanoTime();

  /** Publishes the session's first snapshot at once. */
  public <S> SynchronousTrainingControl(LoopedSession<S> session, Consumer<S> sink) {
    this.session = session;
    this.publish = () -> sink.accept(session.snapshot());
    publish.run();
  }

  @Override
  public void submit(Command command) {
    session.apply(command);
    publish.run();
  }

  /**
   * Trains {@code rounds} rounds if playing, publishing after each. At a slow pace each round happens
   * one pace interval after the last, on a clock of its own: no test waits for a real second.
   */
  public void tick(int rounds) {
    for (int i = 0; i < rounds && session.playing(); i++) {
      clock += Math.max(1, session.pace().intervalNanos());
      session.tick(clock);
      publish.run();
    }
  }

  /** One round whether playing or not (a session that follows files or loads data does so then). */
  public void poll() {
    clock += 1;
    if (session.tick(clock)) {
      publish.run();
    }
  }

  @Override
  public void close() {
    session.requestStop();
    session.finish();
  }
}
