package org.wganlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColorMapTest {

  @Test
  void endsAreTheFirstAndLastControlPointsAndInputsAreClamped() {
    assertThat(ColorMap.VALUE.argb(0)).isEqualTo(0xff1b2a55);
    assertThat(ColorMap.VALUE.argb(1)).isEqualTo(0xfff7f4ea);
    assertThat(ColorMap.VALUE.argb(-3)).isEqualTo(ColorMap.VALUE.argb(0));
    assertThat(ColorMap.VALUE.argb(7)).isEqualTo(ColorMap.VALUE.argb(1));
    assertThat(ColorMap.MAGNITUDE.argb(0)).isEqualTo(0xfffbfaf7);
    assertThat(ColorMap.MAGNITUDE.argb(1)).isEqualTo(0xff35115e);
    assertThat(ColorMap.MAGNITUDE.argb(Double.NaN)).isEqualTo(ColorMap.NAN_ARGB);
  }

  @Test
  void everyMapIsOpaqueAndMonotoneInLuminance() {
    for (ColorMap map : ColorMap.values()) {
      double previous = ColorMap.luminance(map.argb(0));
      boolean rising = ColorMap.luminance(map.argb(1)) > previous;
      for (int i = 1; i < 256; i++) {
        int argb = map.argb(i / 255.0);
        assertThat(argb >>> 24).isEqualTo(0xff);
        double lum = ColorMap.luminance(argb);
        if (rising) {
          assertThat(lum).as("%s at %d", map, i).isGreaterThanOrEqualTo(previous);
        } else {
          assertThat(lum).as("%s at %d", map, i).isLessThanOrEqualTo(previous);
        }
        previous = lum;
      }
    }
  }
}
