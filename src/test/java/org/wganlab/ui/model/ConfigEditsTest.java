package org.wganlab.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.nn.OptimizerKind;
import org.wganlab.train.ConfigChange;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.MemoryEstimate;
import org.wganlab.train.TrainingMode;

class ConfigEditsTest {
  private final ExperimentConfig base = DefaultExperiment.config();

  @Test
  void panelsStayBetweenOneAndFour() {
    ExperimentConfig four = ConfigEdits.addPanel(base);
    assertThat(four.runs()).hasSize(4);
    assertThat(four.runs().get(3).method().kind()).isEqualTo(MethodKind.SN);
    assertThat(ConfigEdits.addPanel(four)).isEqualTo(four);
    ExperimentConfig one = ConfigEdits.removePanel(ConfigEdits.removePanel(base, 0), 0);
    assertThat(one.runs()).extracting(r -> r.method().kind()).containsExactly(MethodKind.DIV);
    assertThat(ConfigEdits.removePanel(one, 0)).isEqualTo(one);
  }

  @Test
  void learningRateAndOptimiserApplyLiveToEveryRun() {
    ExperimentConfig next = ConfigEdits.optimizer(ConfigEdits.learningRate(base, 3e-4),
        OptimizerKind.ADAM);
    assertThat(next.runs()).allMatch(r -> r.optimizer().learningRate() == 3e-4
        && r.optimizer().kind() == OptimizerKind.ADAM);
    assertThat(ConfigChange.needsReset(base, next)).isFalse();
    assertThat(ConfigEdits.sharedOptimizer(base)).isNull();
    assertThat(ConfigEdits.sharedOptimizer(next)).isEqualTo(OptimizerKind.ADAM);
  }

  @Test
  void networkShapeNeedsAReset() {
    assertThat(ConfigChange.needsReset(base, ConfigEdits.width(base, 32))).isTrue();
    assertThat(ConfigChange.needsReset(base, ConfigEdits.depth(base, 5))).isTrue();
    assertThat(ConfigChange.needsReset(base, ConfigEdits.batch(base, 256))).isTrue();
    assertThat(ConfigChange.needsReset(base, ConfigEdits.criticIters(base, 3))).isFalse();
  }

  @Test
  void switchingToClippingBringsRmsProp() {
    ExperimentConfig next = ConfigEdits.method(base, 1, new MethodConfig.Clipping(0.1));
    assertThat(next.runs().get(1).optimizer().kind()).isEqualTo(OptimizerKind.RMSPROP);
    ExperimentConfig back = ConfigEdits.method(next, 1, MethodConfig.defaults(MethodKind.DIV));
    assertThat(back.runs().get(1).optimizer().kind()).isEqualTo(OptimizerKind.ADAM);
  }

  @Test
  void presetsAreValidExperiments() {
    for (Preset preset : Preset.values()) {
      assertThat(preset.config().runs()).as(preset.name()).hasSizeBetween(1, 4);
    }
    assertThat(Preset.CLIPPING_VALUES.config().runs()).extracting(r -> r.method().label())
        .containsExactly("WGAN clip c=0.1", "WGAN clip c=0.01", "WGAN clip c=0.001",
            "WGAN-GP lambda=10");
    assertThat(List.of(Preset.values())).hasSize(7);
  }

  @Test
  void thePaperFiguresUseTwelveLayerNetworksWhereThePaperDoesAndFitInMemory() {
    for (Preset preset : List.of(Preset.CLIPPING_VALUES, Preset.WEIGHTS)) {
      ExperimentConfig config = preset.config();
      assertThat(config.critic().depth()).isEqualTo(12);
      assertThat(config.generator().depth()).isEqualTo(12);
      assertThat(config.data()).isEqualTo("swissroll");
    }
    for (Preset preset : Preset.values()) {
      // Four 12 x 128 runs need about 0.5 GB by the model; a laptop has far more.
      assertThat(MemoryEstimate.of(preset.config()).bytes()).as(preset.name())
          .isLessThan(600L << 20);
    }
    assertThat(Preset.FIXED_GENERATOR.config().mode()).isEqualTo(TrainingMode.FIXED_GENERATOR);
    // The exact W1 is taken on at most 512 sample points: the estimate must be on the same ones.
    assertThat(Preset.FIXED_GENERATOR.config().evaluation().samplePoints()).isLessThanOrEqualTo(512);
    assertThat(Preset.values()).filteredOn(p -> p.figure().isPresent()).hasSize(4);
    assertThat(Preset.matching(Preset.WEIGHTS.config())).isEqualTo(Preset.WEIGHTS);
    assertThat(Preset.matching(Preset.WEIGHTS.config().withSeed(2))).isNull();
  }

  @Test
  void aChangeThatNeedsMoreMemoryThanIsAvailableIsRefusedWithBothFigures() {
    ExperimentConfig largest = ConfigEdits.addPanel(ConfigEdits.batch(ConfigEdits.depth(
        ConfigEdits.width(base, 512), 12), 1024));
    long needed = MemoryEstimate.of(largest).bytes();
    // The window's largest settings need about 3.5 GB: refused with 2 GB, allowed with 4 GB.
    assertThat(needed).isBetween(3_300_000_000L, 3_700_000_000L);
    assertThat(MemoryEstimate.growthRefusal(base, largest, 2_000_000_000L)).startsWith(
        String.format("this experiment needs about %.1f GB of memory and 2.0 GB is available",
            needed / 1e9));
    assertThat(MemoryEstimate.growthRefusal(base, largest, 4_000_000_000L)).isNull();
    // Making an experiment smaller is never refused, even when it is still over the limit.
    ExperimentConfig smaller = ConfigEdits.removePanel(largest, 0);
    assertThat(MemoryEstimate.growthRefusal(largest, smaller, 1_000_000_000L)).isNull();
    assertThat(MemoryEstimate.growthRefusal(smaller, largest, 1_000_000_000L)).isNotNull();
    // Live settings change no memory figure.
    assertThat(MemoryEstimate.growthRefusal(largest, ConfigEdits.learningRate(largest, 1e-4), 1L))
        .isNull();
  }

  private static double lambda(ExperimentConfig config, int run) {
    return ((MethodConfig.GradientPenalty) config.runs().get(run).method()).lambda();
  }

  @Test
  void aFixedGeneratorGivesTheToyPenaltyThePapersLambdaAndGanTrainingGivesItBack() {
    ExperimentConfig withOneSided = base.withMethod(0, new MethodConfig.GradientPenalty(0.1, true,
        org.wganlab.method.PenaltySamples.REAL_FAKE_INTERPOLATES));
    ExperimentConfig fixed = ConfigEdits.mode(withOneSided, TrainingMode.FIXED_GENERATOR);
    assertThat(fixed.mode()).isEqualTo(TrainingMode.FIXED_GENERATOR);
    assertThat(lambda(fixed, 0)).isEqualTo(10);
    assertThat(lambda(fixed, 1)).isEqualTo(10);
    assertThat(fixed.runs().get(2)).isEqualTo(base.runs().get(2));
    assertThat(ConfigEdits.lambdaNote(withOneSided, fixed))
        .contains("\u03bb = 10 as in the paper: a fixed generator needs a critic trained to optimality");
    ExperimentConfig back = ConfigEdits.mode(fixed, TrainingMode.GAN);
    assertThat(back).isEqualTo(withOneSided);
    assertThat(ConfigEdits.lambdaNote(fixed, back)).contains("0.1");
    assertThat(ConfigEdits.mode(back, TrainingMode.GAN)).isSameAs(back);
  }

  @Test
  void aLambdaTheUserChoseStaysThroughModeChanges() {
    ExperimentConfig own = base.withMethod(1, new MethodConfig.GradientPenalty(1, false,
        org.wganlab.method.PenaltySamples.REAL_FAKE_INTERPOLATES));
    ExperimentConfig fixed = ConfigEdits.mode(own, TrainingMode.FIXED_GENERATOR);
    assertThat(lambda(fixed, 1)).isEqualTo(1);
    assertThat(ConfigEdits.lambdaNote(own, fixed)).isEmpty();
    // Changed by hand while in fixed-generator mode: not ours to restore.
    ExperimentConfig edited = fixed.withMethod(1, new MethodConfig.GradientPenalty(5, false,
        org.wganlab.method.PenaltySamples.REAL_FAKE_INTERPOLATES));
    assertThat(lambda(ConfigEdits.mode(edited, TrainingMode.GAN), 1)).isEqualTo(5);
  }
}
