package org.wganlab.ui.model;

import java.util.function.Consumer;
import org.wganlab.nn.backend.NativeThreads;
import org.wganlab.data.DataFormatException;
import org.wganlab.train.DatasetResolver;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.ExperimentSnapshot;
import org.wganlab.train.TrainingControl;
import org.wganlab.train.TrainingLoop;
import org.wganlab.train.TrainingSession;

/**
 * Starts the training session of a window's experiment under a {@link TrainingControl}: on a
 * background thread in the app ({@link #background}), on the caller's thread in tests.
 */
@FunctionalInterface
public interface TrainingStarter {

  /**
   * A control training {@code config}, resolving its data with {@code data}, that publishes
   * snapshots to {@code sink} and an unexpected error to {@code onFailure}.
   *
   * @throws DataFormatException when the config's data cannot be read
   */
  TrainingControl start(ExperimentConfig config, DatasetResolver data,
      Consumer<ExperimentSnapshot> sink, Consumer<Throwable> onFailure) throws DataFormatException;

  /**
   * The app's: one training thread of lowered priority (so that drawing wins the CPU whenever it
   * needs it), re-measuring each run every {@code evaluationNanos} while playing.
   */
  static TrainingStarter background(long evaluationNanos) {
    return (config, data, sink, onFailure) -> new TrainingLoop<>(
        new TrainingSession(config, data, evaluationNanos), sink, onFailure,
        NativeThreads::lowerCurrentThreadPriority);
  }
}
