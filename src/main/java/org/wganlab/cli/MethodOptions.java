package org.wganlab.cli;

import static org.wganlab.cli.ExperimentOptions.or;

import java.util.List;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.method.PenaltySamples;
import org.wganlab.nn.OptimizerConfig;
import org.wganlab.nn.OptimizerKind;
import org.wganlab.train.RunConfig;
import picocli.CommandLine.Option;

/**
 * The options that choose the methods and tune each run's Lipschitz method and optimiser, shared by
 * {@code train} and {@code image}: each given value is laid over every run it applies to (c over clipping runs, lambda
 * over penalty runs, and so on). Values not given stay null, so a config file's settings survive.
 */
final class MethodOptions {
  @Option(names = "--method", paramLabel = "M",
      description = "none, clip, gp (default), gp-one-sided, div or sn; repeat to train side by side.")
  List<String> methods;
  @Option(names = "--clip", paramLabel = "C", description = "Clipping bound c (default 0.01).")
  Double clip;
  @Option(names = "--lambda", paramLabel = "L",
      description = "Gradient penalty weight, 0 to 1e6 (default 0.1 in train, 10 in image).")
  Double lambda;
  @Option(names = "--k", paramLabel = "K", description = "W-div weight k, above 0 and at most 1e6 (default 2).")
  Double k;
  @Option(names = "--p", paramLabel = "P", description = "W-div power p, 1 < p <= 20 (default 6).")
  Double p;
  @Option(names = "--penalty-samples", paramLabel = "R",
      description = "r(x): interpolates, same-side, pooled, real-and-fake, fake or real.")
  String penaltySamples;
  @Option(names = "--power-iterations", paramLabel = "N", description = "Spectral norm power iterations (default 1).")
  Integer powerIterations;
  @Option(names = "--optimizer", paramLabel = "O",
      description = "adam, rmsprop or sgd (default: rmsprop for clip, adam otherwise).")
  String optimizer;
  @Option(names = "--lr", paramLabel = "LR", description = "Learning rate, above 0 and at most 10 (default: 5e-5 for clip, 1e-4 for the other"
          + " methods, whichever optimizer).")
  Double learningRate;
  @Option(names = "--beta1", paramLabel = "B1", description = "Adam beta1, 0 to 0.99999 (default 0.5).")
  Double beta1;
  @Option(names = "--beta2", paramLabel = "B2", description = "Adam beta2, 0 to 0.99999 and above beta1^2 (default 0.9).")
  Double beta2;

  /** The methods named on the command line, or GP alone. */
  List<MethodKind> methodKinds() {
    return (methods == null ? List.of("gp") : methods).stream().map(MethodKind::parse).toList();
  }

  /**
   * Checks every method setting given, even when no run uses it, so that a typo never passes
   * silently; IllegalArgumentException names what is wrong.
   */
  void checkSettings() {
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

  /** {@code run} with the given options laid over it. */
  RunConfig overlay(RunConfig run) {
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
}
