package org.wganlab.train;

/**
 * How a user interface drives training: it submits commands and receives
 * {@link ExperimentSnapshot}s through the sink it gave when the control was made. Implementations
 * decide on which thread the work happens: {@link TrainingLoop} on its own thread, the synchronous
 * {@link SynchronousTrainingControl} on the caller's (for tests).
 */
public interface TrainingControl extends AutoCloseable {

  /** Queues a command; never blocks on training. */
  void submit(Command command);

  /** Stops training and releases the thread, if any; waits for the current step to end. */
  @Override
  void close();
}
