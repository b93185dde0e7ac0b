package org.wganlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.wganlab.nn.Network;
import org.wganlab.nn.Workspaces;

/**
 * A copy of a run's networks at its last logged iteration whose held-out estimate was finite, so that
 * a run that diverges later can still be drawn as it was before (its own networks then hold NaN). A
 * run added from a copy of another's networks is started from one too.
 * The copy is taken at logged rows only, every {@code logEvery} iterations, never on the training
 * steps' path; it lives beside the networks, in the same memory, and is overwritten in place.
 */
final class LastGoodState {
  private final INDArray critic;
  private final INDArray generator;
  private int iteration;

  /** The state of {@code critic} and {@code generator} (null with a fixed generator) now. */
  LastGoodState(Network critic, Network generator, int iteration) {
    this.critic = Workspaces.outside(() -> critic.parameters().dup());
    this.generator = generator == null ? null
        : Workspaces.outside(() -> generator.parameters().dup());
    this.iteration = iteration;
  }

  /** Replaces the copy with the networks' parameters at {@code at}. */
  void update(Network criticNow, Network generatorNow, int at) {
    critic.assign(criticNow.parameters());
    if (generator != null) {
      generator.assign(generatorNow.parameters());
    }
    iteration = at;
  }

  /** Writes the copy back into the networks. */
  void restoreInto(Network criticNow, Network generatorNow) {
    criticNow.parameters().assign(critic);
    if (generator != null) {
      generatorNow.parameters().assign(generator);
    }
  }

  /** The iteration the copy holds. */
  int iteration() {
    return iteration;
  }
}
