package org.wganlab.ui.image;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.wganlab.export.SampleGrid;

/**
 * Images as a grid in a {@link WritableImage}: 8 a row, one image pixel per screen pixel (the view
 * scales it without smoothing, so pixels stay crisp), a one-pixel white gap between images.
 */
final class GridPixels {
  /** Images a row. */
  static final int COLUMNS = 8;
  private static final int GAP = 1;

  private GridPixels() {
  }

  /**
   * {@code pixels} (NCHW rows of {@code channels x size x size} values in [0, 1], clamped) as a grid;
   * as many images as the array holds whole.
   */
  static WritableImage draw(float[] pixels, int channels, int size) {
    return draw(pixels, channels, size, COLUMNS);
  }

  /** As {@link #draw(float[], int, int)}, {@code columns} images a row. */
  static WritableImage draw(float[] pixels, int channels, int size, int columns) {
    return draw(pixels, channels, size, columns, null);
  }

  /**
   * As {@link #draw(float[], int, int)}, into {@code reuse} when it has the grid's size (a view
   * showing it shows the new pixels), else into a new image: a live grid is redrawn every iteration
   * at one size.
   */
  static WritableImage redraw(float[] pixels, int channels, int size, WritableImage reuse) {
    return draw(pixels, channels, size, COLUMNS, reuse);
  }

  private static WritableImage draw(float[] pixels, int channels, int size, int columns,
      WritableImage reuse) {
    int volume = channels * size * size;
    int count = pixels.length / volume;
    int rows = Math.max(1, (count + columns - 1) / columns);
    int cell = size + GAP;
    int width = columns * cell + GAP;
    int height = rows * cell + GAP;
    int[] argb = new int[width * height];
    java.util.Arrays.fill(argb, 0xffffffff);
    for (int k = 0; k < count; k++) {
      int left = GAP + (k % columns) * cell;
      int top = GAP + (k / columns) * cell;
      int offset = k * volume;
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          int at = y * size + x;
          int r = level(pixels[offset + at]);
          int g = channels == 3 ? level(pixels[offset + size * size + at]) : r;
          int b = channels == 3 ? level(pixels[offset + 2 * size * size + at]) : r;
          argb[(top + y) * width + left + x] = 0xff000000 | r << 16 | g << 8 | b;
        }
      }
    }
    WritableImage image = reuse != null && reuse.getWidth() == width && reuse.getHeight() == height
        ? reuse : new WritableImage(width, height);
    image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0,
        width);
    return image;
  }

  /**
   * The image under the point ({@code x}, {@code y}) of a grid of {@code count} images of
   * {@code size} pixels a side drawn by {@link #draw(float[], int, int)}, in the grid's pixels: from 0
   * in reading order, or -1 on a gap or past the last image.
   */
  static int cellAt(double x, double y, int count, int size) {
    return SampleGrid.cellAt(x, y, count, COLUMNS, size, GAP, 0);
  }

  private static int level(float v) {
    return Math.round(255 * Math.max(0f, Math.min(1f, v)));
  }
}
