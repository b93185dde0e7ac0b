package org.wganlab.metrics.image;

import java.util.Arrays;
import org.wganlab.data.Rng;
import org.wganlab.data.image.ImageSet;

/**
 * The sliced Wasserstein-1 distance between image sets in pixel space: the mean, over fixed random unit
 * directions, of the exact one-dimensional W1 distance between the two sets' projections onto the
 * direction.
 *
 * <p>Pixel space is chosen on purpose: it complements the Fréchet distance, which sees the images only
 * through a classifier, with a number that depends on nothing learned. W1 matches the distance a
 * Wasserstein GAN's critic estimates. The directions come from a seeded generator and are drawn once,
 * so successive scores of one run are measured along the same slices and differ only by the images.
 *
 * <p>In one dimension W1 is the area between the two empirical distribution functions, computed
 * exactly by merging the sorted projections; the sets may differ in size. The reference set's sorted
 * projections are kept, so scoring another set costs one projection pass and a sort.
 */
public final class SlicedWasserstein {
  private final int channels;
  private final int height;
  private final int width;
  private final int projections;
  private final float[] directions;
  private final double[][] sortedReference;

  private SlicedWasserstein(ImageSet reference, float[] directions, int projections) {
    this.channels = reference.channels();
    this.height = reference.height();
    this.width = reference.width();
    this.projections = projections;
    this.directions = directions;
    this.sortedReference = sortedProjections(reference);
  }

  /**
   * A distance to {@code reference} along {@code projections} directions drawn from {@code seed}.
   *
   * @throws IllegalArgumentException if the reference is empty or {@code projections < 1}
   */
  public static SlicedWasserstein against(ImageSet reference, int projections, long seed) {
    if (projections < 1 || reference.count() < 1) {
      throw new IllegalArgumentException("need at least one projection and one image, got "
          + projections + " and " + reference.count());
    }
    return new SlicedWasserstein(reference, randomDirections(reference.pixelsPerImage(), projections,
        new Rng(seed)), projections);
  }

  /**
   * The sliced W1 distance between {@code images} and the reference, in pixel-value units.
   *
   * @throws IllegalArgumentException if {@code images} is empty or its image shape differs
   */
  public double distanceTo(ImageSet images) {
    if (images.channels() != channels || images.height() != height || images.width() != width) {
      throw new IllegalArgumentException("images are " + images.channels() + "x" + images.height()
          + "x" + images.width() + ", the reference is " + channels + "x" + height + "x" + width);
    }
    if (images.count() < 1) {
      throw new IllegalArgumentException("no images to compare");
    }
    double[][] sorted = sortedProjections(images);
    double sum = 0;
    for (int p = 0; p < projections; p++) {
      sum += w1OfSorted(sortedReference[p], sorted[p]);
    }
    return sum / projections;
  }

  /**
   * The W1 distance between the uniform distributions on the ascending values {@code a} and
   * {@code b}: the integral of {@code |F_a(x) - F_b(x)|}, which is constant between consecutive values
   * of the merged sequence.
   */
  static double w1OfSorted(double[] a, double[] b) {
    int i = 0;
    int j = 0;
    double area = 0;
    double previous = Math.min(a[0], b[0]);
    while (i < a.length && j < b.length) {
      double next = Math.min(a[i], b[j]);
      area += Math.abs((double) i / a.length - (double) j / b.length) * (next - previous);
      previous = next;
      if (a[i] <= b[j]) {
        i++;
      } else {
        j++;
      }
    }
    // One set is exhausted, so its distribution function is 1 from here on.
    for (; i < a.length; i++) {
      area += (1 - (double) i / a.length) * (a[i] - previous);
      previous = a[i];
    }
    for (; j < b.length; j++) {
      area += (1 - (double) j / b.length) * (b[j] - previous);
      previous = b[j];
    }
    return area;
  }

  /** Unit vectors, uniform on the sphere, stored pixel-major: {@code directions[pixel * k + p]}. */
  private static float[] randomDirections(int pixels, int count, Rng rng) {
    double[] raw = new double[pixels * count];
    double[] norms = new double[count];
    for (int p = 0; p < count; p++) {
      for (int x = 0; x < pixels; x++) {
        double g = rng.gaussian();
        raw[x * count + p] = g;
        norms[p] += g * g;
      }
    }
    float[] directions = new float[raw.length];
    for (int x = 0; x < pixels; x++) {
      for (int p = 0; p < count; p++) {
        directions[x * count + p] = (float) (raw[x * count + p] / Math.sqrt(norms[p]));
      }
    }
    return directions;
  }

  /** Per direction, the images' projections in ascending order. */
  private double[][] sortedProjections(ImageSet images) {
    int pixels = images.pixelsPerImage();
    int n = images.count();
    float[] image = new float[pixels];
    double[] dots = new double[projections];
    double[][] result = new double[projections][n];
    for (int i = 0; i < n; i++) {
      images.copyImage(i, image, 0);
      Arrays.fill(dots, 0);
      for (int x = 0; x < pixels; x++) {
        float value = image[x];
        // Most pixels of dark-background images are 0: skipping them halves the work.
        if (value != 0) {
          int row = x * projections;
          for (int p = 0; p < projections; p++) {
            dots[p] += value * directions[row + p];
          }
        }
      }
      for (int p = 0; p < projections; p++) {
        result[p][i] = dots[p];
      }
    }
    for (double[] values : result) {
      Arrays.sort(values);
    }
    return result;
  }
}
