package org.wganlab.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.metrics.GridSpec;
import org.wganlab.metrics.Surface;
import org.wganlab.train.Evaluation;

/** The shared D(x) span: the largest span of the latest surfaces, scanned once per new measurement. */
class DisplayOptionsTest {
  private static final GridSpec GRID = new GridSpec(4, -1, 1);

  /** A measurement whose surface runs from {@code low} to {@code high}. */
  private static Evaluation measured(double low, double high) {
    float[] values = new float[GRID.size()];
    Arrays.fill(values, (float) low);
    values[values.length - 1] = (float) high;
    Surface surface = new Surface(GRID, values, new float[GRID.size()]);
    return new Evaluation(1, surface, new double[0], new double[0], new double[0], new double[0],
        new double[0], new double[0], new double[0], null, null, new double[0], 0, null, Double.NaN);
  }

  @Test
  void theSpanIsTheLargestAndIsScannedOncePerNewSetOfMeasurements() {
    DisplayOptions options = new DisplayOptions();
    Evaluation narrow = measured(0, 0.5);
    Evaluation wide = measured(-2, 1);
    List<Evaluation> latest = Arrays.asList(narrow, null, wide);
    assertThat(options.spanOf(latest)).isEqualTo(3.0);
    int scans = options.spanScans();
    // Every panel asks as it redraws: the same measurements are not scanned again.
    for (int panel = 0; panel < 3; panel++) {
      assertThat(options.spanOf(Arrays.asList(narrow, null, wide))).isEqualTo(3.0);
    }
    assertThat(options.spanScans()).isEqualTo(scans);
    // A new measurement of one run, even with the same numbers, is a new set.
    Evaluation narrower = measured(0, 0.25);
    assertThat(options.spanOf(Arrays.asList(narrower, null, measured(-2, 1)))).isEqualTo(3.0);
    assertThat(options.spanOf(Arrays.asList(narrower, null, measured(0, 2)))).isEqualTo(2.0);
    assertThat(options.spanScans()).isEqualTo(scans + 2);
    assertThat(options.spanOf(List.of())).isNaN();
  }
}
