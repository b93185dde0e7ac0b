package org.wganlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only screens much taller than the layout's 1080 px are scaled, and never below that height. */
class ScreenScaleTest {

  @Test
  void aFourKScreenShowsTheFullHdLayoutAtTwiceThePixels() {
    assertThat(ScreenScale.forHeight(2160)).hasValue(2.0);
    assertThat(ScreenScale.forHeight(2880)).hasValue(2.5);
    assertThat(ScreenScale.forHeight(1800)).hasValue(1.5);
  }

  @Test
  void projectorAndDesktopScreensAreLeftAlone() {
    for (int height : new int[] {720, 768, 1080, 1200, 1440, 1600}) {
      assertThat(ScreenScale.forHeight(height)).as("%d px", height).isEmpty();
    }
  }
}
