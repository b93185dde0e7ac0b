package org.wganlab.metrics.image;

/**
 * Hears how far the one-off preparation of a quality meter has got: training the classifier takes
 * minutes the first time, so a user interface should say what it is waiting for. Called on the thread
 * that prepares the meter.
 */
@FunctionalInterface
public interface QualityProgress {

  /** Ignores every report. */
  QualityProgress NONE = (stage, fraction) -> { };

  /**
   * {@code stage} (a short phrase such as "training the classifier") is {@code fraction} done, from 0
   * to 1.
   */
  void report(String stage, double fraction);
}
