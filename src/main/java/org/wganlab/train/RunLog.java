package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.nn.Network;

/**
 * What a run has logged: its rows, with an immutable copy for snapshots that is remade only when the
 * rows changed (snapshots are taken far more often than rows are logged), and the first non-finite
 * loss, which ends the run; on request also the networks as they were at the last logged row.
 *
 * @param <R> the family's metrics row
 */
final class RunLog<R extends LoggedRow> {
  private final List<R> rows = new ArrayList<>();
  private List<R> frozen = List.of();
  private boolean changed;
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
  void add(R row, Network critic, Network generator) {
    rows.add(row);
    changed = true;
    if (lastGood != null) {
      lastGood.update(critic, generator, row.iteration());
    }
  }

  /**
   * Replaces the last row by one with more measurements of the same iteration.
   *
   * @throws IllegalStateException when no row was logged at that iteration
   */
  void replaceLast(R row) {
    if (rows.isEmpty() || rows.get(rows.size() - 1).iteration() != row.iteration()) {
      throw new IllegalStateException("no row was logged at iteration " + row.iteration());
    }
    rows.set(rows.size() - 1, row);
    changed = true;
  }

  /** The last row, or null before the first. */
  R last() {
    return rows.isEmpty() ? null : rows.get(rows.size() - 1);
  }

  /** From now on keeps the networks of every logged row (in one copy): the last good state. */
  void keepLastGoodState(Network critic, Network generator, int iteration) {
    lastGood = new LastGoodState(critic, generator, iteration);
  }

  /** The last good state, or null when none is kept. */
  LastGoodState lastGoodState() {
    return lastGood;
  }

  /** Replaces the rows by {@code earlier} (those of a run this one goes on from). */
  void restore(List<R> earlier) {
    rows.clear();
    rows.addAll(earlier);
    changed = true;
  }

  /** Takes a saved run's divergence (empty when it had none) as this log's own. */
  void restoreProblem(String saved) {
    problem = saved;
  }

  /** The rows so far, immutable. */
  List<R> rows() {
    if (changed) {
      frozen = List.copyOf(rows);
      changed = false;
    }
    return frozen;
  }
}
