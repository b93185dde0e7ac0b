package org.wganlab.train;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What a user can ask of a training session. Commands are applied in order on the training thread;
 * the session decides what each one does to its runs and says so in its next snapshot (see
 * {@link ExperimentSnapshot#notice()}).
 */
public sealed interface Command {

  /** Hands this command to the one {@code handler} method made for it. */
  void dispatchTo(Handler handler);

  /**
   * What takes commands: one method per command, so that a new command cannot be forgotten (its
   * record must dispatch to a method every handler then has to implement).
   */
  interface Handler {
    /** {@link Play}. */
    void play();

    /** {@link Pause}. */
    void pause();

    /** {@link Step}. */
    void step(StepKind kind);

    /** {@link SetPace}. */
    void setPace(Pace pace);

    /** {@link Replace}. */
    void replace(ExperimentConfig config);

    /** {@link Reset}. */
    void reset();

    /** {@link Edit}. */
    void edit(Edit edit);

    /** {@link DiscardPending}. */
    void discardPending();

    /** {@link AddRun}. */
    void addRun(AddRun add);

    /** {@link RemoveRun}. */
    void removeRun(int index);

    /** {@link Evaluate}. */
    void evaluate(EvaluationRequest request);

    /** {@link Capture}. */
    void capture(Consumer<SessionState> receiver);

    /** {@link Restore}. */
    void restore(SessionState state, String source);

    /** {@link Walk}. */
    void walk(LatentWalk walk);
  }

  /** Start or continue training, at the session's pace. */
  record Play() implements Command {
    @Override
    public void dispatchTo(Handler handler) {
      handler.play();
    }
  }

  /** Stop training after the current iteration; everything is kept. */
  record Pause() implements Command {
    @Override
    public void dispatchTo(Handler handler) {
      handler.pause();
    }
  }

  /** Pause and do one step of each run. */
  record Step(StepKind kind) implements Command {
    @Override
    public void dispatchTo(Handler handler) {
      handler.step(kind);
    }
  }

  /** Train at this pace from now on (and when next played). */
  record SetPace(Pace pace) implements Command {
    @Override
    public void dispatchTo(Handler handler) {
      handler.setPace(pace);
    }
  }

  /**
   * Throw the runs and any pending change away and build new runs from {@code config} (paused, at
   * iteration 0): a loaded config, a preset.
   */
  record Replace(ExperimentConfig config) implements Command {
    @Override
    public void dispatchTo(Handler handler) {
      handler.replace(config);
    }
  }

  /** New networks for every run, from the pending change if there is one, else from the config. */
  record Reset() implements Command {
    @Override
    public void dispatchTo(Handler handler) {
      handler.reset();
    }
  }

  /**
   * A proposed change of the config being edited (the pending change if there is one, else the
   * config in force). The session applies it to the running networks when it can, with new networks
   * when nothing has trained yet, and otherwise keeps it pending until a {@link Reset}; a change that
   * throws {@link IllegalArgumentException} is refused with the exception's message.
   *
   * @param what the change in words, for the answer ("Width 128")
   * @param change the change, a pure function of the config it is applied to
   */
  record Edit(String what, UnaryOperator<ExperimentConfig> change) implements Command {
    @Override
    public void dispatchTo(Handler handler) {
      handler.edit(this);
    }
  }

  /** Forget the pending change. */
  record DiscardPending() implements Command {
    @Override
    public void dispatchTo(Handler handler) {
      handler.discardPending();
    }
  }

  /**
   * Add a run to the end; the other runs keep their networks, iterations and curves, and keep
   * training if they were. With a change pending, the run joins that change instead.
   *
   * @param run the new run's method and optimiser
   * @param copyOf the run whose networks, iteration and curves the new run starts from (its
   *     optimiser starts afresh), or -1 for new networks at iteration 0
   */
  record AddRun(RunConfig run, int copyOf) implements Command {
    @Override
    public void dispatchTo(Handler handler) {
      handler.addRun(this);
    }
    /** A run with new networks at iteration 0. */
    public AddRun(RunConfig run) {
      this(run, -1);
    }
  }

  /**
   * Remove run {@code index}; the other runs keep everything and keep training if they were. With a
   * change pending, the removal joins that change instead.
   */
  record RemoveRun(int index) implements Command {
    @Override
    public void dispatchTo(Handler handler) {
      handler.removeRun(index);
    }
  }

  /** Measure every run now, with these measurements, and publish. */
  record Evaluate(EvaluationRequest request) implements Command {
    @Override
    public void dispatchTo(Handler handler) {
      handler.evaluate(request);
    }
  }

  /**
   * Hand the session's trained state (the config in force and every run's state, a pending change
   * left out) to {@code receiver}, on the training thread and between rounds, so that the state is
   * whole. The receiver must return at once (it hands the state on to be written).
   */
  record Capture(Consumer<SessionState> receiver) implements Command {
    @Override
    public void dispatchTo(Handler handler) {
      handler.capture(receiver);
    }
  }

  /**
   * Throw the runs and any pending change away and go on from {@code state} instead, paused at its
   * iterations; a state that does not fit its own config is refused and everything is kept.
   *
   * @param state the state to go on from
   * @param source where it came from, for the answer (a file name)
   */
  record Restore(SessionState state, String source) implements Command {
    @Override
    public void dispatchTo(Handler handler) {
      handler.restore(state, source);
    }
  }

  /**
   * Draw every run's generator along {@code walk}, from now on (null: no longer). Only the newest
   * walk matters: a session records it here and draws it once per round, so that a dragged slider's
   * many walks coalesce.
   */
  record Walk(LatentWalk walk) implements Command {
    @Override
    public void dispatchTo(Handler handler) {
      handler.walk(walk);
    }
  }
}
