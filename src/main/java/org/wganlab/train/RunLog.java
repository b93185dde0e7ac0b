package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run has logged: its rows, with an immutable copy for snapshots that is remade only when a row
 * was added (snapshots are taken far more often than rows are logged), and the first non-finite loss,
 * which ends the run.
 */
final class RunLog {
  private final List<MetricsRow> rows = new ArrayList<>();
  private List<MetricsRow> frozen = List.of();
  private String problem = "";

  /** Whether a loss became NaN or infinite. */
  boolean diverged() {
    return !problem.isEmpty();
  }

  /** Why the run diverged, or empty. */
  String problem() {
    return problem;
  }

  /**
   * Checks a loss {@code what} of the step {@code where} of iteration {@code iteration} (counted from
   * 1); the first one that is not finite is the run's problem.
   */
  void checkFinite(String what, double value, int iteration, String where) {
    if (!Double.isFinite(value) && !diverged()) {
      problem = what + " became " + (Double.isNaN(value) ? "NaN" : "infinite") + " at iteration "
          + iteration + " (" + where + ")";
    }
  }

  void add(MetricsRow row) {
    rows.add(row);
  }

  /** Appends every row of {@code earlier} (a run this one goes on from). */
  void addAll(RunLog earlier) {
    rows.addAll(earlier.rows);
  }

  /** The rows so far, immutable. */
  List<MetricsRow> rows() {
    if (frozen.size() != rows.size()) {
      frozen = List.copyOf(rows);
    }
    return frozen;
  }
}
