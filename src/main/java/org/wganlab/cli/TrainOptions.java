package org.wganlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.method.PenaltySamples;
import org.wganlab.metrics.GridSpec;
import org.wganlab.nn.Activation;
import org.wganlab.nn.OptimizerConfig;
import org.wganlab.nn.OptimizerKind;
import org.wganlab.nn.WeightInit;
import org.wganlab.train.EvaluationConfig;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.NetworkConfig;
import org.wganlab.train.RunConfig;
import org.wganlab.train.TrainingMode;
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
  @Option(names = "--method", paramLabel = "M",
      description = "none, clip, gp (default), gp-one-sided, div or sn; repeat to train side by side.")
  List<String> methods;
  @Option(names = "--iterations", paramLabel = "N", description = "Generator iterations (default 1000).")
  Integer iterations;
  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1).")
  Long seed;
  @Option(names = "--fixed-generator", description = "Hold P_g = P_r + N(0, sigma^2 I); train the critic only.")
  boolean fixedGenerator;
  @Option(names = "--sigma", paramLabel = "SIGMA", description = "Noise of the fixed generator (default 1).")
  Double sigma;
  @Option(names = "--clip", paramLabel = "C", description = "Clipping bound c (default 0.01).")
  Double clip;
  @Option(names = "--lambda", paramLabel = "L", description = "Gradient penalty weight (default 0.1).")
  Double lambda;
  @Option(names = "--k", paramLabel = "K", description = "W-div weight k (default 2).")
  Double k;
  @Option(names = "--p", paramLabel = "P", description = "W-div power p > 1 (default 6).")
  Double p;
  @Option(names = "--penalty-samples", paramLabel = "R",
      description = "r(x): interpolates, same-side, pooled, real-and-fake, fake or real.")
  String penaltySamples;
  @Option(names = "--power-iterations", paramLabel = "N", description = "Spectral norm power iterations (default 1).")
  Integer powerIterations;
  @Option(names = "--depth", paramLabel = "N", description = "Hidden layers of both networks, 1-12 (default 3).")
  Integer depth;
  @Option(names = "--width", paramLabel = "N", description = "Units per hidden layer (default 512).")
  Integer width;
  @Option(names = "--activation", paramLabel = "A", description = "relu (default), leakyrelu, tanh or softplus.")
  String activation;
  @Option(names = "--init", paramLabel = "I", description = "reference (default), he or glorot.")
  String init;
  @Option(names = "--optimizer", paramLabel = "O",
      description = "adam, rmsprop or sgd (default: rmsprop for clip, adam otherwise).")
  String optimizer;
  @Option(names = "--lr", paramLabel = "LR", description = "Learning rate (default 5e-5 rmsprop, 1e-4 adam).")
  Double learningRate;
  @Option(names = "--beta1", paramLabel = "B1", description = "Adam beta1 (default 0.5).")
  Double beta1;
  @Option(names = "--beta2", paramLabel = "B2", description = "Adam beta2 (default 0.9).")
  Double beta2;
  @Option(names = "--critic-iters", paramLabel = "N", description = "Critic steps per generator step (default 5).")
  Integer criticIters;
  @Option(names = "--batch", paramLabel = "N", description = "Batch size (default 256).")
  Integer batch;
  @Option(names = "--grid", paramLabel = "N", description = "Surface resolution (default 128).")
  Integer grid;
  @Option(names = "--range", paramLabel = "R", description = "Surface over [-R, R]^2 (default 3).")
  Double range;
  @Option(names = "--log-every", paramLabel = "N", description = "A metrics row every N iterations (default 100).")
  Integer logEvery;

  /**
   * The experiment these options describe; IllegalArgumentException names what is wrong. Method
   * settings are checked even when no run uses them, so that a typo never passes silently.
   */
  ExperimentConfig toConfig(ExperimentConfig base) {
    checkMethodSettings();
    ExperimentConfig c = base;
    if (data != null) {
      c = c.withData(data);
    }
    if (methods != null) {
      c = c.withRuns(methods.stream().map(m -> RunConfig.reference(methodKind(m))).toList());
    }
    c = c.withRuns(c.runs().stream().map(this::overlay).toList());
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
    double half = range != null ? range : g.max();
    GridSpec nextGrid = new GridSpec(or(grid, g.resolution()), range != null ? -half : g.min(), half);
    EvaluationConfig e = c.evaluation().withGrid(nextGrid).withLogEvery(or(logEvery,
        c.evaluation().logEvery()));
    return c.withEvaluation(e);
  }

  private void checkMethodSettings() {
    if (clip != null) {
      new MethodConfig.Clipping(clip);
    }
    if (lambda != null) {
      new MethodConfig.GradientPenalty(lambda, false, PenaltySamples.REAL_FAKE_INTERPOLATES);
    }
    if (k != null || p != null) {
      new MethodConfig.Divergence(or(k, 2.0), or(p, 6.0), PenaltySamples.REAL_AND_FAKE);
    }
    if (powerIterations != null) {
      new MethodConfig.SpectralNorm(powerIterations);
    }
    if (penaltySamples != null) {
      PenaltySamples.parse(penaltySamples);
    }
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }

  static MethodKind methodKind(String name) {
    return MethodKind.parse(name);
  }

  private NetworkConfig network(NetworkConfig n) {
    return new NetworkConfig(or(depth, n.depth()), or(width, n.width()),
        activation != null ? Activation.parse(activation) : n.activation(),
        init != null ? WeightInit.parse(init) : n.init());
  }

  private RunConfig overlay(RunConfig run) {
    OptimizerConfig o = run.optimizer();
    OptimizerKind kind = optimizer != null ? OptimizerKind.fromCliName(optimizer) : o.kind();
    OptimizerConfig nextOptimizer = new OptimizerConfig(kind, or(learningRate, o.learningRate()),
        or(beta1, o.beta1()), or(beta2, o.beta2()));
    PenaltySamples samples = penaltySamples != null ? PenaltySamples.parse(penaltySamples) : null;
    MethodConfig m = run.method();
    MethodConfig next;
    if (m instanceof MethodConfig.Clipping clipping) {
      next = new MethodConfig.Clipping(or(clip, clipping.c()));
    } else if (m instanceof MethodConfig.GradientPenalty gp) {
      next = new MethodConfig.GradientPenalty(or(lambda, gp.lambda()), gp.oneSided(),
          or(samples, gp.samples()));
    } else if (m instanceof MethodConfig.Divergence div) {
      next = new MethodConfig.Divergence(or(k, div.k()), or(p, div.p()), or(samples, div.samples()));
    } else if (m instanceof MethodConfig.SpectralNorm sn) {
      next = new MethodConfig.SpectralNorm(or(powerIterations, sn.powerIterations()));
    } else {
      next = m;
    }
    return new RunConfig(next, nextOptimizer);
  }

  /** Methods named on the command line, for the reference defaults when there is no config file. */
  List<MethodKind> methodKinds() {
    List<MethodKind> kinds = new ArrayList<>();
    for (String m : methods == null ? List.of("gp") : methods) {
      kinds.add(methodKind(m));
    }
    return kinds;
  }
}
