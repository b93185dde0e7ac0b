package org.wganlab.cli;

import org.wganlab.metrics.GridSpec;
import org.wganlab.nn.Activation;
import org.wganlab.nn.WeightInit;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.NetworkConfig;
import org.wganlab.train.TrainingMode;
import picocli.CommandLine.Option;

/**
 * The options of {@code train} and how they turn into an {@link ExperimentConfig}: reference defaults,
 * or a config file, with every option given on the command line laid over it (the options shared with
 * {@code image} are {@link ExperimentOptions}'). Values that are not given stay null so that a config
 * file's settings survive.
 */
final class TrainOptions extends ExperimentOptions {
  @Option(names = "--data", paramLabel = "NAME|FILE.csv",
      description = "8gaussians (default), 25gaussians, swissroll, ring, moons, checkerboard, or a CSV.")
  String data;
  @Option(names = "--fixed-generator", description = "Hold P_g = P_r + N(0, sigma^2 I); train the critic only.")
  boolean fixedGenerator;
  @Option(names = "--sigma", paramLabel = "SIGMA", description = "Noise of the fixed generator, up to 1e5 (default 1).")
  Double sigma;
  @Option(names = "--depth", paramLabel = "N", description = "Hidden layers of both networks, 1-12 (default 3).")
  Integer depth;
  @Option(names = "--width", paramLabel = "N", description = "Units per hidden layer (default 512).")
  Integer width;
  @Option(names = "--activation", paramLabel = "A", description = "relu (default), leakyrelu, tanh or softplus.")
  String activation;
  @Option(names = "--init", paramLabel = "I", description = "reference (default), he or glorot.")
  String init;
  @Option(names = "--grid", paramLabel = "N", description = "Surface resolution (default 128).")
  Integer grid;
  @Option(names = "--range", paramLabel = "R", description = "Surface over [-R, R]^2, R up to 1e6 (default 3;"
      + " a CSV that lies outside or fills a speck of it gets a view around its points).")
  Double range;

  /**
   * The experiment these options describe; IllegalArgumentException names what is wrong. Method
   * settings are checked even when no run uses them, so that a typo never passes silently.
   */
  ExperimentConfig toConfig(ExperimentConfig base) {
    // The mode first, so that the methods chosen and the lambda given are laid over its penalties.
    ExperimentConfig moded = fixedGenerator ? base.inMode(TrainingMode.FIXED_GENERATOR) : base;
    ExperimentConfig c = overlay(moded, moded::referenceRun);
    if (data != null) {
      c = c.withData(data);
    }
    if (sigma != null) {
      c = new ExperimentConfig(c.data(), c.mode(), sigma, c.seed(), c.iterations(), c.batch(),
          c.criticIters(), c.critic(), c.generator(), c.runs(), c.evaluation());
    }
    c = c.withNetworks(network(c.critic()), network(c.generator()));
    GridSpec g = c.evaluation().grid();
    int resolution = or(grid, g.resolution());
    GridSpec nextGrid = range != null ? new GridSpec(resolution, -range, range)
        : g.withResolution(resolution);
    return c.withEvaluation(c.evaluation().withGrid(nextGrid));
  }
  private NetworkConfig network(NetworkConfig n) {
    return new NetworkConfig(or(depth, n.depth()), or(width, n.width()),
        activation != null ? Activation.parse(activation) : n.activation(),
        init != null ? WeightInit.parse(init) : n.init());
  }
}
