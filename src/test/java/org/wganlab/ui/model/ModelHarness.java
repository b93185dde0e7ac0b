package org.wganlab.ui.model;

import org.wganlab.train.DatasetResolver;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.SynchronousTrainingControl;
import org.wganlab.train.TrainingSession;

/**
 * An experiment model on a synchronous control: every command is applied before it returns, and
 * {@link #sync()} shows the session's answer, as the window's next frame would.
 */
final class ModelHarness implements AutoCloseable {
  final StatusModel status = new StatusModel();
  final ExperimentModel model;
  private SynchronousTrainingControl control;

  ModelHarness(ExperimentConfig config) throws Exception {
    this(config, DatasetResolver.standard());
  }

  ModelHarness(ExperimentConfig config, DatasetResolver resolver) throws Exception {
    model = new ExperimentModel(config, resolver, (c, data, sink, failure) -> {
      control = new SynchronousTrainingControl(new TrainingSession(c, data, 0L), sink);
      return control;
    }, status);
    sync();
  }

  /** Lets the model take the newest snapshot. */
  void sync() {
    model.pull();
  }

  /** Trains {@code rounds} rounds and lets the model take the newest snapshot. */
  void tick(int rounds) {
    control.tick(rounds);
    sync();
  }

  @Override
  public void close() {
    model.close();
  }
}
