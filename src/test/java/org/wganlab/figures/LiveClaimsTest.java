package org.wganlab.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.data.BuiltInDataset;
import org.wganlab.data.Dataset;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.PenaltySamples;
import org.wganlab.metrics.GridSpec;
import org.wganlab.nn.Activation;
import org.wganlab.nn.OptimizerConfig;
import org.wganlab.nn.WeightInit;
import org.wganlab.train.EvaluationConfig;
import org.wganlab.train.EvaluationRequest;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.ExperimentSnapshot;
import org.wganlab.train.NetworkConfig;
import org.wganlab.train.Notice;
import org.wganlab.train.Pace;
import org.wganlab.train.RunConfig;
import org.wganlab.train.RunSnapshot;
import org.wganlab.train.RunStatus;
import org.wganlab.train.Trainer;
import org.wganlab.train.TrainingMode;

/** The figures' claims measured on live snapshots, from small real runs. */
class LiveClaimsTest {
  private static final RunConfig CLIP = new RunConfig(new MethodConfig.Clipping(0.01),
      OptimizerConfig.RMSPROP_REFERENCE);
  private static final RunConfig GP = new RunConfig(new MethodConfig.GradientPenalty(10, false,
      PenaltySamples.REAL_FAKE_INTERPOLATES), OptimizerConfig.ADAM_REFERENCE);

  private static ExperimentConfig small(TrainingMode mode, List<RunConfig> runs) {
    NetworkConfig net = new NetworkConfig(3, 32, Activation.RELU, WeightInit.REFERENCE);
    return new ExperimentConfig("8gaussians", mode, 1.0, 1, 0, 32, 5, net, net, runs,
        new EvaluationConfig(new GridSpec(12, -3, 3), 5, 64, 64));
  }

  /** Trains each run {@code iterations} times and snapshots them all with one request. */
  private static ExperimentSnapshot trained(ExperimentConfig config, int iterations,
      EvaluationRequest request, long sequence) {
    List<RunSnapshot> runs = new ArrayList<>();
    for (int i = 0; i < config.runs().size(); i++) {
      Trainer t = new Trainer(config, i, new Dataset.BuiltIn(BuiltInDataset.EIGHT_GAUSSIANS));
      for (int it = 0; it < iterations; it++) {
        t.iterate();
      }
      runs.add(t.snapshot(i, i, RunStatus.RUNNING, 0, t.evaluate(request)));
    }
    return new ExperimentSnapshot(sequence, config, null, true, Pace.FULL, runs, Notice.NONE);
  }

  @Test
  void aClaimIsNotYetUntilItsRunsHaveTrainedLongEnoughThenNotHeld() {
    Claim failing = Claim.below("x", 2, 1, "why");
    assertThat(LiveClaim.judged(failing, 10, 20).verdict()).isEqualTo(LiveClaim.Verdict.NOT_YET);
    assertThat(LiveClaim.judged(failing, 20, 20).verdict()).isEqualTo(LiveClaim.Verdict.NOT_HELD);
    // Satisfied before its iteration is not held yet either: an untrained run proves nothing.
    LiveClaim early = LiveClaim.judged(Claim.below("x", 0.5, 1, "why"), 1, 20);
    assertThat(early.verdict()).isEqualTo(LiveClaim.Verdict.NOT_YET);
    assertThat(early.detail()).isEqualTo("why; iteration 1, judged from 20");
    assertThat(LiveClaim.judged(Claim.below("x", 0.5, 1, "why"), 20, 20).verdict())
        .isEqualTo(LiveClaim.Verdict.HELD);
    assertThat(LiveClaim.waiting("x", "< 1", "later").measuredText()).isEqualTo("\u2013");
  }

  @Test
  void figure1cMeasuresClippingsPileUpAndGpsSpreadOnTheSnapshotsWeights() {
    ExperimentConfig config = small(TrainingMode.GAN, List.of(CLIP, GP));
    ExperimentSnapshot s = trained(config, 2, EvaluationRequest.LIVE, 1);
    List<LiveClaim> claims = LiveClaims.of(PaperFigure.FIG1C, LiveRecord.EMPTY.next(s));
    assertThat(claims).hasSize(3);
    assertThat(claims.get(0).measured())
        .isEqualTo(s.runs().get(0).evaluation().weightSummary().shareNearEdge()).isGreaterThan(0.5);
    assertThat(claims.get(0).verdict()).isEqualTo(LiveClaim.Verdict.NOT_YET);
    assertThat(claims.get(0).detail()).endsWith("iteration 2, judged from 20");
    assertThat(claims.get(2).measured()).isGreaterThan(2);
    // Removing the GP panel: the claims that need it wait, naming what is missing.
    ExperimentSnapshot clipOnly = new ExperimentSnapshot(2, config.withRuns(List.of(CLIP)), null,
        true, Pace.FULL, List.of(s.runs().get(0)), Notice.NONE);
    List<LiveClaim> left = LiveClaims.of(PaperFigure.FIG1C, LiveRecord.EMPTY.next(clipOnly));
    assertThat(left.get(1).verdict()).isEqualTo(LiveClaim.Verdict.NOT_YET);
    assertThat(left.get(1).detail()).startsWith("no GP panel");
  }

  @Test
  void figure1aKeepsTheLastExactW1AndComparesEachEstimateWithIt() {
    ExperimentConfig config = small(TrainingMode.FIXED_GENERATOR, List.of(CLIP, GP));
    LiveRecord record = LiveRecord.EMPTY.next(trained(config, 3, EvaluationRequest.FULL, 1));
    List<LiveClaim> exact = LiveClaims.of(PaperFigure.FIG1A, record);
    assertThat(exact).hasSize(4);
    assertThat(exact).allSatisfy(c -> assertThat(c.measured()).isFinite());
    // Clipping's tiny critic: its estimate is a small share of the exact W1.
    assertThat(exact.get(2).measured()).isLessThan(0.1);
    // Satisfied at iteration 3, but judged only once trained to iteration 300.
    assertThat(exact.get(2).verdict()).isEqualTo(LiveClaim.Verdict.NOT_YET);
    // A later live snapshot without the exact W1 keeps the measured one.
    List<LiveClaim> later = LiveClaims.of(PaperFigure.FIG1A,
        record.next(trained(config, 3, EvaluationRequest.LIVE, 2)));
    assertThat(later.get(2).measured()).isEqualTo(exact.get(2).measured());
    // New networks (iteration back at 0) forget it.
    List<LiveClaim> reset = LiveClaims.of(PaperFigure.FIG1A,
        record.next(trained(config, 0, EvaluationRequest.LIVE, 3)));
    assertThat(reset.get(2).measured()).isNaN();
    assertThat(reset.get(2).detail()).contains("Exact W1");
  }

  @Test
  void figure1bReadsTheLayerNormsOfEachClippingValue() {
    NetworkConfig deep = new NetworkConfig(12, 32, Activation.RELU, WeightInit.REFERENCE);
    ExperimentConfig config = small(TrainingMode.GAN, List.of(CLIP.withMethod(
        new MethodConfig.Clipping(0.001)), GP)).withNetworks(deep, deep);
    List<LiveClaim> claims = LiveClaims.of(PaperFigure.FIG1B,
        LiveRecord.EMPTY.next(trained(config, 1, EvaluationRequest.LIVE, 1)));
    assertThat(claims).extracting(LiveClaim::threshold).containsExactly("> 1", "< -1", "< -1",
        "< 1");
    // No panels at c = 0.1 or 0.01 in this experiment.
    assertThat(claims.get(0).detail()).startsWith("no panel clipping at c = 0.1");
    assertThat(claims.get(2).measured()).isLessThan(-5);
    assertThat(claims.get(2).verdict()).isEqualTo(LiveClaim.Verdict.NOT_YET);
    assertThat(claims.get(3).verdict()).isEqualTo(LiveClaim.Verdict.NOT_YET);
    assertThat(claims.get(3).measured()).isBetween(0.0, 1.0);
  }
}
