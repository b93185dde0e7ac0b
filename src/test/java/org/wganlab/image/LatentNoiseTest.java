package org.wganlab.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.junit.jupiter.api.Test;
import org.wganlab.method.MethodKind;
import org.wganlab.train.LatentWalk;

/**
 * The walk's noise: cells are the fixed noise's rows, slerp keeps to the great circle and meets its
 * ends exactly, and random ends come from the walk's own stream.
 */
class LatentNoiseTest {
  private final ImageExperiment experiment = ImageExperiment.reference("data",
      List.of(MethodKind.GP));

  @Test
  void aCellIsItsRowOfTheFixedNoise() {
    int d = experiment.noiseDim();
    double[] seven = LatentNoise.of(experiment, new LatentWalk.Cell(7));
    double[] rows = ImageMeasurements.gaussian(StepRandom.at(experiment.seed(),
        StepRandom.Stream.MEASUREMENT, 0), 8, d, DataType.DOUBLE).ravel().toDoubleVector();
    assertThat(seven).containsExactly(Arrays.copyOfRange(rows, 7 * d, 8 * d));
    assertThat(LatentNoise.of(experiment, new LatentWalk.Random(7))).isNotEqualTo(seven)
        .containsExactly(LatentNoise.of(experiment, new LatentWalk.Random(7)));
  }

  @Test
  void slerpMeetsItsEndsExactlyAndKeepsToTheCircle() {
    double[] a = {3, 0, 0};
    double[] b = {0, 3, 0};
    assertThat(LatentNoise.slerp(a, b, 0)).containsExactly(a);
    assertThat(LatentNoise.slerp(a, b, 1)).containsExactly(b);
    double h = 3 / Math.sqrt(2);
    assertThat(LatentNoise.slerp(a, b, 0.5)).containsExactly(new double[] {h, h, 0},
        within(1e-15));
    // A third of the way: 30 degrees from a.
    assertThat(LatentNoise.slerp(a, b, 1.0 / 3)).containsExactly(new double[] {3 * Math.sqrt(3) / 2,
        1.5, 0}, within(1e-15));
    // Parallel ends: the straight line.
    assertThat(LatentNoise.slerp(a, new double[] {6, 0, 0}, 0.5)).containsExactly(4.5, 0, 0);
  }

  @Test
  void aWalksRowsAreItsStripThenItsFrame() {
    LatentWalk walk = new LatentWalk(new LatentWalk.Cell(0), new LatentWalk.Random(2), 0.3);
    int d = experiment.noiseDim();
    float[] rows = LatentNoise.rows(experiment, walk);
    assertThat(rows).hasSize((LatentWalk.STEPS + 1) * d);
    double[] a = LatentNoise.of(experiment, walk.from());
    double[] frame = LatentNoise.slerp(a, LatentNoise.of(experiment, walk.to()), 0.3);
    for (int i = 0; i < d; i++) {
      assertThat(rows[i]).isEqualTo((float) a[i]);
      assertThat(rows[LatentWalk.STEPS * d + i]).isEqualTo((float) frame[i]);
    }
  }
}
