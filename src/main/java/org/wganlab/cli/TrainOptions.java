package org.wganlab.cli;

import java.nio.file.Path;
import org.wganlab.metrics.GridSpec;
import org.wganlab.nn.Activation;
import org.wganlab.nn.WeightInit;
import org.wganlab.train.EvaluationConfig;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.NetworkConfig;
import org.wganlab.train.RunConfig;
import org.wganlab.train.TrainingMode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code train} and how they turn into an {@link ExperimentConfig}: reference defaults,
 * or a config file, with every option given on the command line laid over it. Values that are not
 * given stay null so that a config file's settings survive.
 */
final class TrainOptions {
  @Option(names = "--config", paramLabel = "FILE", description = "Start from this config.json.")
  Path config;
  @Option(names = "--data", paramLabel = "NAME|FILE.csv",
      description = "8gaussians (default), 25gaussians, swissroll, ring, moons, checkerboard, or a CSV.")
  String data;
  @Option(names = "--iterations", paramLabel = "N", description = "Generator iterations (default 1000).")
  Integer iterations;
  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1).")
  Long seed;
  @Option(names = "--fixed-generator", description = "Hold P_g = P_r + N(0, sigma^2 I); train the critic only.")
  boolean fixedGenerator;
  @Option(names = "--sigma", paramLabel = "SIGMA", description = "Noise of the fixed generator, up to 1e5 (default 1).")
  Double sigma;
  @Mixin
  MethodOptions method;
  @Option(names = "--depth", paramLabel = "N", description = "Hidden layers of both networks, 1-12 (default 3).")
  Integer depth;
  @Option(names = "--width", paramLabel = "N", description = "Units per hidden layer (default 512).")
  Integer width;
  @Option(names = "--activation", paramLabel = "A", description = "relu (default), leakyrelu, tanh or softplus.")
  String activation;
  @Option(names = "--init", paramLabel = "I", description = "reference (default), he or glorot.")
  String init;
  @Option(names = "--critic-iters", paramLabel = "N", description = "Critic steps per generator step (default 5).")
  Integer criticIters;
  @Option(names = "--batch", paramLabel = "N", description = "Batch size (default 256).")
  Integer batch;
  @Option(names = "--grid", paramLabel = "N", description = "Surface resolution (default 128).")
  Integer grid;
  @Option(names = "--range", paramLabel = "R", description = "Surface over [-R, R]^2, R up to 1e6 (default 3;"
      + " a CSV that lies outside or fills a speck of it gets a view around its points).")
  Double range;
  @Option(names = "--log-every", paramLabel = "N", description = "A metrics row every N iterations (default 100).")
  Integer logEvery;

  /**
   * The experiment these options describe; IllegalArgumentException names what is wrong. Method
   * settings are checked even when no run uses them, so that a typo never passes silently.
   */
  ExperimentConfig toConfig(ExperimentConfig base) {
    method.checkSettings();
    ExperimentConfig c = base;
    if (data != null) {
      c = c.withData(data);
    }
    if (method.methods != null) {
      c = c.withRuns(method.methodKinds().stream().map(RunConfig::reference).toList());
    }
    c = c.withRuns(c.runs().stream().map(method::overlay).toList());
    if (fixedGenerator) {
      c = c.withMode(TrainingMode.FIXED_GENERATOR);
    }
    if (sigma != null) {
      c = new ExperimentConfig(c.data(), c.mode(), sigma, c.seed(), c.iterations(), c.batch(),
          c.criticIters(), c.critic(), c.generator(), c.runs(), c.evaluation());
    }
    if (seed != null) {
      c = c.withSeed(seed);
    }
    c = c.withTraining(or(batch, c.batch()), or(criticIters, c.criticIters()),
        or(iterations, c.iterations()));
    c = c.withNetworks(network(c.critic()), network(c.generator()));
    GridSpec g = c.evaluation().grid();
    int resolution = or(grid, g.resolution());
    GridSpec nextGrid = range != null ? new GridSpec(resolution, -range, range)
        : g.withResolution(resolution);
    EvaluationConfig e = c.evaluation().withGrid(nextGrid).withLogEvery(or(logEvery,
        c.evaluation().logEvery()));
    return c.withEvaluation(e);
  }

  /** {@code value}, or {@code fallback} when the option was not given. */
  static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }


  private NetworkConfig network(NetworkConfig n) {
    return new NetworkConfig(or(depth, n.depth()), or(width, n.width()),
        activation != null ? Activation.parse(activation) : n.activation(),
        init != null ? WeightInit.parse(init) : n.init());
  }

}
