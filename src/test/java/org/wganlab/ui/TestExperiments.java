package org.wganlab.ui;

import java.util.List;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.metrics.GridSpec;
import org.wganlab.nn.Activation;
import org.wganlab.nn.OptimizerConfig;
import org.wganlab.nn.OptimizerKind;
import org.wganlab.nn.WeightInit;
import org.wganlab.train.EvaluationConfig;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.NetworkConfig;
import org.wganlab.train.RunConfig;
import org.wganlab.ui.model.DefaultExperiment;

/** Small, fast experiments for tests: tiny networks, batches and grids. */
public final class TestExperiments {
  private TestExperiments() {
  }

  /** Clipping, GP and W-div on 8 gaussians with 2 x 16 networks. */
  public static ExperimentConfig small() {
    return small(List.of(MethodKind.CLIP, MethodKind.GP, MethodKind.DIV));
  }

  /** One run per method with 2 x 16 networks, batch 32, a 24 x 24 grid and a row every 2 iterations. */
  public static ExperimentConfig small(List<MethodKind> methods) {
    NetworkConfig net = new NetworkConfig(2, 16, Activation.RELU, WeightInit.REFERENCE);
    return DefaultExperiment.of(methods).withNetworks(net, net).withTraining(32, 2, 0)
        .withEvaluation(new EvaluationConfig(new GridSpec(24, -3, 3), 2, 64, 64));
  }

  /** An unconstrained critic with a huge SGD step next to GP: the first run diverges within steps. */
  public static ExperimentConfig diverging() {
    ExperimentConfig base = small(List.of(MethodKind.NONE, MethodKind.GP));
    return base.withRuns(List.of(new RunConfig(new MethodConfig.Unconstrained(),
        new OptimizerConfig(OptimizerKind.SGD, 10.0, 0.5, 0.9)), base.runs().get(1)));
  }
}
