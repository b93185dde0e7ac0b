package org.wganlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.export.DamagedFileException;
import org.wganlab.method.MethodKind;
import org.wganlab.metrics.GridSpec;
import org.wganlab.nn.Activation;
import org.wganlab.nn.WeightInit;

/**
 * A session trained, saved, reopened in a fresh session and trained on gives exactly the numbers of
 * the session that never stopped; damaged and mismatched files are refused by name.
 */
class TrainedStateFileTest {
  @TempDir
  Path dir;

  private static ExperimentConfig config(String data, TrainingMode mode, List<MethodKind> methods) {
    NetworkConfig net = new NetworkConfig(2, 24, Activation.RELU, WeightInit.REFERENCE);
    return ExperimentConfig.reference(data, methods).withNetworks(net, net).withMode(mode)
        .withTraining(48, 5, 0)
        .withEvaluation(EvaluationConfig.DEFAULT.withLogEvery(4).withGrid(new GridSpec(12, -3, 3)));
  }

  private static TrainingSession session(ExperimentConfig config) throws Exception {
    // Measured every round (interval 0): what the measuring streams draw is then the same each time.
    return new TrainingSession(config, DatasetResolver.standard(), 0);
  }

  private static void train(TrainingSession session, int rounds) {
    session.apply(new Command.Play());
    for (int i = 0; i < rounds; i++) {
      session.tick(System.nanoTime());
    }
    session.apply(new Command.Pause());
  }

  private static SessionState capture(TrainingSession session) {
    SessionState[] taken = new SessionState[1];
    session.apply(new Command.Capture(s -> taken[0] = s));
    return taken[0];
  }

  /**
   * The same runs: counters, losses, curves, critic surfaces and mode counts, and with
   * {@code samePoints} also the measured points (a reopened session's first measurement draws fresh
   * points from the same networks, so that its streams go on as the saved ones).
   */
  private void assertSameRuns(ExperimentSnapshot expected, ExperimentSnapshot actual,
      boolean samePoints) {
    assertThat(actual.runs()).hasSameSizeAs(expected.runs());
    for (int i = 0; i < expected.runs().size(); i++) {
      RunSnapshot e = expected.runs().get(i);
      RunSnapshot a = actual.runs().get(i);
      assertThat(a.run()).isEqualTo(e.run());
      assertThat(a.iteration()).isEqualTo(e.iteration());
      assertThat(a.criticSteps()).isEqualTo(e.criticSteps());
      assertThat(a.criticLoss()).isEqualTo(e.criticLoss());
      assertThat((Double) a.generatorLoss()).isEqualTo((Double) e.generatorLoss());
      assertThat(a.penalty()).isEqualTo(e.penalty());
      // Rows hold the training time too, which differs; everything else is exact.
      assertThat(a.rows()).extracting(r -> List.of(r.iteration(), r.wassersteinEstimate(),
          r.criticLoss(), r.generatorLoss(), r.penalty())).containsExactlyElementsOf(
          e.rows().stream().map(r -> List.of(r.iteration(), r.wassersteinEstimate(),
              r.criticLoss(), r.generatorLoss(), r.penalty())).toList());
      assertThat(a.evaluation().surface().values()).containsExactly(
          e.evaluation().surface().values());
      assertThat(a.evaluation().modes()).isEqualTo(e.evaluation().modes());
      if (samePoints) {
        assertThat(a.evaluation().fake()).containsExactly(e.evaluation().fake());
        assertThat(a.evaluation().real()).containsExactly(e.evaluation().real());
        assertThat(a.evaluation().wassersteinEstimate())
            .isEqualTo(e.evaluation().wassersteinEstimate());
      }
    }
  }

  private void reopenedGoesOnExactly(ExperimentConfig config) throws Exception {
    TrainingSession uninterrupted = session(config);
    train(uninterrupted, 13);
    Path file = dir.resolve("lesson" + TrainedStateFile.EXTENSION);
    TrainedStateFile.write(file, capture(uninterrupted));
    ExperimentSnapshot atSave = uninterrupted.snapshot();

    // A fresh session of another experiment opens the file.
    TrainingSession reopened = session(config("ring", TrainingMode.GAN, List.of(MethodKind.GP)));
    reopened.apply(new Command.Restore(TrainedStateFile.read(file), file.getFileName().toString()));
    ExperimentSnapshot opened = reopened.snapshot();
    assertThat(opened.notice().text()).isEqualTo("Opened lesson.wganstate: " + config.runs().size()
        + " panels at iteration 13, paused. Play goes on from there.");
    assertThat(opened.config()).isEqualTo(config);
    assertThat(opened.playing()).isFalse();
    // The same pictures at iteration 13: the same critics, generators and curves.
    assertSameRuns(atSave, opened, false);

    train(uninterrupted, 11);
    train(reopened, 11);
    ExperimentSnapshot expected = uninterrupted.snapshot();
    assertThat(expected.runs()).extracting(RunSnapshot::iteration).containsOnly(24);
    assertSameRuns(expected, reopened.snapshot(), true);
  }

  @Test
  void eightGaussiansWithEveryMethodGoOnExactly() throws Exception {
    reopenedGoesOnExactly(config("8gaussians", TrainingMode.GAN, List.of(MethodKind.CLIP,
        MethodKind.GP, MethodKind.DIV, MethodKind.SN)));
  }

  @Test
  void aFixedSetServedInEpochsGoesOnExactly() throws Exception {
    // 25 gaussians is a fixed sample served in shuffled epochs: its samplers replay their shuffles.
    reopenedGoesOnExactly(config("25gaussians", TrainingMode.FIXED_GENERATOR,
        List.of(MethodKind.GP, MethodKind.CLIP)));
  }

  @Test
  void damagedFilesAreRefusedByName() throws Exception {
    TrainingSession session = session(config("8gaussians", TrainingMode.GAN,
        List.of(MethodKind.GP)));
    train(session, 3);
    Path file = dir.resolve("state.wganstate");
    TrainedStateFile.write(file, capture(session));
    byte[] good = Files.readAllBytes(file);

    byte[] flipped = good.clone();
    flipped[good.length / 2] ^= 0x10;
    Path altered = dir.resolve("altered.wganstate");
    Files.write(altered, flipped);
    assertThatThrownBy(() -> TrainedStateFile.read(altered)).isInstanceOf(
        DamagedFileException.class).hasMessage(altered + ": trained state is damaged: its contents do not"
        + " match their checksum");

    Path truncated = dir.resolve("truncated.wganstate");
    Files.write(truncated, java.util.Arrays.copyOf(good, good.length - 100));
    assertThatThrownBy(() -> TrainedStateFile.read(truncated))
        .hasMessage(truncated + ": trained state is damaged: its contents do not match their"
            + " checksum");

    Path png = dir.resolve("picture.wganstate");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0, 0, 0, 0, 0});
    assertThatThrownBy(() -> TrainedStateFile.read(png))
        .hasMessage(png + ": not a WGAN Lab trained state");

    byte[] newer = good.clone();
    ByteBuffer.wrap(newer).putInt(4, 2);
    Path later = dir.resolve("later.wganstate");
    Files.write(later, newer);
    assertThatThrownBy(() -> TrainedStateFile.read(later))
        .hasMessage(later + ": trained state version 2, this program reads version 1");

    assertThatThrownBy(() -> TrainedStateFile.read(dir.resolve("missing.wganstate")))
        .hasMessageEndingWith("missing.wganstate: no such file");
  }

  @Test
  void aStateThatDoesNotFitItsConfigIsRefusedAndTheRunsAreKept() throws Exception {
    TrainingSession session = session(config("8gaussians", TrainingMode.GAN,
        List.of(MethodKind.GP)));
    train(session, 3);
    SessionState saved = capture(session);
    NetworkConfig wider = new NetworkConfig(2, 40, Activation.RELU, WeightInit.REFERENCE);
    SessionState mismatched = new SessionState(saved.config().withNetworks(wider, wider),
        saved.runs());
    train(session, 2);
    session.apply(new Command.Restore(mismatched, "odd.wganstate"));
    ExperimentSnapshot after = session.snapshot();
    assertThat(after.notice().text()).startsWith("Not opened: odd.wganstate: the saved critic has ")
        .contains("parameters, this one");
    assertThat(after.config()).isEqualTo(saved.config());
    assertThat(after.runs()).extracting(RunSnapshot::iteration).containsOnly(5);
  }
}
