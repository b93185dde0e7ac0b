package org.wganlab.ui.model;

/**
 * How fast Play trains. Full speed lets the training thread run freely; the slow speeds step one
 * iteration at a time so that a class can follow each generator move.
 */
public enum Speed {
  /** One iteration per second. */
  ONE_PER_SECOND("1 it/s", 1_000_000_000L),
  /** Five iterations per second. */
  FIVE_PER_SECOND("5 it/s", 200_000_000L),
  /** Twenty iterations per second (at most: each step also re-measures every run). */
  TWENTY_PER_SECOND("20 it/s", 50_000_000L),
  /** As fast as the machine trains. */
  FULL("full speed", 0L);

  private final String displayName;
  private final long intervalNanos;

  Speed(String displayName, long intervalNanos) {
    this.displayName = displayName;
    this.intervalNanos = intervalNanos;
  }

  /** Name in the speed menu. */
  public String displayName() {
    return displayName;
  }

  /** Least time between two single steps; 0 for free-running training. */
  public long intervalNanos() {
    return intervalNanos;
  }

  /** Whether this speed steps iteration by iteration. */
  public boolean stepped() {
    return intervalNanos > 0;
  }

  @Override
  public String toString() {
    return displayName;
  }
}
