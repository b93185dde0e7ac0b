package org.wganlab.ui.model;

import java.util.List;
import java.util.Optional;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.figures.PaperFigure;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.method.PenaltySamples;
import org.wganlab.metrics.GridSpec;
import org.wganlab.nn.Activation;
import org.wganlab.nn.OptimizerConfig;
import org.wganlab.nn.OptimizerKind;
import org.wganlab.nn.WeightInit;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.NetworkConfig;
import org.wganlab.train.RunConfig;
import org.wganlab.train.TrainingMode;

/**
 * Ready-made experiments a teacher can open from the menu, each showing one lesson; those that load
 * a paper figure's setting name the figure, and the window measures its claims as the runs train.
 */
public enum Preset {
  /** The default: clipping, GP and W-div on 8 gaussians. */
  DEFAULT("Clipping vs GP vs W-div on 8 gaussians",
      "Three ways to keep the critic 1-Lipschitz, on the same data, networks and seed. Watch"
      + " clipping's critic stay almost flat (its panel says by how much) while the penalties"
      + " shape a landscape that leads the generated points to the 8 modes.", null),
  /** W-div with four of its six r(x) choices. */
  SAMPLING_CHOICES("W-div with four r(x) choices",
      "W-div with four choices of r(x), where its penalty is evaluated, all else equal."
      + " Compare the critics and the modes captured: does the choice matter?", null),
  /** No constraint at all, trained with plain SGD: the critic blows up after a while. */
  DIVERGING("No constraint vs GP: a critic that diverges",
      "A critic without any constraint, trained with plain SGD, beside the gradient penalty."
      + " Watch its Wasserstein estimate swing wider until the run diverges (after a few"
      + " hundred iterations); its panel says when and why, and the penalty trains on.", null),
  /** WGAN-GP paper, Figure 1a: critics trained against a fixed generator P_r + N(0, I). */
  FIXED_GENERATOR("Paper Fig. 1a: critics against a fixed generator, clipping vs GP",
      "The generator stands still (real points plus noise): each critic trains towards its best."
      + " GP's ||grad D|| gathers at 1, clipping's stays near 0. Press Exact W1: clipping's"
      + " estimate is a tiny share of W1, GP's is close to it.",
      PaperFigure.FIG1A),
  /** WGAN-GP paper, Figure 1b: three clipping values and GP with 12-layer networks. */
  CLIPPING_VALUES("Paper Fig. 1b: 12-layer critics, clipping c = 0.1, 0.01, 0.001 vs GP",
      "12-layer networks on the swiss roll. In the per-layer chart (log scale) c = 0.001 and 0.01"
      + " make the gradients vanish towards the input, c = 0.1 makes them grow as training goes"
      + " on, and GP keeps its layers within one decade. GP's points gather in the middle, its"
      + " estimate below 0: hover here for why.",
      PaperFigure.FIG1B, Preset.DEEP_GP_NOTE),
  /** WGAN-GP paper, Figure 1c: the weights of 12-layer critics, clipping vs GP. */
  WEIGHTS("Paper Fig. 1c: 12-layer critic weights, clipping vs GP",
      "The weight histograms under the surfaces: clipping pushes most weights onto +-c (red"
      + " bars) from the first steps, the gradient penalty leaves them spread out. GP's points"
      + " gather in the middle, its estimate below 0: hover here for why.",
      PaperFigure.FIG1C, Preset.DEEP_GP_NOTE),
  /** WGAN-div paper, Table 2: W-div and GP, each at two choices of r(x). */
  SAMPLING_CHOICES_VS_GP("WGAN-div Table 2: r(x) = interpolates vs fake points, W-div vs GP",
      "Each method twice, its penalty taken at real-fake interpolates or at the fake points."
      + " The paper says W-div does not mind the choice and GP does: compare the modes captured"
      + " over a few thousand iterations (a run's count jumps; look at trends).",
      PaperFigure.RX);

  /**
   * SGD step of the unconstrained critic: large enough that it diverges (at iteration 277 with the
   * default networks and seed), small enough that the class sees it coming for a few seconds.
   */
  private static final double DIVERGING_RATE = 5e-3;
  /**
   * The rate at which `figure rx` (the sampling-choice presets' figure) trains W-div and GP, and
   * `figure fig1a` clipping: the presets of those figures keep it, so that their claims hold what
   * the figures measured, while the default lesson trains faster.
   */
  private static final double FIGURE_RATE = 5e-4;
  /** Hidden layers of the Figure 1b and 1c networks, as in the paper. */
  public static final int PAPER_DEPTH = 12;
  /**
   * Units per layer of the 12-layer networks: the paper's 512 is sixteen times the work per layer,
   * too slow to watch four runs live; at 128 c = 0.1's gradients still explode (by 1.5 decades
   * after 150 iterations, 2.4 at width 192) and c = 0.001's vanish.
   */
  public static final int PAPER_WIDTH = 128;
  /** The fixed-generator critics: 3 x 128 ReLU. */
  private static final NetworkConfig FIXED_GENERATOR_NET = new NetworkConfig(3, 128,
      Activation.RELU, WeightInit.REFERENCE);
  /** A coarse grid: a 12-layer surface is the costliest measurement, and not this lesson. */
  private static final GridSpec DEEP_GRID = new GridSpec(32, -3, 3);
  /**
   * What GP does in the 12-layer settings besides the figure's point, measured with `train` in the
   * preset's setting (seed 1) and with the same networks in PyTorch (the figures page has the runs).
   * A constant, so the constants above may name it (qualified) before its declaration.
   */
  private static final String DEEP_GP_NOTE = "Why GP's points gather in the middle and its estimate"
      + " is negative: the penalty asks for a slope of 1, not for its sign, so a peak under the"
      + " generated points satisfies it as well as a pit. With lambda = 10 GP's critic grows such a"
      + " peak and the generator sits on its top. Measured in this setting with seed 1: from"
      + " iteration 50 to 300 the points' spread is"
      + " 0.03-0.11 against the swiss roll's 0.9, and the estimate stays between -0.84 and -1.11"
      + " from iteration 10 to 330 (the steepest peak, -|x - p|, would give -1.24 to -1.27). From"
      + " about iteration 350 the estimate swings between -1.1 and +3.0 as the points spread. It is"
      + " the algorithm, not the app: PyTorch with the same networks, start and rates does the same"
      + " (seeds 1 and 2, Adam's beta1 0.5 or the paper's 0, and with 3-layer networks too). With"
      + " lambda = 0.1, the WGAN-GP toy code's value, the points do not gather. The figure is about"
      + " GP's gradients per layer, which stay level meanwhile (within 0.40 decades at iteration"
      + " 265).";
  private final String displayName;
  private final String caption;
  private final PaperFigure figure;
  private final String note;

  Preset(String displayName, String caption, PaperFigure figure) {
    this(displayName, caption, figure, "");
  }

  Preset(String displayName, String caption, PaperFigure figure, String note) {
    this.displayName = displayName;
    this.caption = caption;
    this.figure = figure;
    this.note = note;
  }

  /** The paper figure whose setting this is, whose claims the window measures; empty for others. */
  public Optional<PaperFigure> figure() {
    return Optional.ofNullable(figure);
  }

  /** Menu text. */
  public String displayName() {
    return displayName;
  }

  /** Two or three sentences for students: what to look for. */
  public String caption() {
    return caption;
  }

  /**
   * What the caption's tooltip adds: why the runs do something the caption only names, with the
   * numbers measured; empty when the caption says it all.
   */
  public String note() {
    return note;
  }

  /** The experiment. */
  public ExperimentConfig config() {
    ExperimentConfig base = DefaultExperiment.config();
    return switch (this) {
      case DEFAULT -> base;
      // Against a fixed generator the critic trains to optimality. With the paper's lambda = 10 its
      // estimate comes close to the exact W1 and can overshoot it (6% on 8 gaussians in `figure
      // fig1a`): the penalty is soft, so the critic is not quite 1-Lipschitz. The exact W1 matches
      // the 512 sample points on which the estimate is taken (EvaluationConfig's samplePoints).
      // The networks are twice the default width, and the rates are `figure fig1a`'s (ten times the
      // reference rates: RMSProp 5e-4, Adam 1e-3): at 3 x 64 and Adam 5e-4 GP's estimate stayed at
      // 0.74-0.76 of the exact W1 from iteration 1,000 to 2,000.
      case FIXED_GENERATOR -> base.withMode(TrainingMode.FIXED_GENERATOR).withNetworks(
          FIXED_GENERATOR_NET, FIXED_GENERATOR_NET).withRuns(List.of(
          new RunConfig(new MethodConfig.Clipping(0.01),
              base.runs().get(0).optimizer().withLearningRate(FIGURE_RATE)),
          new RunConfig(paperPenalty(), base.runs().get(1).optimizer().withLearningRate(1e-3))));
      // The figure's optimisers: the original WGAN's RMSProp 5e-5, the WGAN-GP toy code's Adam.
      case CLIPPING_VALUES -> deep(base, List.of(deepClip(0.1), deepClip(0.01), deepClip(0.001),
          deepPenalty()));
      case WEIGHTS -> deep(base, List.of(deepClip(0.01), deepPenalty()));
      case SAMPLING_CHOICES_VS_GP -> base.withRuns(List.of(
          div(PenaltySamples.REAL_FAKE_INTERPOLATES), div(PenaltySamples.FAKE),
          gp(PenaltySamples.REAL_FAKE_INTERPOLATES), gp(PenaltySamples.FAKE)));
      case SAMPLING_CHOICES -> base.withRuns(List.of(div(PenaltySamples.REAL_FAKE_INTERPOLATES),
          div(PenaltySamples.SAME_SIDE_INTERPOLATES), div(PenaltySamples.REAL_AND_FAKE),
          div(PenaltySamples.FAKE)));
      case DIVERGING -> base.withRuns(List.of(
          new RunConfig(new MethodConfig.Unconstrained(),
              new OptimizerConfig(OptimizerKind.SGD, DIVERGING_RATE, 0.5, 0.9)),
          DefaultExperiment.run(MethodKind.GP)));
    };
  }

  private static MethodConfig paperPenalty() {
    return new MethodConfig.GradientPenalty(MethodConfig.GradientPenalty.PAPER_LAMBDA, false,
        PenaltySamples.REAL_FAKE_INTERPOLATES);
  }

  /** 12-layer ReLU critic and generator on the swiss roll with {@code runs}. */
  private static ExperimentConfig deep(ExperimentConfig base, List<RunConfig> runs) {
    NetworkConfig net = new NetworkConfig(PAPER_DEPTH, PAPER_WIDTH, Activation.RELU,
        WeightInit.REFERENCE);
    return base.withData(BuiltInDataset.SWISS_ROLL.cliName()).withNetworks(net, net)
        .withEvaluation(base.evaluation().withGrid(DEEP_GRID)).withRuns(runs);
  }

  private static RunConfig deepClip(double c) {
    return new RunConfig(new MethodConfig.Clipping(c), OptimizerConfig.RMSPROP_REFERENCE);
  }

  private static RunConfig deepPenalty() {
    return new RunConfig(paperPenalty(), OptimizerConfig.ADAM_REFERENCE);
  }

  private static RunConfig gp(PenaltySamples samples) {
    MethodConfig.GradientPenalty usual = (MethodConfig.GradientPenalty) DefaultExperiment.method(
        MethodKind.GP);
    return atFigureRate(DefaultExperiment.run(MethodKind.GP).withMethod(
        new MethodConfig.GradientPenalty(usual.lambda(), usual.oneSided(), samples)));
  }

  private static RunConfig div(PenaltySamples samples) {
    return atFigureRate(DefaultExperiment.run(MethodKind.DIV).withMethod(
        new MethodConfig.Divergence(2, 6, samples)));
  }

  private static RunConfig atFigureRate(RunConfig run) {
    return run.withOptimizer(run.optimizer().withLearningRate(FIGURE_RATE));
  }

  /** The preset whose experiment {@code config} is, or null for any other. */
  public static Preset matching(ExperimentConfig config) {
    for (Preset preset : values()) {
      if (preset.config().equals(config)) {
        return preset;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return displayName;
  }
}
