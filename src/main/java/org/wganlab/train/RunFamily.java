package org.wganlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.wganlab.data.Rng;
import org.wganlab.method.PenaltyTerm;

/**
 * What a network family (toy points, images) supplies to {@link RunSteps}, which trains the same way
 * for every family: the batches and noise of each step, the penalty's random stream, and the
 * measurements logged as rows. The toy family draws from streams carried along; the image family
 * draws from counter-based streams (the step counters are passed for it), so that a resumed run
 * draws what an uninterrupted one would have drawn.
 *
 * <p>Every method is called on the run's training thread, inside the step's workspace unless it says
 * otherwise; arrays returned are valid until the step ends.
 *
 * @param <R> the family's metrics row
 */
public interface RunFamily<R extends LoggedRow> {

  /** {@code n} real samples ({@code n x d}) for critic step {@code step} (counted from 0). */
  INDArray realBatch(long step, int n);

  /** {@code n} fake samples ({@code n x d}) for critic step {@code step}, made by the generator. */
  INDArray fakeBatch(long step, int n);

  /** {@code n} rows of generator noise for the generator step of iteration {@code iteration} + 1. */
  INDArray generatorNoise(int iteration, int n);

  /** The random stream the penalty draws its points from at critic step {@code step}. */
  Rng penaltyRandom(long step);

  /**
   * The critic's Wasserstein loss E[D(fake)] - E[D(real)] from its {@code values} at the fake rows
   * then the real rows and their loss {@code weights} (+1/n, then -1/n). By ND4J ops, so that it is
   * right on any backend; a family whose networks live in host memory may sum there instead.
   */
  default double wassersteinLoss(INDArray values, INDArray weights, int n) {
    return values.mul(weights).sumNumber().doubleValue();
  }

  /** Whether a row is due after iteration {@code iteration} (counted from 1). */
  boolean rowDue(int iteration);

  /**
   * Measures the networks for the row of iteration {@code iteration}: the held-out Wasserstein
   * estimate and whatever else the family logs, with the losses and time of {@code steps}.
   */
  R measure(int iteration, RunSteps<R> steps);

  /** What the held-out estimate is read on, for the message when it is not finite ("held-out points"). */
  String heldOutData();

  /** Called after each critic step with its penalty term; the family may keep what it measures later. */
  default void penaltyTaken(PenaltyTerm term) {
  }

  /** Called, outside any workspace, when iteration {@code iteration} (counted from 1) is complete. */
  default void iterationDone(int iteration) {
  }
}
