package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.nn.Mlp;

/**
 * What a run has logged: its rows, with an immutable copy for snapshots that is remade only when a row
 * was added (snapshots are taken far more often than rows are logged), and the first non-finite loss,
 * which ends the run; on request also the networks as they were at the last logged row.
 */
final class RunLog {
  private final List<MetricsRow> rows = new ArrayList<>();
  private List<MetricsRow> frozen = List.of();
  private String problem = "";
  /** Kept only when asked: the command line draws it after a divergence. */
  private LastGoodState lastGood;

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

  /** Logs {@code row}, measured of these networks, which become the last good state if one is kept. */
  void add(MetricsRow row, Mlp critic, Mlp generator) {
    rows.add(row);
    if (lastGood != null) {
      lastGood.update(critic, generator, row.iteration());
    }
  }

  /** From now on keeps the networks of every logged row (in one copy): the last good state. */
  void keepLastGoodState(Mlp critic, Mlp generator, int iteration) {
    lastGood = new LastGoodState(critic, generator, iteration);
  }

  /** The last good state, or null when none is kept. */
  LastGoodState lastGoodState() {
    return lastGood;
  }

  /** Replaces an empty log's rows and problem with saved ones. */
  void restore(List<MetricsRow> saved, String savedProblem) {
    rows.clear();
    rows.addAll(saved);
    problem = savedProblem;
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
