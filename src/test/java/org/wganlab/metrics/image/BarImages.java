package org.wganlab.metrics.image;

import java.util.SplittableRandom;
import org.wganlab.data.image.ImageSet;

/**
 * A tiny labelled image task for tests: gray square images showing a horizontal bar (class 0), a
 * vertical bar (class 1) or a diagonal one (class 2) at random positions over faint noise.
 */
final class BarImages {

  private BarImages() {}

  /** {@code count} labelled {@code size x size} images drawn from {@code seed}. */
  static ImageSet labelled(int count, int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] pixels = new float[count * size * size];
    int[] labels = new int[count];
    for (int i = 0; i < count; i++) {
      int offset = i * size * size;
      for (int p = 0; p < size * size; p++) {
        pixels[offset + p] = (float) random.nextDouble(0, 0.2);
      }
      labels[i] = random.nextInt(3);
      int row = random.nextInt(2, size - 3);
      int column = random.nextInt(2, size - 3);
      for (int k = 0; k < size; k++) {
        for (int thickness = 0; thickness < 2; thickness++) {
          int y = switch (labels[i]) {
            case 0 -> row + thickness;
            case 1 -> k;
            default -> Math.floorMod(k + row + thickness, size);
          };
          int x = labels[i] == 1 ? column + thickness : k;
          pixels[offset + y * size + x] = 1;
        }
      }
    }
    return new ImageSet(1, size, size, pixels, labels);
  }

  /** {@code count} unlabelled images of uniform noise in [0, 1]. */
  static ImageSet noise(int count, int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] pixels = new float[count * size * size];
    for (int p = 0; p < pixels.length; p++) {
      pixels[p] = (float) random.nextDouble();
    }
    return new ImageSet(1, size, size, pixels, null);
  }
}
