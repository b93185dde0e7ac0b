package org.wganlab.figures;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.train.Evaluation;
import org.wganlab.train.ExperimentSnapshot;
import org.wganlab.train.MetricsRow;
import org.wganlab.train.RunConfig;
import org.wganlab.train.RunSnapshot;

/**
 * What live claims are measured on: the latest snapshot of a session, and what earlier snapshots
 * showed that the latest no longer carries (the last exact W1 measured, the first time all modes were
 * captured, the last few mode counts). Immutable: {@link #next} returns a new record. A run's memory
 * is forgotten when its settings change or its iteration goes back (new networks).
 */
public final class LiveRecord {
  /** Mode counts averaged: one GAN run's count jumps from one measurement to the next. */
  static final int RECENT_MODES = 10;
  /** Nothing seen yet. */
  public static final LiveRecord EMPTY = new LiveRecord(null, List.of());

  /**
   * What one run showed.
   *
   * @param run its settings when seen
   * @param iteration its iteration when last seen
   * @param exact its last evaluation with an exact W1, or null
   * @param bestModes the most modes captured in any measurement, or -1 without mode coverage
   * @param allModesAt the iteration all modes were first captured, or -1
   * @param allModesSeconds the training seconds logged by then, or NaN
   * @param recentModes modes captured in the last few measurements, oldest first
   * @param countedAt the iteration of the last measurement counted
   */
  record RunMemory(RunConfig run, int iteration, Evaluation exact, int bestModes, int allModesAt,
      double allModesSeconds, List<Integer> recentModes, int countedAt) {
    static RunMemory fresh(RunConfig run) {
      return new RunMemory(run, 0, null, -1, -1, Double.NaN, List.of(), -1);
    }

    RunMemory seeing(RunSnapshot s) {
      Evaluation e = s.evaluation();
      Evaluation lastExact = e != null && Double.isFinite(e.exactW1()) ? e : exact;
      if (e == null || e.modes() == null || e.iteration() == countedAt) {
        return new RunMemory(run, s.iteration(), lastExact, bestModes, allModesAt, allModesSeconds,
            recentModes, countedAt);
      }
      int modes = e.modes().modesCaptured();
      List<Integer> recent = new ArrayList<>(recentModes);
      recent.add(modes);
      if (recent.size() > RECENT_MODES) {
        recent.remove(0);
      }
      boolean firstAll = allModesAt < 0 && modes == e.modes().modeCount();
      List<MetricsRow> rows = s.rows();
      double seconds = rows.isEmpty() ? Double.NaN : rows.get(rows.size() - 1).seconds();
      return new RunMemory(run, s.iteration(), lastExact, Math.max(bestModes, modes),
          firstAll ? e.iteration() : allModesAt, firstAll ? seconds : allModesSeconds,
          List.copyOf(recent), e.iteration());
    }

    /** The mean of the recent mode counts, or NaN before the first. */
    double meanRecentModes() {
      return recentModes.stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
    }
  }

  private final ExperimentSnapshot latest;
  private final List<RunMemory> runs;

  private LiveRecord(ExperimentSnapshot latest, List<RunMemory> runs) {
    this.latest = latest;
    this.runs = List.copyOf(runs);
  }

  /** This record updated with {@code snapshot}. */
  public LiveRecord next(ExperimentSnapshot snapshot) {
    List<RunMemory> seen = new ArrayList<>();
    for (int i = 0; i < snapshot.runs().size(); i++) {
      RunSnapshot s = snapshot.runs().get(i);
      RunMemory before = i < runs.size() ? runs.get(i) : null;
      boolean same = before != null && before.run().equals(s.run())
          && s.iteration() >= before.iteration();
      seen.add((same ? before : RunMemory.fresh(s.run())).seeing(s));
    }
    return new LiveRecord(snapshot, seen);
  }

  /** The latest snapshot, or null before the first. */
  ExperimentSnapshot latest() {
    return latest;
  }

  /** What run {@code index} of the latest snapshot showed. */
  RunMemory memory(int index) {
    return runs.get(index);
  }
}
