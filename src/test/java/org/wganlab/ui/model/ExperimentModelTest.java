package org.wganlab.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.RunStatus;
import org.wganlab.train.StepKind;
import org.wganlab.ui.TestExperiments;

class ExperimentModelTest {

  @Test
  void playTrainsAndTheRunModelsShowIt() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small())) {
      assertThat(h.model.runs()).hasSize(3);
      assertThat(h.model.runs().get(0).statusTextProperty().get()).isEqualTo("ready");
      h.model.play();
      h.tick(4);
      RunModel gp = h.model.runs().get(1);
      assertThat(gp.iterationProperty().get()).isEqualTo(4);
      assertThat(gp.iterationTextProperty().get()).isEqualTo("it 4");
      assertThat(gp.titleProperty().get()).startsWith("WGAN-GP");
      assertThat(gp.statusProperty().get()).isEqualTo(RunStatus.RUNNING);
      assertThat(gp.evaluationProperty().get().surface()).isNotNull();
      assertThat(gp.rowsProperty().get()).hasSize(2);
      assertThat(gp.modesTextProperty().get()).startsWith("modes ");
      h.model.pause();
      h.model.pull(System.nanoTime());
      assertThat(gp.statusTextProperty().get()).isEqualTo("paused");
    }
  }

  @Test
  void stepsMoveEveryRunByOne() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small())) {
      h.model.step(StepKind.ITERATION);
      h.model.pull(1);
      assertThat(h.model.runs()).allMatch(r -> r.iterationProperty().get() == 1);
      h.model.step(StepKind.CRITIC);
      h.model.pull(2);
      assertThat(h.model.runs()).allMatch(r -> r.iterationProperty().get() == 1);
    }
  }

  @Test
  void liveChangesApplyAndOthersWaitForAReset() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small())) {
      ExperimentConfig faster = ConfigEdits.learningRate(h.model.editing(), 2e-3);
      h.model.change(faster, "Learning rate");
      assertThat(h.model.configProperty().get()).isEqualTo(faster);
      assertThat(h.model.pendingProperty().get()).isNull();
      assertThat(h.status.severityProperty().get()).isEqualTo(Severity.INFO);

      // Once a run has trained, new networks would lose something: the change waits.
      h.model.step(StepKind.ITERATION);
      h.model.pull(1);
      ExperimentConfig wider = ConfigEdits.width(h.model.editing(), 32);
      h.model.change(wider, "Width");
      assertThat(h.model.pendingProperty().get()).isEqualTo(wider);
      assertThat(h.model.configProperty().get()).isEqualTo(faster);
      assertThat(h.status.messageProperty().get()).contains("needs new networks");
      assertThat(h.status.severityProperty().get()).isEqualTo(Severity.WARNING);

      h.model.discardPending();
      assertThat(h.model.pendingProperty().get()).isNull();
      assertThat(h.model.editing()).isEqualTo(faster);

      h.model.change(wider, "Width");
      h.model.reset();
      h.model.pull(1);
      assertThat(h.model.configProperty().get()).isEqualTo(wider);
      assertThat(h.model.snapshotProperty().get().config().critic().width()).isEqualTo(32);
    }
  }

  @Test
  void beforeAnyTrainingAChangeNeedingNewNetworksAppliesAtOnce() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small())) {
      h.model.pull(1);
      ExperimentConfig roll = h.model.editing().withData("swissroll");
      h.model.change(roll, "Data set swiss roll");
      assertThat(h.model.pendingProperty().get()).isNull();
      assertThat(h.model.configProperty().get()).isEqualTo(roll);
      assertThat(h.status.messageProperty().get()).contains("applied with new networks");
      h.model.pull(2);
      assertThat(h.model.snapshotProperty().get().config().data()).isEqualTo("swissroll");
    }
  }

  @Test
  void aMethodChangeIsLiveAndKeepsTheIterations() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small())) {
      h.model.play();
      h.tick(2);
      h.model.change(ConfigEdits.method(h.model.editing(), 0, new MethodConfig.Clipping(0.05)), "c");
      h.tick(1);
      RunModel clip = h.model.runs().get(0);
      assertThat(clip.titleProperty().get()).isEqualTo("WGAN clip c=0.05");
      assertThat(clip.iterationProperty().get()).isEqualTo(3);
    }
  }

  @Test
  void unreadableDataIsReportedAndTheOldRunsGoOn() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small())) {
      ExperimentConfig original = h.model.configProperty().get();
      h.model.replace(original.withData("no-such-file.csv"));
      h.model.pull(1);
      assertThat(h.status.severityProperty().get()).isEqualTo(Severity.ERROR);
      assertThat(h.status.messageProperty().get()).contains("no-such-file.csv");
      assertThat(h.model.configProperty().get()).isEqualTo(original);
      h.model.play();
      h.tick(1);
      assertThat(h.model.runs().get(0).iterationProperty().get()).isEqualTo(1);
    }
  }

  @Test
  void slowSpeedStepsOneIterationPerInterval() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small())) {
      h.model.speedProperty().set(Speed.ONE_PER_SECOND);
      h.model.play();
      long t = 5_000_000_000L;
      h.model.pull(t);
      h.model.pull(t + 10_000_000L);
      assertThat(h.model.runs().get(0).iterationProperty().get()).isEqualTo(1);
      assertThat(h.model.runs().get(0).statusTextProperty().get()).isEqualTo("running (stepped)");
      h.model.pull(t + 1_100_000_000L);
      h.model.pull(t + 1_200_000_000L);
      assertThat(h.model.runs().get(0).iterationProperty().get()).isEqualTo(2);
      h.model.pause();
      h.model.pull(t + 5_000_000_000L);
      assertThat(h.model.runs().get(0).iterationProperty().get()).isEqualTo(2);
    }
  }

  @Test
  void aDivergedRunSaysWhy() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.diverging())) {
      h.model.play();
      for (int i = 0; i < 40 && !h.model.runs().get(0).divergedProperty().get(); i++) {
        h.tick(1);
      }
      RunModel none = h.model.runs().get(0);
      assertThat(none.divergedProperty().get()).isTrue();
      assertThat(none.statusTextProperty().get()).startsWith("diverged: ").contains("iteration");
      assertThat(h.model.runs().get(1).divergedProperty().get()).isFalse();
    }
  }

  @Test
  void theExactW1IsShownNextToTheEstimate() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small().withMode(
        org.wganlab.train.TrainingMode.FIXED_GENERATOR))) {
      h.model.step(StepKind.ITERATION);
      h.model.measureExact();
      h.model.pull(1);
      assertThat(h.model.runs().get(1).estimateTextProperty().get()).matches("W .* \\(exact .*\\)");
      assertThat(h.model.playingProperty().get()).isFalse();
    }
  }

  @Test
  void whenEveryRunDivergedPlayingStops() throws Exception {
    ExperimentConfig diverging = TestExperiments.diverging();
    try (ModelHarness h = new ModelHarness(diverging.withRuns(List.of(diverging.runs().get(0))))) {
      h.model.play();
      for (int i = 0; i < 40 && h.model.playingProperty().get(); i++) {
        h.tick(1);
      }
      assertThat(h.model.runs().get(0).divergedProperty().get()).isTrue();
      assertThat(h.model.playingProperty().get()).isFalse();
      assertThat(h.status.messageProperty().get()).contains("no run can go on");
    }
  }

  @Test
  void panelsComeAndGoWithTheRuns() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small(List.of(MethodKind.GP)))) {
      h.model.runs().get(0).view().layerProperty(Layer.ARROWS).set(false);
      h.model.replace(ConfigEdits.addPanel(h.model.editing()));
      h.model.pull(1);
      assertThat(h.model.runs()).hasSize(2);
      assertThat(h.model.runs().get(0).view().shows(Layer.ARROWS))
          .as("display choices survive a reset").isFalse();
    }
  }
}
