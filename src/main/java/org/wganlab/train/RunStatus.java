package org.wganlab.train;

/** Where a run is in its life. */
public enum RunStatus {
  /** Built, not started. */
  READY,
  /** Training. */
  RUNNING,
  /** Stopped by the user; can continue. */
  PAUSED,
  /** Reached its iteration budget. */
  FINISHED,
  /** Produced NaN or infinity; everything up to that point is kept. */
  DIVERGED
}
