package org.wganlab.ui.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.nn.Activation;
import org.wganlab.nn.OptimizerConfig;
import org.wganlab.nn.OptimizerKind;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.RunConfig;
import org.wganlab.train.TrainingMode;
import org.wganlab.train.TrainingSession;

/**
 * The edits the controls make to an experiment, as pure functions from one config to the next. Whether
 * an edit applies live or needs a reset is decided later, by comparing the two configs.
 */
public final class ConfigEdits {
  /** Fewest panels in the window. */
  public static final int MIN_PANELS = 1;

  private ConfigEdits() {
  }

  /** Every run with learning rate {@code rate} (the optimisers keep their kinds and betas). */
  public static ExperimentConfig learningRate(ExperimentConfig config, double rate) {
    return config.withRuns(config.runs().stream()
        .map(r -> r.withOptimizer(r.optimizer().withLearningRate(rate))).toList());
  }

  /** Run {@code index} with learning rate {@code rate}; the others keep theirs. */
  public static ExperimentConfig learningRate(ExperimentConfig config, int index, double rate) {
    List<RunConfig> runs = new ArrayList<>(config.runs());
    RunConfig run = runs.get(index);
    runs.set(index, run.withOptimizer(run.optimizer().withLearningRate(rate)));
    return config.withRuns(runs);
  }

  /**
   * Every run's learning rate times {@code factor}: the shared slider moved over panels whose rates
   * differ keeps their ratios (GP ten times slower than clipping stays so) instead of making them
   * equal. Each rate is rounded to three significant digits.
   */
  public static ExperimentConfig scaleLearningRates(ExperimentConfig config, double factor) {
    return config.withRuns(config.runs().stream().map(r -> r.withOptimizer(r.optimizer()
        .withLearningRate(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.2e",
            r.optimizer().learningRate() * factor))))).toList());
  }

  /** The runs' learning rate when they all share one, else NaN. */
  public static double commonRate(ExperimentConfig config) {
    double first = config.runs().get(0).optimizer().learningRate();
    return config.runs().stream().allMatch(r -> r.optimizer().learningRate() == first) ? first
        : Double.NaN;
  }

  /** The middle of the runs' learning rates on a log scale (where a shared slider sits). */
  public static double middleRate(ExperimentConfig config) {
    return Math.pow(10, config.runs().stream()
        .mapToDouble(r -> Math.log10(r.optimizer().learningRate())).average().orElse(-3));
  }

  /** Every run with optimiser {@code kind}, each keeping its learning rate. */
  public static ExperimentConfig optimizer(ExperimentConfig config, OptimizerKind kind) {
    return config.withRuns(config.runs().stream().map(r -> r.withOptimizer(new OptimizerConfig(kind,
        r.optimizer().learningRate(), r.optimizer().beta1(), r.optimizer().beta2()))).toList());
  }

  /** n_critic critic steps per generator step. */
  public static ExperimentConfig criticIters(ExperimentConfig config, int steps) {
    return config.withTraining(config.batch(), steps, config.iterations());
  }

  /** Another batch size. */
  public static ExperimentConfig batch(ExperimentConfig config, int batch) {
    return config.withTraining(batch, config.criticIters(), config.iterations());
  }

  /** Critic and generator with {@code width} units per hidden layer. */
  public static ExperimentConfig width(ExperimentConfig config, int width) {
    return config.withNetworks(config.critic().withWidth(width), config.generator().withWidth(width));
  }

  /** Critic and generator with {@code depth} hidden layers. */
  public static ExperimentConfig depth(ExperimentConfig config, int depth) {
    return config.withNetworks(config.critic().withDepth(depth), config.generator().withDepth(depth));
  }

  /** Critic and generator with another hidden activation. */
  public static ExperimentConfig activation(ExperimentConfig config, Activation activation) {
    return config.withNetworks(config.critic().withActivation(activation),
        config.generator().withActivation(activation));
  }

  /** Run {@code index} with another method; a change of kind also brings that kind's optimiser. */
  public static ExperimentConfig method(ExperimentConfig config, int index, MethodConfig method) {
    RunConfig old = config.runs().get(index);
    List<RunConfig> runs = new ArrayList<>(config.runs());
    OptimizerConfig optimizer = old.optimizer();
    if (method.kind() != old.method().kind() && (method.kind() == MethodKind.CLIP
        || old.method().kind() == MethodKind.CLIP)) {
      // Clipping and the penalties want different optimisers (RMSProp vs Adam); keep the rate.
      optimizer = withRate(DefaultExperiment.optimizer(method.kind()), optimizer.learningRate());
    }
    runs.set(index, new RunConfig(method, optimizer));
    return config.withRuns(runs);
  }

  private static OptimizerConfig withRate(OptimizerConfig config, double rate) {
    return config.withLearningRate(rate);
  }

  /**
   * One more panel, with the first method not shown yet; unchanged at the engine's
   * {@link TrainingSession#MAX_PANELS}.
   */
  public static ExperimentConfig addPanel(ExperimentConfig config) {
    if (config.runs().size() >= TrainingSession.MAX_PANELS) {
      return config;
    }
    Set<MethodKind> used = EnumSet.noneOf(MethodKind.class);
    config.runs().forEach(r -> used.add(r.method().kind()));
    MethodKind next = MethodKind.GP;
    for (MethodKind kind : List.of(MethodKind.CLIP, MethodKind.GP, MethodKind.DIV, MethodKind.SN,
        MethodKind.GP_ONE_SIDED, MethodKind.NONE)) {
      if (!used.contains(kind)) {
        next = kind;
        break;
      }
    }
    List<RunConfig> runs = new ArrayList<>(config.runs());
    RunConfig fresh = DefaultExperiment.run(next);
    double rate = config.runs().get(config.runs().size() - 1).optimizer().learningRate();
    runs.add(fresh.withOptimizer(fresh.optimizer().withLearningRate(rate)));
    return config.withRuns(runs);
  }

  /** Without panel {@code index}; unchanged at {@link #MIN_PANELS}. */
  public static ExperimentConfig removePanel(ExperimentConfig config, int index) {
    if (config.runs().size() <= MIN_PANELS) {
      return config;
    }
    List<RunConfig> runs = new ArrayList<>(config.runs());
    runs.remove(index);
    return config.withRuns(runs);
  }

  /** GAN training or a fixed generator, the penalties' lambda following the engine's rule. */
  public static ExperimentConfig mode(ExperimentConfig config, TrainingMode mode) {
    return config.inMode(mode);
  }

  /**
   * What {@link #mode} did to the penalties' lambda between {@code before} and {@code after}, in
   * words for the status line, or empty when it changed none.
   */
  public static String lambdaNote(ExperimentConfig before, ExperimentConfig after) {
    for (int i = 0; i < Math.min(before.runs().size(), after.runs().size()); i++) {
      if (before.runs().get(i).method() instanceof MethodConfig.GradientPenalty was
          && after.runs().get(i).method() instanceof MethodConfig.GradientPenalty now
          && was.lambda() != now.lambda()) {
        return now.lambda() == MethodConfig.GradientPenalty.PAPER_LAMBDA
            ? " (GP \u03bb = 10 as in the paper: a fixed generator needs a critic trained to"
                + " optimality)"
            : " (GP \u03bb back to the toy code's 0.1)";
      }
    }
    return "";
  }

  /** The learning rate the shared slider shows: the first run's. */
  public static double sharedRate(ExperimentConfig config) {
    return config.runs().get(0).optimizer().learningRate();
  }

  /** The optimiser the shared menu shows, or null when the runs use different ones. */
  public static OptimizerKind sharedOptimizer(ExperimentConfig config) {
    OptimizerKind first = config.runs().get(0).optimizer().kind();
    return config.runs().stream().allMatch(r -> r.optimizer().kind() == first) ? first : null;
  }
}
