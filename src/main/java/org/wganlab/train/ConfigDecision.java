package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;

/**
 * How a session decides on proposed changes of its config: live when only settings that change live
 * differ, with new networks when nothing has trained yet (they lose nothing), and otherwise kept as the
 * pending change until a reset; and never into more memory than the process has, unless it needs
 * no more than before. Adding and removing runs keep the other runs as they are. Every decision is
 * told in the session's notice.
 */
final class ConfigDecision {
  private ConfigDecision() {
  }

  /** Applies {@code edit} to the config being edited and decides what becomes of the result. */
  static void edit(TrainingSession session, Command.Edit edit) {
    ExperimentConfig base = editing(session);
    ExperimentConfig next;
    try {
      next = edit.change().apply(base);
    } catch (IllegalArgumentException e) {
      session.tell(Notice.Level.ERROR, "Not applied: " + e.getMessage());
      return;
    }
    if (next.equals(base)) {
      return;
    }
    String tooLarge = MemoryEstimate.growthRefusal(base, next);
    if (tooLarge != null) {
      session.tell(Notice.Level.ERROR, "Not applied: " + edit.what() + ": " + tooLarge + ".");
      return;
    }
    decide(session, next, edit.what());
  }

  private static ExperimentConfig editing(TrainingSession session) {
    return session.pending() != null ? session.pending() : session.config();
  }

  private static void decide(TrainingSession session, ExperimentConfig next, String what) {
    ExperimentConfig current = session.config();
    if (!ConfigChange.needsReset(current, next)) {
      // Also when a pending change was taken back to what the networks can take live.
      boolean hadPending = session.pending() != null;
      session.runs().reconfigure(next);
      session.setConfig(next);
      session.setPending(null);
      session.tell(Notice.Level.INFO, what + ": applied to the running networks"
          + (hadPending ? "; nothing waits for a reset any more." : "."));
      return;
    }
    if (!session.playing() && session.runs().nothingTrained()) {
      session.replace(next, what + ": applied with new networks (nothing had trained yet).");
      return;
    }
    session.setPending(next);
    session.tell(Notice.Level.WARNING, what + " needs new networks: press Reset to apply, or Discard.");
  }

  /**
   * Throws the runs away for new ones of {@code next} (a loaded config, a preset), checked as an edit
   * is: no more panels than the session shows, and no more memory than the process has unless it
   * needs no more than the config in force.
   */
  static void load(TrainingSession session, ExperimentConfig next) {
    if (next.runs().size() > TrainingSession.MAX_PANELS) {
      session.tell(Notice.Level.ERROR, "Not loaded: it has " + next.runs().size()
          + " runs, and at most " + TrainingSession.MAX_PANELS + " panels train side by side.");
      return;
    }
    String tooLarge = MemoryEstimate.growthRefusal(session.config(), next);
    if (tooLarge != null) {
      session.tell(Notice.Level.ERROR, "Not loaded: " + tooLarge + ".");
      return;
    }
    session.replace(next, null);
  }

  /** Adds a run beside the others, or to the pending change when there is one. */
  static void addRun(TrainingSession session, Command.AddRun add) {
    List<RunConfig> runs = new ArrayList<>(editing(session).runs());
    if (runs.size() >= TrainingSession.MAX_PANELS) {
      session.tell(Notice.Level.WARNING, "At most " + TrainingSession.MAX_PANELS + " panels.");
      return;
    }
    runs.add(add.run());
    ExperimentConfig next = editing(session).withRuns(runs);
    String tooLarge = MemoryEstimate.growthRefusal(editing(session), next);
    if (tooLarge != null) {
      session.tell(Notice.Level.ERROR, "No panel added: " + tooLarge + ".");
      return;
    }
    if (session.pending() != null) {
      decide(session, next, "Adding a panel");
      return;
    }
    RunSet set = session.runs();
    if (add.copyOf() >= set.size()) {
      session.tell(Notice.Level.ERROR, "There is no panel " + (add.copyOf() + 1) + " to copy.");
      return;
    }
    set.add(next, session.dataset(), add.copyOf());
    session.setConfig(next);
    String name = "Panel " + runs.size() + " added: " + add.run().method().label();
    session.tell(Notice.Level.INFO, add.copyOf() < 0
        ? name + " starts fresh at iteration 0; the other panels keep their runs."
        : name + " goes on from a copy of panel " + (add.copyOf() + 1) + "'s networks at iteration "
            + set.trainer(set.size() - 1).iteration() + " (with a fresh optimiser).");
  }

  /** Removes run {@code index} and keeps the others, or removes it from the pending change. */
  static void removeRun(TrainingSession session, int index) {
    List<RunConfig> runs = new ArrayList<>(editing(session).runs());
    if (index < 0 || index >= runs.size()) {
      session.tell(Notice.Level.ERROR, "There is no panel " + (index + 1) + " to remove.");
      return;
    }
    if (runs.size() == 1) {
      session.tell(Notice.Level.WARNING, "The last panel stays.");
      return;
    }
    runs.remove(index);
    ExperimentConfig next = editing(session).withRuns(runs);
    if (session.pending() != null) {
      decide(session, next, "Removing panel " + (index + 1));
      return;
    }
    session.runs().remove(index);
    session.setConfig(next);
    session.tell(Notice.Level.INFO, "Panel " + (index + 1)
        + " removed; the other panels keep their runs.");
  }
}
