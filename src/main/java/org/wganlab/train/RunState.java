package org.wganlab.train;

import java.util.List;
import org.wganlab.data.Rng;
import org.wganlab.data.SamplerState;
import org.wganlab.metrics.ModeWindow;
import org.wganlab.nn.NetworkState;

/**
 * Everything a run needs to go on exactly where it stood: its networks and optimisers, its method's
 * own state, its counters and last losses, its curves, and where each of its random streams stands.
 * A trainer made afresh from the same config and restored from it draws, trains and logs exactly
 * what the run would have. Arrays are owned by the state once made.
 *
 * @param iteration generator iterations done
 * @param criticSteps critic steps done
 * @param stepsIntoIteration critic steps of an iteration a stop left unfinished
 * @param trainingNanos training wall time so far
 * @param critic the critic and its optimiser
 * @param generator the generator and its optimiser, or null with a fixed generator
 * @param method the Lipschitz method's own state (empty for most)
 * @param last the last losses and penalty points
 * @param problem why the run diverged, or empty
 * @param rows the curves logged so far
 * @param streams where the random streams stand
 * @param modeSamples the mode-count window's samples (empty without modes)
 */
public record RunState(int iteration, int criticSteps, int stepsIntoIteration, long trainingNanos,
    NetworkState critic, NetworkState generator, float[] method, Last last, String problem,
    List<MetricsRow> rows, Streams streams, List<ModeWindow.Sample> modeSamples) {

  /** Freezes the lists and refuses negative counters. */
  public RunState {
    if (iteration < 0 || criticSteps < 0 || stepsIntoIteration < 0) {
      throw new IllegalArgumentException("a run's counters are at least 0");
    }
    rows = List.copyOf(rows);
    modeSamples = List.copyOf(modeSamples);
  }

  /**
   * The last step's numbers, shown until the next step.
   *
   * @param criticLoss last critic loss
   * @param generatorLoss last generator loss
   * @param penalty last penalty
   * @param penaltyPoints last penalty sample points, interleaved
   * @param penaltyNorms their gradient norms
   */
  public record Last(double criticLoss, double generatorLoss, double penalty,
      double[] penaltyPoints, double[] penaltyNorms) {
  }

  /**
   * The random streams of one purpose (training or measuring).
   *
   * @param real the real data sampler
   * @param fixedBase the sampler under a fixed generator's noise
   * @param noise the generator's (or the fixed generator's) noise
   */
  public record BatchStreams(SamplerState real, SamplerState fixedBase, Rng.State noise) {
  }

  /**
   * Every random stream of a run.
   *
   * @param training the training batches' streams
   * @param measuring the measurements' streams
   * @param penalty the penalty's sampling stream
   */
  public record Streams(BatchStreams training, BatchStreams measuring, Rng.State penalty) {
  }
}
