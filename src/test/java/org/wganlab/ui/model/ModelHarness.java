package org.wganlab.ui.model;

import org.wganlab.train.DatasetResolver;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.SynchronousTrainingControl;
import org.wganlab.train.TrainingSession;

/** An experiment model on a synchronous control: every command and tick completes before returning. */
final class ModelHarness implements AutoCloseable {
  final StatusModel status = new StatusModel();
  final ExperimentModel model;
  private SynchronousTrainingControl control;

  ModelHarness(ExperimentConfig config) throws Exception {
    this(config, DatasetResolver.standard());
  }

  ModelHarness(ExperimentConfig config, DatasetResolver resolver) throws Exception {
    model = new ExperimentModel(config, (c, sink, failure) -> {
      control = new SynchronousTrainingControl(new TrainingSession(c, resolver, 0L), sink);
      return control;
    }, status);
    model.pull(0);
  }

  /** Trains {@code rounds} rounds and lets the model take the newest snapshot. */
  void tick(int rounds) {
    control.tick(rounds);
    model.pull(System.nanoTime());
  }

  @Override
  public void close() {
    model.close();
  }
}
