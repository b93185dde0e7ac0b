package org.wganlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.wganlab.metrics.GridSpec;

class RasterTest {

  @Test
  void flipsRowsSoTheTopImageRowComesFirst() {
    // 2 x 2 grid, row 0 (bottom) = {0, 1}, row 1 (top) = {NaN, 0.5}.
    float[] values = {0f, 1f, Float.NaN, 0.5f};
    int[] argb = Raster.toArgb(values, 2, ColorMap.VALUE, 0, 1);
    assertThat(argb)
        .containsExactly(
            ColorMap.NAN_ARGB,
            ColorMap.VALUE.argb(0.5),
            ColorMap.VALUE.argb(0),
            ColorMap.VALUE.argb(1));
  }

  @Test
  void exactEndColoursAndClampingOutsideTheBounds() {
    float[] values = {-10f, -2f, 4f, 99f, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, 1f, 1f, 1f};
    int[] argb = Raster.toArgb(values, 3, ColorMap.MAGNITUDE, -2, 4);
    int low = ColorMap.MAGNITUDE.argb(0);
    int high = ColorMap.MAGNITUDE.argb(1);
    int mid = ColorMap.MAGNITUDE.argb(0.5);
    // Image row 0 is grid row 2 = {1, 1, 1}: exactly the middle of [-2, 4].
    assertThat(argb).containsExactly(mid, mid, mid, high, low, high, low, low, high);
  }

  @Test
  void flatSurfaceGetsTheMiddleColourAndBufferIsReused() {
    int[] out = new int[4];
    Raster.toArgb(new float[] {3, 3, 3, 3}, 2, ColorMap.VALUE, 3, 3, out);
    assertThat(out).containsOnly(ColorMap.VALUE.argb(0.5));
  }

  @Test
  void rangeIgnoresNanAndInfinities() {
    float[] values = {Float.NaN, 2f, -1.5f, Float.POSITIVE_INFINITY, 7f, Float.NEGATIVE_INFINITY};
    assertThat(Raster.range(values)).containsExactly(-1.5, 7.0);
    assertThat(Raster.range(new float[] {Float.NaN})).containsExactly(0.0, 0.0);
  }

  @Test
  void resamplingReproducesABilinearFieldAtPixelCentres() {
    GridSpec grid = new GridSpec(3, 0, 2);
    float[] values = new float[9];
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 3; col++) {
        values[row * 3 + col] = col + 10 * row;
      }
    }
    float[] out = Raster.resample(values, grid, 4);
    double[] centres = {0.25, 0.75, 1.25, 1.75};
    for (int r = 0; r < 4; r++) {
      for (int c = 0; c < 4; c++) {
        assertThat(out[r * 4 + c]).isCloseTo((float) (centres[c] + 10 * centres[r]), within(1e-5f));
      }
    }
  }

  @Test
  void resamplingSpreadsNanOnlyToNeighbouringPixels() {
    GridSpec grid = new GridSpec(3, 0, 2);
    float[] values = {0, 0, 0, 0, 0, 0, 0, 0, Float.NaN};
    float[] out = Raster.resample(values, grid, 4);
    assertThat(out[15]).isNaN();
    assertThat(out[0]).isZero();
    assertThat(out[3]).isZero();
  }

  @Test
  void rejectsMismatchedSizesAndBounds() {
    assertThatThrownBy(() -> Raster.toArgb(new float[3], 2, ColorMap.VALUE, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Raster.toArgb(new float[4], 2, ColorMap.VALUE, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Raster.toArgb(new float[4], 2, ColorMap.VALUE, 0, 1, new int[5]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
