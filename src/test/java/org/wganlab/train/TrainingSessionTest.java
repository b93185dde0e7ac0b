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
    MethodConfig clip = new MethodConfig.Clipping(0.05);
    control.submit(new Command.Edit("c 0.05", c -> c.withMethod(0, clip)));
    assertThat(last().notice().text()).isEqualTo("c 0.05: applied to the running networks.");
    assertThat(last().runs().get(0).run().method()).isEqualTo(clip);
    assertThat(last().runs().get(0).iteration()).isEqualTo(3);
    assertThat(last().pending()).isNull();

    control.submit(new Command.Edit("Seed", c -> c.withSeed(99)));
    assertThat(last().notice().level()).isEqualTo(Notice.Level.WARNING);
    assertThat(last().notice().text()).isEqualTo(
        "Seed needs new networks: press Reset to apply, or Discard.");
    assertThat(last().pending().seed()).isEqualTo(99);
    assertThat(last().config().seed()).isEqualTo(config.seed());
    assertThat(last().runs().get(0).iteration()).isEqualTo(3);
    // A live change on top of a pending one joins it; both wait for the reset.
    MethodConfig tighter = new MethodConfig.Clipping(0.02);
    control.submit(new Command.Edit("c 0.02", c -> c.withMethod(0, tighter)));
    assertThat(last().pending().runs().get(0).method()).isEqualTo(tighter);
    assertThat(last().config().runs().get(0).method()).isEqualTo(clip);

    control.submit(new Command.Reset());
    assertThat(last().runs()).extracting(RunSnapshot::iteration).containsOnly(0);
    assertThat(last().config().seed()).isEqualTo(99);
    assertThat(last().config().runs().get(0).method()).isEqualTo(tighter);
    assertThat(last().pending()).isNull();
    assertThat(last().notice().text()).startsWith("Change applied: new networks");
  }

  @Test
  void aPendingChangeTakenBackAppliesLiveAndARefusedOneChangesNothing() throws Exception {
    ExperimentConfig config = threeRuns();
    SynchronousTrainingControl control = control(config);
    control.submit(new Command.Step(StepKind.ITERATION));
    control.submit(new Command.Edit("Seed", c -> c.withSeed(99)));
    assertThat(last().pending()).isNotNull();
    control.submit(new Command.Edit("Seed", c -> c.withSeed(config.seed())));
    assertThat(last().pending()).isNull();
    assertThat(last().notice().text()).endsWith("nothing waits for a reset any more.");
    assertThat(last().runs()).extracting(RunSnapshot::iteration).containsOnly(1);

    long before = last().notice().number();
    control.submit(new Command.Edit("Batch", c -> {
      throw new IllegalArgumentException("batch must be 1 to 8192, got 0");
    }));
    assertThat(last().notice()).isEqualTo(new Notice(before + 1, Notice.Level.ERROR,
        "Not applied: batch must be 1 to 8192, got 0"));
    assertThat(last().config()).isEqualTo(config);
    assertThat(last().pending()).isNull();
  }

  @Test
  void beforeAnyTrainingAChangeNeedingNewNetworksAppliesAtOnce() throws Exception {
    SynchronousTrainingControl control = control(threeRuns());
    control.submit(new Command.Edit("Data set swiss roll", c -> c.withData("swissroll")));
    assertThat(last().pending()).isNull();
    assertThat(last().config().data()).isEqualTo("swissroll");
    assertThat(last().notice().text()).isEqualTo(
        "Data set swiss roll: applied with new networks (nothing had trained yet).");
  }

  @Test
  void aSlowPaceTrainsOneMeasuredIterationPerInterval() throws Exception {
    TrainingSession session = new TrainingSession(threeRuns(), DatasetResolver.standard(), 0);
    session.apply(new Command.SetPace(Pace.FIVE_PER_SECOND));
    session.apply(new Command.Play());
    long t = 1_000_000_000_000L;
    assertThat(session.tick(t)).isTrue();
    assertThat(session.nanosUntilDue(t + 50_000_000L)).isEqualTo(150_000_000L);
    assertThat(session.tick(t + 50_000_000L)).isFalse();
    assertThat(session.tick(t + 199_000_000L)).isFalse();
    assertThat(session.tick(t + 200_000_000L)).isTrue();
    ExperimentSnapshot shot = session.snapshot();
    assertThat(shot.pace()).isEqualTo(Pace.FIVE_PER_SECOND);
    assertThat(shot.runs()).extracting(RunSnapshot::iteration).containsOnly(2);
    // Every paced iteration is measured: the views show each move.
    assertThat(shot.runs()).extracting(r -> r.evaluation().iteration()).containsOnly(2);
    session.apply(new Command.SetPace(Pace.FULL));
    assertThat(session.nanosUntilDue(t + 200_000_001L)).isZero();
    assertThat(session.tick(t + 200_000_001L)).isTrue();
    assertThat(session.snapshot().runs()).extracting(RunSnapshot::iteration).containsOnly(3);
  }

  @Test
  void anAddedRunCanGoOnFromACopyOfAnother() throws Exception {
    SynchronousTrainingControl control = control(threeRuns());
    control.submit(new Command.Play());
    control.tick(4);
    RunSnapshot source = last().runs().get(1);
    control.submit(new Command.AddRun(RunConfig.reference(MethodKind.DIV), 1));
    RunSnapshot copy = last().runs().get(3);
    assertThat(copy.iteration()).isEqualTo(4);
    assertThat(copy.run().method().kind()).isEqualTo(MethodKind.DIV);
    assertThat(copy.rows()).isEqualTo(source.rows());
    assertThat(copy.id()).isNotIn(last().runs().subList(0, 3).stream().map(RunSnapshot::id)
        .toList());
    // Same networks: the critic's values on the grid are those of the run it copies.
    assertThat(copy.evaluation().surface().values())
        .containsExactly(last().runs().get(1).evaluation().surface().values());
    assertThat(last().notice().text()).contains("copy of panel 2's networks at iteration 4");
    control.tick(1);
    assertThat(last().runs()).extracting(RunSnapshot::iteration).containsExactly(5, 5, 5, 5);
  }

  @Test
  void runsAreAddedAndRemovedWhileTheOthersTrainOn() throws Exception {
    SynchronousTrainingControl control = control(threeRuns());
    control.submit(new Command.Play());
    control.tick(3);
    control.submit(new Command.AddRun(RunConfig.reference(MethodKind.SN)));
    assertThat(last().notice().level()).isEqualTo(Notice.Level.INFO);
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
    assertThat(last().notice().text()).isEqualTo("There is no panel 8 to remove.");
    assertThat(last().runs()).hasSize(3);
  }

  @Test
  void aSessionTrainsAtMostMaxPanelsRunsAndChecksALoadedConfigAsItChecksAnEdit() throws Exception {
    SynchronousTrainingControl control = control(threeRuns());
    control.submit(new Command.AddRun(RunConfig.reference(MethodKind.SN)));
    assertThat(last().runs()).hasSize(TrainingSession.MAX_PANELS);
    control.submit(new Command.AddRun(RunConfig.reference(MethodKind.NONE)));
    assertThat(last().runs()).hasSize(TrainingSession.MAX_PANELS);
    assertThat(last().notice().text()).isEqualTo("At most " + TrainingSession.MAX_PANELS + " panels.");

    ExperimentConfig five = threeRuns().withRuns(List.of(RunConfig.reference(MethodKind.CLIP),
        RunConfig.reference(MethodKind.GP), RunConfig.reference(MethodKind.DIV),
        RunConfig.reference(MethodKind.SN), RunConfig.reference(MethodKind.NONE)));
    control.submit(new Command.Replace(five));
    assertThat(last().notice().level()).isEqualTo(Notice.Level.ERROR);
    assertThat(last().notice().text()).isEqualTo("Not loaded: it has 5 runs, and at most "
        + TrainingSession.MAX_PANELS + " panels train side by side.");
    assertThat(last().runs()).hasSize(TrainingSession.MAX_PANELS);

    // 12 x 4096 networks at batch 4096 need over 20 GB: more than any test machine has free.
    NetworkConfig huge = new NetworkConfig(12, 4096, threeRuns().critic().activation(),
        threeRuns().critic().init());
    ExperimentConfig tooLarge = threeRuns().withNetworks(huge, huge).withTraining(4096, 5, 0);
    control.submit(new Command.Replace(tooLarge));
    assertThat(last().notice().text()).startsWith("Not loaded: this experiment needs about");
    assertThat(last().config().critic().width()).isEqualTo(threeRuns().critic().width());

    control.submit(new Command.Replace(threeRuns()));
    assertThat(last().runs()).hasSize(3);
    assertThat(last().config()).isEqualTo(threeRuns());
  }

  @Test
  void unreadableDataKeepsTheRunsAndReportsTheFile() throws Exception {
    SynchronousTrainingControl control = control(threeRuns());
    control.submit(new Command.Replace(threeRuns().withData("no/such/points.csv")));
    assertThat(last().notice().level()).isEqualTo(Notice.Level.ERROR);
    assertThat(last().notice().text()).contains("points.csv");
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
