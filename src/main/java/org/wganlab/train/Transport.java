package org.wganlab.train;

import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * The transport of a session, toy or image: whether it plays, its pace and when its next round is
 * due, and what Play, Pause, a step and a new pace say. A session keeps what differs by family (what
 * can train, what one step is, what Play does before anything trains) and calls this for the rest.
 */
public final class Transport {
  /** What Pause says while runs train. */
  public static final String KEPT = "everything is kept; Play continues.";
  private final PacedRounds rounds = new PacedRounds();
  private final BiConsumer<Notice.Level, String> tell;
  private boolean playing;

  /** A paused transport at full speed whose notices go to {@code tell}. */
  public Transport(BiConsumer<Notice.Level, String> tell) {
    this.tell = tell;
  }

  /** Whether the session trains on its rounds. */
  public boolean playing() {
    return playing;
  }

  /** How fast the session trains when playing. */
  public Pace pace() {
    return rounds.pace();
  }

  /** How long until a paced round is due (0 when it is, or at full speed). */
  public long nanosUntilDue(long now) {
    return rounds.nanosUntilDue(now);
  }

  /**
   * Plays from the next round, which may start at once, if {@code canTrain}; otherwise stays paused
   * and says that nothing can. Whether it plays.
   */
  public boolean play(boolean canTrain) {
    if (!canTrain) {
      playing = false;
      tell.accept(Notice.Level.WARNING,
          "Nothing to train: every run diverged or finished. Reset to start again.");
      return false;
    }
    set(true);
    tell.accept(Notice.Level.INFO, trainingAt());
    return true;
  }

  /** Stops playing and says so: "Paused: " and {@code what} (usually {@link #KEPT}). */
  public void pause(String what) {
    playing = false;
    tell.accept(Notice.Level.INFO, "Paused: " + what);
  }

  /**
   * Stops playing and takes one step; when it succeeded, says {@code done} (a sentence), after
   * "Paused:" if the session was playing.
   */
  public void step(BooleanSupplier oneStep, String done) {
    boolean was = playing;
    playing = false;
    if (oneStep.getAsBoolean()) {
      tell.accept(Notice.Level.INFO, (was ? "Paused: " + Character.toLowerCase(done.charAt(0))
          + done.substring(1) : done) + " Play continues.");
    }
  }

  /** Trains at {@code next} from now on, the next round at once; says so when playing. */
  public void setPace(Pace next) {
    rounds.set(next);
    if (playing) {
      tell.accept(Notice.Level.INFO, trainingAt());
    }
  }

  /**
   * Plays, the next round at once, or stops playing, saying nothing: for a caller whose own notice
   * says why (a run made ready, a run that stopped).
   */
  public void set(boolean play) {
    playing = play;
    rounds.restart();
  }

  /** Whether a round is due at {@code now}: playing, and at a slow pace its interval passed. */
  public boolean roundDue(long now) {
    return playing && rounds.start(now);
  }

  /** "Training at (pace)." */
  public String trainingAt() {
    return "Training at " + rounds.pace().displayName() + ".";
  }
}
