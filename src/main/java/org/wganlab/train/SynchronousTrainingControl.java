package org.wganlab.train;

import java.util.function.Consumer;

/**
 * A {@link TrainingControl} that does everything on the caller's thread at once: each command is
 * applied and published before {@link #submit} returns, and {@link #tick} trains one round. For tests
 * of views and view-models that need deterministic, immediate results.
 */
public final class SynchronousTrainingControl implements TrainingControl {
  private final TrainingSession session;
  private final Consumer<ExperimentSnapshot> sink;
  private long clock = System.nanoTime();

  /** Publishes the session's first snapshot at once. */
  public SynchronousTrainingControl(TrainingSession session, Consumer<ExperimentSnapshot> sink) {
    this.session = session;
    this.sink = sink;
    sink.accept(session.snapshot());
  }

  @Override
  public void submit(Command command) {
    session.apply(command);
    sink.accept(session.snapshot());
  }

  /**
   * Trains {@code rounds} rounds if playing, publishing after each. At a slow pace each round happens
   * one pace interval after the last, on a clock of its own: no test waits for a real second.
   */
  public void tick(int rounds) {
    for (int i = 0; i < rounds && session.playing(); i++) {
      clock += Math.max(1, session.pace().intervalNanos());
      session.tick(clock);
      sink.accept(session.snapshot());
    }
  }

  @Override
  public void close() {
    // Nothing runs in the background.
  }
}
