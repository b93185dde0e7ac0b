package org.wganlab.train;

/**
 * A session's pace and when its next paced round may start: at full speed every round may, at a slow
 * pace one per interval, counted from the start of the last. Shared by the toy and the image session.
 */
public final class PacedRounds {
  private Pace pace = Pace.FULL;
  private long lastStart;

  /** The pace. */
  public Pace pace() {
    return pace;
  }

  /** Trains at {@code next} from now on; the next round may start at once. */
  public void set(Pace next) {
    pace = next;
    restart();
  }

  /** The next round may start at once (after Play). */
  public void restart() {
    lastStart = 0;
  }

  /** How long until a paced round is due (0 when it is, or at full speed). */
  public long nanosUntilDue(long now) {
    return pace.paced() ? Math.max(0, lastStart + pace.intervalNanos() - now) : 0;
  }

  /** Whether a round may start at {@code now}; a paced one is then counted as started. */
  public boolean start(long now) {
    if (!pace.paced()) {
      return true;
    }
    if (nanosUntilDue(now) > 0) {
      return false;
    }
    lastStart = now;
    return true;
  }
}
