package org.wganlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.method.MethodKind;
import org.wganlab.metrics.GridSpec;

class ColorScaleTest {
  private static final GridSpec GRID = new GridSpec(2, -3, 3);

  @Test
  void gradientNormsShareOneScaleWithOneInTheMiddleAndOverflowInItsOwnColour() {
    ColorScale scale = ColorScale.gradientNorm();
    int[] out = new int[4];
    // Row 0 (bottom) = {0, 1}, row 1 (top) = {2, 40}.
    scale.paint(new float[] {0f, 1f, 2f, 40f}, 2, out);
    assertThat(out).containsExactly(ColorMap.MAGNITUDE.argb(1), ColorScale.OVER_ARGB,
        ColorMap.MAGNITUDE.argb(0), ColorMap.MAGNITUDE.argb(0.5));
    assertThat(scale.position(scale.mark())).isEqualTo(0.5);
    assertThat(scale.anyOver(new float[] {0f, 1.9f})).isFalse();
    assertThat(scale.anyOver(new float[] {0f, 2.1f})).isTrue();
  }

  @Test
  void aNearlyConstantCriticIsFlatAndPaintedInOneColour() {
    ColorScale scale = ColorScale.value(-5.07e-4, -4.57e-4, GRID);
    assertThat(scale.flat()).isTrue();
    int[] out = new int[4];
    scale.paint(new float[] {-5.07e-4f, -4.9e-4f, -4.7e-4f, -4.57e-4f}, 2, out);
    assertThat(out).containsOnly(ColorMap.VALUE.argb(0.5));
  }

  @Test
  void aCriticWithARealSlopeIsStretchedOverItsOwnRange() {
    ColorScale scale = ColorScale.value(-2, 0.5, GRID);
    assertThat(scale.flat()).isFalse();
    assertThat(scale.low()).isEqualTo(-2);
    assertThat(scale.high()).isEqualTo(0.5);
  }

  @Test
  void aSharedSpanIsCentredOnEachSurfacesOwnMiddle() {
    ColorScale scale = ColorScale.value(9, 10, 4, GRID);
    assertThat(scale.low()).isEqualTo(7.5);
    assertThat(scale.high()).isEqualTo(11.5);
  }

  @Test
  void runsAreColouredByMethodWithShadesWithinAMethod() {
    List<Color> three = RunColours.forRuns(List.of(MethodKind.CLIP, MethodKind.GP, MethodKind.DIV));
    List<Color> two = RunColours.forRuns(List.of(MethodKind.CLIP, MethodKind.DIV));
    assertThat(two.get(1)).isEqualTo(three.get(2));
    List<Color> clips = RunColours.forRuns(List.of(MethodKind.CLIP, MethodKind.CLIP, MethodKind.GP));
    assertThat(clips.get(0)).isEqualTo(RunColours.of(MethodKind.CLIP));
    assertThat(clips.get(1)).isNotEqualTo(clips.get(0));
    assertThat(clips.get(2)).isEqualTo(RunColours.of(MethodKind.GP));
  }
}
