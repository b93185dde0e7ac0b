package org.wganlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.data.Dataset;
import org.wganlab.method.MethodKind;
import org.wganlab.nn.Activation;
import org.wganlab.nn.WeightInit;

class TrainerTest {

  static ExperimentConfig small(MethodKind method, TrainingMode mode) {
    NetworkConfig net = new NetworkConfig(2, 32, Activation.RELU, WeightInit.REFERENCE);
    return ExperimentConfig.reference("8gaussians", List.of(method))
        .withNetworks(net, net)
        .withMode(mode)
        .withTraining(64, 5, 20)
        .withEvaluation(EvaluationConfig.DEFAULT.withLogEvery(5)
            .withGrid(new org.wganlab.metrics.GridSpec(16, -3, 3)));
  }

  private static Trainer trainer(ExperimentConfig config) {
    return new Trainer(config, 0, new Dataset.BuiltIn(BuiltInDataset.EIGHT_GAUSSIANS));
  }

  @Test
  void sameSeedAndConfigGiveTheSameNumbers() {
    for (MethodKind kind : MethodKind.values()) {
      ExperimentConfig config = small(kind, TrainingMode.GAN);
      Trainer a = trainer(config);
      Trainer b = trainer(config);
      for (int i = 0; i < 20; i++) {
        a.iterate();
        b.iterate();
      }
      assertThat(a.rows()).as(kind.cliName()).hasSize(4);
      assertThat(numbers(a.rows())).as(kind.cliName()).isEqualTo(numbers(b.rows()));
      assertThat(a.evaluate(EvaluationRequest.FULL).surface().values())
          .isEqualTo(b.evaluate(EvaluationRequest.FULL).surface().values());
    }
  }

  /** Everything in the rows but the wall time. */
  private static List<List<Double>> numbers(List<MetricsRow> rows) {
    return rows.stream().map(r -> List.of((double) r.iteration(), r.wassersteinEstimate(),
        r.criticLoss(), r.generatorLoss(), r.penalty())).toList();
  }

  @Test
  void evaluatingDoesNotChangeTraining() {
    ExperimentConfig config = small(MethodKind.GP, TrainingMode.GAN);
    Trainer quiet = trainer(config);
    Trainer watched = trainer(config);
    for (int i = 0; i < 10; i++) {
      quiet.iterate();
      watched.iterate();
      watched.evaluate(EvaluationRequest.FULL);
    }
    assertThat(watched.rows().get(1).criticLoss()).isEqualTo(quiet.rows().get(1).criticLoss());
  }

  @Test
  void fixedGeneratorModeTrainsOnlyTheCritic() {
    Trainer t = trainer(small(MethodKind.GP, TrainingMode.FIXED_GENERATOR));
    for (int i = 0; i < 10; i++) {
      t.iterate();
    }
    assertThat(t.iteration()).isEqualTo(10);
    assertThat(t.rows().get(0).generatorLoss()).isNaN();
    Evaluation e = t.evaluate(EvaluationRequest.FULL);
    assertThat(e.exactW1()).isGreaterThan(0.5).isLessThan(2.5);
    assertThat(e.modes()).isNull();
  }

  @Test
  void aStopRequestEndsAnIterationBetweenItsSteps() {
    Trainer t = trainer(small(MethodKind.GP, TrainingMode.GAN));
    t.iterate();
    int[] asked = {0};
    // Answers "stop" at the third question: after two of the five critic steps.
    assertThat(t.iterate(() -> ++asked[0] > 2)).isFalse();
    assertThat(t.iteration()).isEqualTo(1);
    assertThat(t.stepsIntoIteration()).isEqualTo(2);
    assertThat(t.iterate(() -> false)).isTrue();
    assertThat(t.iteration()).isEqualTo(2);
    assertThat(t.stepsIntoIteration()).isZero();
  }

  @Test
  void aClippedCriticsEvaluationSummarisesItsWeightsAgainstTheBound() {
    Trainer clipped = trainer(small(MethodKind.CLIP, TrainingMode.GAN));
    Trainer penalised = trainer(small(MethodKind.GP, TrainingMode.GAN));
    for (int i = 0; i < 3; i++) {
      clipped.iterate();
      penalised.iterate();
    }
    Evaluation clip = clipped.evaluate(EvaluationRequest.LIVE);
    assertThat(clip.weightSummary().edge()).isEqualTo(0.01);
    // The initial weights are far larger than c = 0.01: clipping has put most of them on +-c.
    assertThat(clip.weightSummary().shareNearEdge()).isGreaterThan(0.5);
    assertThat(clip.weightSummary().count()).isEqualTo(clip.weights().total());
    Evaluation gp = penalised.evaluate(EvaluationRequest.LIVE);
    assertThat(gp.weightSummary().edge()).isEqualTo(gp.weightSummary().maxAbs());
    assertThat(gp.weightSummary().shareNearEdge()).isLessThan(0.1);
    assertThat(gp.weightSummary().std()).isGreaterThan(5 * clip.weightSummary().std());
  }
}
