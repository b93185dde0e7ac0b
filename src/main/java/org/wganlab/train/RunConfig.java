package org.wganlab.train;

import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.nn.OptimizerConfig;

/**
 * One run of an experiment: a Lipschitz method and the optimiser both networks use with it.
 *
 * @param method the method and its parameters
 * @param optimizer optimiser of critic and generator
 */
public record RunConfig(MethodConfig method, OptimizerConfig optimizer) {

  /** Validates. */
  public RunConfig {
    if (method == null || optimizer == null) {
      throw new IllegalArgumentException("a run needs a method and an optimizer");
    }
  }

  /**
   * The reference setting of a method: clipping with RMSProp 5e-5 (WGAN), everything else with Adam
   * 1e-4 and betas (0.5, 0.9) (the WGAN-GP toy code).
   */
  public static RunConfig reference(MethodKind kind) {
    return new RunConfig(MethodConfig.defaults(kind), kind == MethodKind.CLIP
        ? OptimizerConfig.RMSPROP_REFERENCE : OptimizerConfig.ADAM_REFERENCE);
  }

  /** The same run with another method configuration. */
  public RunConfig withMethod(MethodConfig next) {
    return new RunConfig(next, optimizer);
  }

  /** The same run with another optimiser. */
  public RunConfig withOptimizer(OptimizerConfig next) {
    return new RunConfig(method, next);
  }

  /** c when the run clips its critic's weights (where their summary measures the pile-up), else NaN. */
  public double clipBound() {
    return method instanceof MethodConfig.Clipping clip ? clip.c() : Double.NaN;
  }
}
