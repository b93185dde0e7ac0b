package org.wganlab.ui.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The meter's arithmetic on a scripted sequence of frames (nanosecond timestamps). */
class FrameMeterTest {
  private static final long MS = 1_000_000L;
  /** System.nanoTime() has an arbitrary origin; the meter reads 0 as "no frame started". */
  private static final long T0 = 5_000 * MS;

  @Test
  void pausesAreTheGapsBetweenFrameStartsAndTheLongestAreKept() {
    FrameMeter meter = new FrameMeter();
    meter.start(T0);
    long[] starts = {0, 16, 33, 150, 166, 183, 260, 276};
    long[] work = {2, 3, 2, 9, 2, 2, 4, 2};
    for (int i = 0; i < starts.length; i++) {
      meter.frameStarted(T0 + starts[i] * MS);
      meter.frameDone(T0 + (starts[i] + work[i]) * MS);
    }
    FrameReport report = meter.report(T0 + 300 * MS);

    assertThat(report.frames()).isEqualTo(8);
    assertThat(report.seconds()).isCloseTo(0.3, within(1e-12));
    assertThat(report.maxPauseMillis()).isCloseTo(117.0, within(1e-9));
    assertThat(report.pausesOver50()).isEqualTo(2);
    assertThat(report.longestPauses()).extracting(FrameReport.Pause::millis)
        .containsExactly(117.0, 77.0, 17.0, 17.0, 16.0);
    assertThat(report.maxMillis()).isCloseTo(9.0, within(1e-9));
    // 8 frames: the 95th percentile is the largest, the median the 4th smallest (2 ms).
    assertThat(report.p95Millis()).isCloseTo(9.0, within(1e-9));
    assertThat(report.medianMillis()).isCloseTo(2.0, within(1e-9));
    assertThat(report.describe()).contains("longest pause between frames: 117.0 ms; 2 pauses over 50 ms");
  }

  @Test
  void restartingForgetsWhatCameBefore() {
    FrameMeter meter = new FrameMeter();
    meter.start(T0);
    meter.frameStarted(T0);
    meter.frameDone(T0 + MS);
    meter.frameStarted(T0 + 500 * MS);
    meter.frameDone(T0 + 501 * MS);
    meter.start(T0 + 600 * MS);
    meter.frameStarted(T0 + 600 * MS);
    meter.frameDone(T0 + 601 * MS);
    meter.frameStarted(T0 + 616 * MS);
    meter.frameDone(T0 + 617 * MS);
    FrameReport report = meter.report(T0 + 700 * MS);
    assertThat(report.frames()).isEqualTo(2);
    assertThat(report.maxPauseMillis()).isCloseTo(16.0, within(1e-9));
    assertThat(report.pausesOver50()).isZero();
  }
}
