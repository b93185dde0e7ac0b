package org.wganlab.metrics.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.wganlab.data.image.ImageSet;

class SlicedWassersteinTest {

  @Test
  void oneDimensionalW1IsTheAreaBetweenDistributionFunctions() {
    assertThat(SlicedWasserstein.w1OfSorted(new double[] {0, 1}, new double[] {2, 3}))
        .isCloseTo(2, within(1e-15));
    // {0} against {0, 2}: half the mass moves by 2.
    assertThat(SlicedWasserstein.w1OfSorted(new double[] {0}, new double[] {0, 2}))
        .isCloseTo(1, within(1e-15));
    // Thirds against halves: F differs by 1/3 on [0, 1), 1/6 on [1, 2), 1/3 on [2, 4).
    assertThat(SlicedWasserstein.w1OfSorted(new double[] {0, 1, 4}, new double[] {1, 2}))
        .isCloseTo(1.0 / 3 + 1.0 / 6 + 2.0 / 3, within(1e-15));
  }

  @Test
  void singlePixelImagesGiveThePlainW1WhateverTheDirections() {
    // With one pixel every unit direction is +1 or -1, and W1 is invariant under reflection.
    ImageSet a = pixels(1, new float[] {0.0f, 0.5f, 1.0f});
    ImageSet b = pixels(1, new float[] {0.25f, 0.25f, 0.25f});
    double expected = (0.25 + 0.25 + 0.75) / 3;
    assertThat(SlicedWasserstein.against(a, 16, 1).distanceTo(b)).isCloseTo(expected, within(1e-7));
  }

  @Test
  void translationByAVectorAveragesItsProjectedLength() {
    // Two-pixel images shifted by d = (0.6, 0): each slice moves all mass by |cos(angle)| * 0.6, whose
    // mean over the circle is 0.6 * 2 / pi; 4000 random directions get within a few percent.
    ImageSet a = pixels(2, new float[] {0.1f, 0.2f, 0.3f, 0.9f, 0.2f, 0.5f});
    ImageSet b = pixels(2, new float[] {0.7f, 0.2f, 0.9f, 0.9f, 0.8f, 0.5f});
    assertThat(SlicedWasserstein.against(a, 4000, 2).distanceTo(b))
        .isCloseTo(0.6 * 2 / Math.PI, within(0.01));
  }

  @Test
  void identicalSetsAreAtZeroAndTheSeedFixesTheValue() {
    ImageSet a = pixels(4, new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.9f, 0.1f, 0.0f, 0.5f});
    ImageSet b = pixels(4, new float[] {0.3f, 0.2f, 0.3f, 0.1f, 0.0f, 0.1f, 0.7f, 0.5f});
    assertThat(SlicedWasserstein.against(a, 32, 5).distanceTo(a)).isZero();
    assertThat(SlicedWasserstein.against(a, 32, 5).distanceTo(b))
        .isEqualTo(SlicedWasserstein.against(a, 32, 5).distanceTo(b));
  }

  @Test
  void rejectsImagesOfAnotherShape() {
    SlicedWasserstein distance = SlicedWasserstein.against(pixels(4, new float[4]), 8, 1);
    assertThatThrownBy(() -> distance.distanceTo(pixels(2, new float[4])))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1x1x2");
  }

  /** Gray images of one row and {@code width} columns. */
  private static ImageSet pixels(int width, float[] values) {
    return new ImageSet(1, 1, width, values, null);
  }
}
