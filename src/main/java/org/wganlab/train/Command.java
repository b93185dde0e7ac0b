package org.wganlab.train;

/**
 * What a user can ask of a training session. Commands are applied in order on the training thread.
 */
public sealed interface Command {

  /** Start or continue training. */
  record Play() implements Command {
  }

  /** Stop training after the current iteration; everything is kept. */
  record Pause() implements Command {
  }

  /** Pause and do one step of each run. */
  record Step(StepKind kind) implements Command {
  }

  /** Throw the runs away and build new ones from {@code config} (paused, iteration 0). */
  record Reset(ExperimentConfig config) implements Command {
  }

  /**
   * Apply settings that change live (method parameters, optimisers, n_critic) to the running runs.
   * {@code config} must differ from the current one only in such settings; see
   * {@link ConfigChange#needsReset}.
   */
  record Apply(ExperimentConfig config) implements Command {
  }

  /**
   * Add a run with fresh networks at iteration 0 to the end; the other runs keep their networks,
   * iterations and curves, and keep training if they were.
   */
  record AddRun(RunConfig run) implements Command {
  }

  /** Remove run {@code index}; the other runs keep everything and keep training if they were. */
  record RemoveRun(int index) implements Command {
  }

  /** Measure every run now, with these measurements, and publish. */
  record Evaluate(EvaluationRequest request) implements Command {
  }
}
