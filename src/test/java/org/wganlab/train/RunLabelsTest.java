package org.wganlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.method.PenaltySamples;
import org.wganlab.nn.OptimizerConfig;
import org.wganlab.nn.OptimizerKind;

class RunLabelsTest {

  @Test
  void runsThatDifferOnlyInRxAreNamedByIt() {
    List<RunConfig> runs = List.of(div(PenaltySamples.REAL_FAKE_INTERPOLATES),
        div(PenaltySamples.SAME_SIDE_INTERPOLATES), div(PenaltySamples.REAL_AND_FAKE));
    assertThat(RunLabels.of(runs)).containsExactly("WGAN-div k=2 p=6 r(x)=interpolates",
        "WGAN-div k=2 p=6 r(x)=same-side", "WGAN-div k=2 p=6 r(x)=real-and-fake");
  }

  @Test
  void theUsualSettingsKeepTheShortName() {
    List<RunConfig> runs = List.of(RunConfig.reference(MethodKind.CLIP),
        RunConfig.reference(MethodKind.GP), RunConfig.reference(MethodKind.DIV));
    assertThat(RunLabels.of(runs))
        .containsExactly("WGAN clip c=0.01", "WGAN-GP lambda=0.1", "WGAN-div k=2 p=6");
  }

  @Test
  void runsAlikeInEverythingAreNumbered() {
    RunConfig gp = RunConfig.reference(MethodKind.GP);
    RunConfig clip = RunConfig.reference(MethodKind.CLIP);
    assertThat(RunLabels.of(List.of(gp, clip, gp, gp))).containsExactly("WGAN-GP lambda=0.1",
        "WGAN clip c=0.01", "WGAN-GP lambda=0.1 #2", "WGAN-GP lambda=0.1 #3");
  }

  @Test
  void anUnusualRxShowsEvenWhenAlone() {
    RunConfig gp = RunConfig.reference(MethodKind.GP).withMethod(
        new MethodConfig.GradientPenalty(10, false, PenaltySamples.REAL));
    assertThat(RunLabels.of(List.of(gp))).containsExactly("WGAN-GP lambda=10 r(x)=real");
  }

  @Test
  void runsThatDifferOnlyInTheOptimiserAreNamedByIt() {
    RunConfig adam = RunConfig.reference(MethodKind.GP);
    RunConfig sgd = adam.withOptimizer(new OptimizerConfig(OptimizerKind.SGD, 0.05, 0.5, 0.9));
    assertThat(RunLabels.of(List.of(adam, sgd))).containsExactly(
        "WGAN-GP lambda=0.1, Adam lr=1e-4", "WGAN-GP lambda=0.1, SGD lr=0.05");
  }

  private static RunConfig div(PenaltySamples samples) {
    return RunConfig.reference(MethodKind.DIV)
        .withMethod(new MethodConfig.Divergence(2, 6, samples));
  }
}
