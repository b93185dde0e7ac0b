package org.wganlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.nn.OptimizerConfig;
import org.wganlab.nn.OptimizerKind;

/** Commands, rounds, live changes, divergence and bad data, through the synchronous control. */
class TrainingSessionTest {
  private final List<ExperimentSnapshot> published = new ArrayList<>();

  private SynchronousTrainingControl control(ExperimentConfig config) throws Exception {
    TrainingSession session = new TrainingSession(config, DatasetResolver.standard(), 0);
    return new SynchronousTrainingControl(session, published::add);
  }

  private ExperimentSnapshot last() {
    return published.get(published.size() - 1);
  }

  private static ExperimentConfig threeRuns() {
    ExperimentConfig small = TrainerTest.small(MethodKind.GP, TrainingMode.GAN);
    return small.withRuns(List.of(RunConfig.reference(MethodKind.CLIP),
        RunConfig.reference(MethodKind.GP), RunConfig.reference(MethodKind.DIV)))
        .withTraining(64, 5, 0);
  }

  @Test
  void playTicksPauseAndStep() throws Exception {
    SynchronousTrainingControl control = control(threeRuns());
    assertThat(last().runs()).extracting(RunSnapshot::status).containsOnly(RunStatus.READY);
    control.submit(new Command.Play());
    control.tick(4);
    assertThat(last().playing()).isTrue();
    assertThat(last().runs()).extracting(RunSnapshot::iteration).containsOnly(4);
    assertThat(last().runs()).extracting(RunSnapshot::status).containsOnly(RunStatus.RUNNING);
    control.submit(new Command.Step(StepKind.CRITIC));
    assertThat(last().playing()).isFalse();
    assertThat(last().runs()).extracting(RunSnapshot::criticSteps).containsOnly(21);
    assertThat(last().runs()).extracting(RunSnapshot::status).containsOnly(RunStatus.PAUSED);
    control.submit(new Command.Step(StepKind.ITERATION));
    assertThat(last().runs()).extracting(RunSnapshot::iteration).containsOnly(5);
    assertThat(last().runs().get(1).evaluation().surface()).isNotNull();
  }

  @Test
  void liveChangesKeepTheNetworksAndResetsStartOver() throws Exception {
    ExperimentConfig config = threeRuns();
    SynchronousTrainingControl control = control(config);
    control.submit(new Command.Play());
    control.tick(3);
    ExperimentConfig changed = config.withMethod(0, new MethodConfig.Clipping(0.05));
    control.submit(new Command.Apply(changed));
    assertThat(last().problem()).isEmpty();
    assertThat(last().runs().get(0).run().method()).isEqualTo(new MethodConfig.Clipping(0.05));
    assertThat(last().runs().get(0).iteration()).isEqualTo(3);
    control.submit(new Command.Apply(changed.withSeed(99)));
    assertThat(last().problem()).contains("reset");
    control.submit(new Command.Reset(changed.withSeed(99)));
    assertThat(last().runs()).extracting(RunSnapshot::iteration).containsOnly(0);
    assertThat(last().config().seed()).isEqualTo(99);
  }

  @Test
  void runsAreAddedAndRemovedWhileTheOthersTrainOn() throws Exception {
    SynchronousTrainingControl control = control(threeRuns());
    control.submit(new Command.Play());
    control.tick(3);
    control.submit(new Command.AddRun(RunConfig.reference(MethodKind.SN)));
    assertThat(last().problem()).isEmpty();
    assertThat(last().playing()).isTrue();
    assertThat(last().runs()).extracting(RunSnapshot::iteration).containsExactly(3, 3, 3, 0);
    assertThat(last().config().runs()).hasSize(4);
    control.tick(2);
    assertThat(last().runs()).extracting(RunSnapshot::iteration).containsExactly(5, 5, 5, 2);
    List<MetricsRow> divRows = last().runs().get(2).rows();
    assertThat(divRows).isNotEmpty();
    control.submit(new Command.RemoveRun(1));
    assertThat(last().runs()).extracting(r -> r.run().method().kind())
        .containsExactly(MethodKind.CLIP, MethodKind.DIV, MethodKind.SN);
    assertThat(last().runs()).extracting(RunSnapshot::index).containsExactly(0, 1, 2);
    assertThat(last().runs()).extracting(RunSnapshot::iteration).containsExactly(5, 5, 2);
    // The W-div run kept its curves from before the change.
    assertThat(last().runs().get(1).rows()).startsWith(divRows.toArray(new MetricsRow[0]));
    control.tick(1);
    assertThat(last().runs()).extracting(RunSnapshot::iteration).containsExactly(6, 6, 3);
    control.submit(new Command.RemoveRun(7));
    assertThat(last().problem()).contains("no run 8");
    assertThat(last().runs()).hasSize(3);
  }

  @Test
  void unreadableDataKeepsTheRunsAndReportsTheFile() throws Exception {
    SynchronousTrainingControl control = control(threeRuns());
    control.submit(new Command.Reset(threeRuns().withData("no/such/points.csv")));
    assertThat(last().problem()).contains("points.csv");
    assertThat(last().config().data()).isEqualTo("8gaussians");
    assertThat(last().runs()).hasSize(3);
  }

  @Test
  void aDivergingRunStopsWithItsCauseAndKeepsItsCurves() throws Exception {
    ExperimentConfig config = threeRuns().withRuns(List.of(
        new RunConfig(new MethodConfig.Unconstrained(),
            new OptimizerConfig(OptimizerKind.SGD, 10, 0.5, 0.9)),
        RunConfig.reference(MethodKind.GP)));
    config = config.withEvaluation(config.evaluation().withLogEvery(1));
    SynchronousTrainingControl control = control(config);
    control.submit(new Command.Play());
    control.tick(60);
    RunSnapshot diverged = last().runs().get(0);
    assertThat(diverged.status()).isEqualTo(RunStatus.DIVERGED);
    assertThat(diverged.problem()).containsPattern("(NaN|infinite) at iteration \\d+");
    assertThat(diverged.rows()).hasSize(diverged.iteration());
    assertThat(last().runs().get(1).status()).isEqualTo(RunStatus.RUNNING);
    assertThat(last().runs().get(1).iteration()).isEqualTo(60);
  }
}
