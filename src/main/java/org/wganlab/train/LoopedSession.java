package org.wganlab.train;

/**
 * What {@link TrainingLoop} needs of a session: it applies commands, trains a round on each tick while
 * playing, says when a paced round is due and describes itself in an immutable snapshot. The toy
 * mode's {@link TrainingSession} and the image mode's session both are one, so one training thread
 * serves both. No method is called concurrently with another, except {@link #requestStop()}.
 *
 * @param <S> the snapshot type the session publishes
 */
public interface LoopedSession<S> {

  /** Whether {@link #tick()} trains. */
  boolean playing();

  /** How fast the session trains when playing. */
  Pace pace();

  /** How long until a paced round is due (0 when it is, or at full speed). */
  long nanosUntilDue(long now);

  /** Applies a command; the answer, if any, goes into the next snapshot. */
  void apply(Command command);

  /**
   * One round while playing, at time {@code now} on {@link System#nanoTime()}'s scale; whether
   * anything changed.
   */
  boolean tick(long now);

  /** {@link #tick(long)} now. */
  default boolean tick() {
    return tick(System.nanoTime());
  }

  /** The current state, immutable. */
  S snapshot();

  /**
   * Asks a round under way to end at its next safe point; called on the closing thread while the
   * loop's thread may be inside {@link #tick()}, so implementations keep the request in a volatile or
   * atomic field. The toy session's rounds are short and ignore it.
   */
  default void requestStop() {
  }

  /**
   * Called once on the loop's thread when the loop is closed, after the last round: a session that
   * keeps files brings them up to date here.
   */
  default void finish() {
  }
}
