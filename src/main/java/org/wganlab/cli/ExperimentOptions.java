package org.wganlab.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.wganlab.method.MethodKind;
import org.wganlab.train.Experiment;
import org.wganlab.train.RunConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every training command shares, whatever its network family: the config file to start
 * from, the schedule, and the methods with their settings. Values that are not given stay null, so
 * that a config file's settings survive; {@link #overlay} lays the given ones over an experiment.
 */
abstract class ExperimentOptions {
  @Option(names = "--config", paramLabel = "FILE", description = "Start from this config.json.")
  Path config;
  @Option(names = "--iterations", paramLabel = "N", description = "Generator iterations (default 1000).")
  Integer iterations;
  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1).")
  Long seed;
  @Option(names = "--batch", paramLabel = "N", description = "Batch size (default 256 in train, 64 in image).")
  Integer batch;
  @Option(names = "--critic-iters", paramLabel = "N", description = "Critic steps per generator step (default 5).")
  Integer criticIters;
  @Option(names = "--log-every", paramLabel = "N",
      description = "A metrics row every N iterations (default 100 in train, 10 in image).")
  Integer logEvery;
  @Mixin
  MethodOptions method;

  /**
   * {@code base} with the given methods (each as {@code reference} makes it), their settings and the
   * given schedule. Method settings are checked even when no run uses them, so that a typo never
   * passes silently.
   */
  <E extends Experiment<E>> E overlay(E base, Function<MethodKind, RunConfig> reference) {
    method.checkSettings();
    E e = method.methods == null ? base
        : base.withRuns(method.methodKinds().stream().map(reference).toList());
    e = e.withRuns(e.runs().stream().map(method::overlay).toList());
    return e.withSchedule(or(seed, e.seed()), or(iterations, e.iterations()), or(batch, e.batch()),
        or(criticIters, e.criticIters()), or(logEvery, e.logEvery()));
  }

  /** {@code value}, or {@code fallback} when the option was not given. */
  static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
