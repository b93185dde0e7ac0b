package org.wganlab.train;

/**
 * How fast a playing session trains. At full speed the training thread runs iteration after
 * iteration; a slow pace is a rate the session keeps itself (one iteration of every run, then a fresh
 * measurement of each, every interval), so that a class can follow each move of the generator.
 */
public enum Pace {
  /** One iteration per second. */
  ONE_PER_SECOND("1 it/s", 1_000_000_000L),
  /** Five iterations per second. */
  FIVE_PER_SECOND("5 it/s", 200_000_000L),
  /** Twenty iterations per second (at most: each paced iteration also re-measures every run). */
  TWENTY_PER_SECOND("20 it/s", 50_000_000L),
  /** As fast as the machine trains. */
  FULL("full speed", 0L);

  private final String displayName;
  private final long intervalNanos;

  Pace(String displayName, long intervalNanos) {
    this.displayName = displayName;
    this.intervalNanos = intervalNanos;
  }

  /** The pace in words ("5 it/s"). */
  public String displayName() {
    return displayName;
  }

  /** Least time between the starts of two paced iterations; 0 at full speed. */
  public long intervalNanos() {
    return intervalNanos;
  }

  /** Whether this pace trains one measured iteration per interval. */
  public boolean paced() {
    return intervalNanos > 0;
  }

  @Override
  public String toString() {
    return displayName;
  }
}
