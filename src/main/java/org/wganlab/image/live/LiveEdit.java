package org.wganlab.image.live;

import org.wganlab.image.ImageExperiment;
import org.wganlab.train.Command;
import org.wganlab.train.ConfigChange;
import org.wganlab.train.EvaluationConfig;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.NetworkConfig;
import org.wganlab.train.TrainingMode;

/**
 * A toy-mode {@link Command.Edit} applied to an image experiment, so that the image view proposes
 * the same edits the toy panels do (a method's parameters, a learning rate, n_critic) and one rule
 * decides them. The edit sees the image experiment's shared part (data, seed, schedule, runs) as a
 * toy config whose networks stand for the image networks; what it changes there must be what the toy
 * session applies live ({@link ConfigChange#needsReset}), and what comes back must be what an image
 * run takes live ({@link ImageExperiment#liveChangeRefusal}). Everything else is refused.
 */
final class LiveEdit {
  private LiveEdit() {
  }

  /**
   * {@code current} after {@code edit}.
   *
   * @throws IllegalArgumentException with the reason in words when the edit cannot apply live (or
   *     its own value is refused)
   */
  static ImageExperiment apply(ImageExperiment current, Command.Edit edit) {
    ExperimentConfig before = asToy(current);
    ExperimentConfig after = edit.change().apply(before);
    if (ConfigChange.needsReset(before, after) || after.iterations() != before.iterations()) {
      throw new IllegalArgumentException("an image run's data, networks, batch, seed and iterations"
          + " are fixed while it exists");
    }
    ImageExperiment next = current.withRuns(after.runs()).withSchedule(current.seed(),
        current.iterations(), current.batch(), after.criticIters(), current.logEvery());
    String refusal = current.liveChangeRefusal(next);
    if (refusal != null) {
      throw new IllegalArgumentException(refusal);
    }
    return next;
  }

  /** The shared part of {@code experiment} as a toy config (the networks stand for the images'). */
  private static ExperimentConfig asToy(ImageExperiment experiment) {
    return new ExperimentConfig(experiment.data(), TrainingMode.GAN,
        ExperimentConfig.REFERENCE_SIGMA, experiment.seed(), experiment.iterations(),
        experiment.batch(), experiment.criticIters(), NetworkConfig.REFERENCE,
        NetworkConfig.REFERENCE, experiment.runs(), EvaluationConfig.DEFAULT);
  }
}
