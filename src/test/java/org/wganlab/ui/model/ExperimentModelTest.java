package org.wganlab.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.method.MethodConfig;
import org.wganlab.method.MethodKind;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.Pace;
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
      assertThat(gp.iterationTextProperty().get()).isEqualTo("it 4");
      assertThat(gp.titleProperty().get()).startsWith("WGAN-GP");
      assertThat(gp.statusTextProperty().get()).isEqualTo("running");
      assertThat(gp.evaluationProperty().get().surface()).isNotNull();
      assertThat(gp.rowsProperty().get()).hasSize(2);
      assertThat(gp.modesTextProperty().get()).startsWith("modes ");
      h.model.pause();
      h.sync();
      assertThat(gp.statusTextProperty().get()).isEqualTo("paused");
    }
  }

  @Test
  void stepsMoveEveryRunByOne() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small())) {
      h.model.step(StepKind.ITERATION);
      h.sync();
      assertThat(h.model.runs()).allMatch(r -> r.iterationTextProperty().get().equals("it 1"));
      h.model.step(StepKind.CRITIC);
      h.sync();
      assertThat(h.model.runs()).allMatch(r -> r.iterationTextProperty().get().equals("it 1"));
    }
  }

  @Test
  void liveChangesApplyAndOthersWaitForAReset() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small())) {
      h.model.edit("Learning rate", c -> ConfigEdits.learningRate(c, 2e-3));
      h.sync();
      ExperimentConfig faster = h.model.configProperty().get();
      assertThat(ConfigEdits.sharedRate(faster)).isEqualTo(2e-3);
      assertThat(h.model.pendingProperty().get()).isNull();
      assertThat(h.status.severityProperty().get()).isEqualTo(Severity.INFO);

      // Once a run has trained, new networks would lose something: the change waits.
      h.model.step(StepKind.ITERATION);
      h.model.edit("Width", c -> ConfigEdits.width(c, 32));
      h.sync();
      ExperimentConfig wider = ConfigEdits.width(faster, 32);
      assertThat(h.model.pendingProperty().get()).isEqualTo(wider);
      assertThat(h.model.configProperty().get()).isEqualTo(faster);
      assertThat(h.model.editing()).isEqualTo(wider);
      assertThat(h.status.messageProperty().get()).contains("needs new networks");
      assertThat(h.status.severityProperty().get()).isEqualTo(Severity.WARNING);

      h.model.discardPending();
      h.sync();
      assertThat(h.model.pendingProperty().get()).isNull();
      assertThat(h.model.editing()).isEqualTo(faster);

      h.model.edit("Width", c -> ConfigEdits.width(c, 32));
      h.model.reset();
      h.sync();
      assertThat(h.model.configProperty().get()).isEqualTo(wider);
      assertThat(h.model.snapshotProperty().get().config().critic().width()).isEqualTo(32);
      assertThat(h.status.messageProperty().get()).startsWith("Change applied: new networks");
    }
  }

  @Test
  void twoQuickEditsBothArriveWhateverTheSessionAnswered() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small())) {
      h.model.step(StepKind.ITERATION);
      // No snapshot is taken between the two: each edit applies to what the session holds then.
      h.model.edit("Width", c -> ConfigEdits.width(c, 32));
      h.model.edit("Depth", c -> ConfigEdits.depth(c, 2));
      h.sync();
      assertThat(h.model.editing().critic().width()).isEqualTo(32);
      assertThat(h.model.editing().critic().depth()).isEqualTo(2);
    }
  }

  @Test
  void beforeAnyTrainingAChangeNeedingNewNetworksAppliesAtOnce() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small())) {
      h.model.edit("Data set swiss roll", c -> c.withData("swissroll"));
      h.sync();
      assertThat(h.model.pendingProperty().get()).isNull();
      assertThat(h.model.configProperty().get().data()).isEqualTo("swissroll");
      assertThat(h.status.messageProperty().get()).contains("applied with new networks");
      assertThat(h.model.snapshotProperty().get().config().data()).isEqualTo("swissroll");
    }
  }

  @Test
  void aMethodChangeIsLiveAndKeepsTheIterations() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small())) {
      h.model.play();
      h.tick(2);
      h.model.edit("c", c -> ConfigEdits.method(c, 0, new MethodConfig.Clipping(0.05)));
      h.tick(1);
      RunModel clip = h.model.runs().get(0);
      assertThat(clip.titleProperty().get()).isEqualTo("WGAN clip c=0.05");
      assertThat(clip.iterationTextProperty().get()).isEqualTo("it 3");
    }
  }

  @Test
  void unreadableDataIsReportedAndTheOldRunsGoOn() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small())) {
      ExperimentConfig original = h.model.configProperty().get();
      h.model.replace(original.withData("no-such-file.csv"));
      h.sync();
      assertThat(h.status.severityProperty().get()).isEqualTo(Severity.ERROR);
      assertThat(h.status.messageProperty().get()).contains("no-such-file.csv");
      assertThat(h.model.configProperty().get()).isEqualTo(original);
      h.model.play();
      h.tick(1);
      assertThat(h.model.runs().get(0).iterationTextProperty().get()).isEqualTo("it 1");
    }
  }

  @Test
  void dataTheSessionCannotReadIsRefusedAndTheConfigStays() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small())) {
      ExperimentConfig before = h.model.configProperty().get();
      h.model.edit("Data set gone.csv", c -> c.withData("toydata/gone.csv"));
      h.sync();
      assertThat(h.status.severityProperty().get()).isEqualTo(Severity.ERROR);
      assertThat(h.status.messageProperty().get()).contains("gone.csv");
      assertThat(h.model.noticeProperty().get().level())
          .isEqualTo(org.wganlab.train.Notice.Level.ERROR);
      assertThat(h.model.editing()).isEqualTo(before);
      assertThat(h.model.runs()).hasSize(3);
    }
  }

  @Test
  void aSlowPaceIsTheSessionsAndShowsInTheRuns() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small())) {
      h.model.setPace(Pace.ONE_PER_SECOND);
      h.model.play();
      h.sync();
      assertThat(h.model.paceProperty().get()).isEqualTo(Pace.ONE_PER_SECOND);
      assertThat(h.status.messageProperty().get()).isEqualTo("Training at 1 it/s.");
      h.tick(2);
      assertThat(h.model.runs().get(0).iterationTextProperty().get()).isEqualTo("it 2");
      assertThat(h.model.runs().get(0).statusTextProperty().get()).isEqualTo("running");
      h.model.pause();
      h.sync();
      assertThat(h.model.runs().get(0).speedTextProperty().get()).isEmpty();
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
      assertThat(h.status.messageProperty().get()).startsWith("Measuring the exact W1");
      h.sync();
      assertThat(h.status.messageProperty().get()).startsWith("Exact W1 measured");
      assertThat(h.model.runs().get(1).estimateTextProperty().get()).matches("W .* \\(exact .*\\)");
      assertThat(h.model.playingProperty().get()).isFalse();
    }
  }

  @Test
  void whenEveryRunDivergedPlayingStops() throws Exception {
    ExperimentConfig diverging = TestExperiments.diverging();
    try (ModelHarness h = new ModelHarness(diverging.withRuns(List.of(diverging.runs().get(0))))) {
      h.model.play();
      h.sync();
      assertThat(h.model.playingProperty().get()).isTrue();
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
      h.sync();
      assertThat(h.model.runs()).hasSize(2);
      assertThat(h.model.runs().get(0).view().shows(Layer.ARROWS))
          .as("display choices survive a reset").isFalse();
    }
  }

  @Test
  void removingAPanelKeepsTheOthersModelsAndAddingOneCopiesNetworks() throws Exception {
    try (ModelHarness h = new ModelHarness(TestExperiments.small())) {
      RunModel gp = h.model.runs().get(1);
      RunModel div = h.model.runs().get(2);
      h.model.play();
      h.tick(3);
      h.model.removePanel(0);
      h.sync();
      assertThat(h.model.runs()).containsExactly(gp, div);
      assertThat(h.status.messageProperty().get())
          .isEqualTo("Panel 1 removed; the other panels keep their runs.");
      h.model.addPanel(0);
      h.tick(1);
      assertThat(h.model.runs()).hasSize(3).startsWith(gp, div);
      assertThat(h.model.runs().get(2).iterationTextProperty().get()).isEqualTo("it 4");
      assertThat(h.model.runs().get(2).titleProperty().get()).startsWith("WGAN-GP");
    }
  }
}
