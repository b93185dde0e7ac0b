package org.wganlab.train;

/**
 * What every family's metrics row holds, whatever else it measures: the iteration it was logged at
 * and the critic's Wasserstein estimate on held-out data, whose finiteness decides whether the
 * networks diverged.
 */
public interface LoggedRow {

  /** Generator iterations done when the row was logged. */
  int iteration();

  /** E_real[D] - E_fake[D] on held-out data. */
  double wassersteinEstimate();
}
