package org.wganlab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * Applies an ND4J updater to one network: turns its accumulated gradient into an update in place and
 * subtracts it from the parameters. The learning rate can change between steps without losing the
 * optimiser's moment estimates.
 */
public final class Optimizer {
  /** RMSProp's running-average decay, as in TensorFlow's RMSPropOptimizer used by the reference code. */
  static final double RMS_DECAY = 0.9;
  private static final double EPSILON = 1e-8;

  private final Network network;
  private final INDArray state;
  private OptimizerConfig config;
  private GradientUpdater<?> updater;
  private int steps;

  /** An optimiser with fresh state for {@code network}. */
  public Optimizer(Network network, OptimizerConfig config) {
    this.network = network;
    this.config = config;
    IUpdater prototype = updaterFor(config);
    long size = prototype.stateSize(network.parameters().length());
    this.state = size == 0 ? null : Workspaces.outside(
        () -> Nd4j.create(network.dataType(), 1, size));
    this.updater = Workspaces.outside(() -> prototype.instantiate(state, true));
  }

  private static IUpdater updaterFor(OptimizerConfig config) {
    return switch (config.kind()) {
      case ADAM -> new Adam(config.learningRate(), config.beta1(), config.beta2(), EPSILON);
      case RMSPROP -> new RmsProp(config.learningRate(), RMS_DECAY, EPSILON);
      case SGD -> new Sgd(config.learningRate());
    };
  }

  /** Current settings. */
  public OptimizerConfig config() {
    return config;
  }

  /** Number of steps taken so far. */
  public int steps() {
    return steps;
  }

  /**
   * This optimiser with new settings. A new learning rate keeps the moment estimates (this object is
   * updated and returned); another kind or other betas give a fresh optimiser, since the old state
   * means nothing to the new rule.
   */
  public Optimizer withConfig(OptimizerConfig next) {
    if (next.equals(config)) {
      return this;
    }
    if (next.kind() != config.kind() || next.beta1() != config.beta1()
        || next.beta2() != config.beta2()) {
      return new Optimizer(network, next);
    }
    IUpdater prototype = updaterFor(next);
    config = next;
    updater = Workspaces.outside(() -> prototype.instantiate(state, false));
    return this;
  }

  /**
   * A copy of the optimiser's state (Adam's moment estimates, RMSProp's running average; empty for
   * SGD), for checkpoints. With {@link #steps()} it is all {@link #restore} needs.
   */
  public float[] stateValues() {
    return state == null ? new float[0] : state.toFloatVector();
  }

  /** Puts back a state and step count taken by {@link #stateValues()} from the same kind of optimiser. */
  public void restore(float[] values, int stepCount) {
    long expected = state == null ? 0 : state.length();
    if (values.length != expected || stepCount < 0) {
      throw new IllegalArgumentException("optimizer state of " + values.length + " values and "
          + stepCount + " steps does not fit " + config.kind().cliName() + " with " + expected);
    }
    if (state != null) {
      state.assign(Nd4j.create(values, new long[] {1, values.length}, 'c'));
    }
    steps = stepCount;
  }

  /** One step: params -= update(gradient). The gradient array is overwritten with the update. */
  public void step() {
    INDArray gradient = network.gradient();
    updater.applyUpdater(gradient, steps, 0);
    network.parameters().subi(gradient);
    steps++;
  }
}
