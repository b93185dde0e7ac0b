package org.wganlab.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A grid of generated images as a PNG: {@code columns} images a row, each pixel drawn as a
 * {@code scale x scale} block (no smoothing, so a teacher can point at pixels on a projector), thin
 * gaps between images, and a caption line above (the method and iteration).
 */
public final class SampleGrid {
  private static final int GAP = 2;
  private static final int CAPTION_HEIGHT = 30;

  private SampleGrid() {
  }

  /**
   * Draws {@code count} images of {@code channels x size x size} values in [0, 1] (NCHW rows of
   * {@code pixels}, values outside clamped) into a grid image.
   */
  public static BufferedImage draw(float[] pixels, int count, int channels, int size, int columns,
      int scale, String caption) {
    int volume = channels * size * size;
    if (pixels.length < (long) count * volume || count < 1 || columns < 1 || scale < 1) {
      throw new IllegalArgumentException("need " + count + " images of " + volume + " values, got "
          + pixels.length + " values");
    }
    int rows = (count + columns - 1) / columns;
    int cell = size * scale + GAP;
    int width = columns * cell + GAP;
    BufferedImage image = new BufferedImage(width, CAPTION_HEIGHT + rows * cell + GAP,
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(caption, GAP + 4, CAPTION_HEIGHT - 9);
    g.dispose();
    for (int k = 0; k < count; k++) {
      int left = GAP + (k % columns) * cell;
      int top = CAPTION_HEIGHT + GAP + (k / columns) * cell;
      for (int y = 0; y < size * scale; y++) {
        for (int x = 0; x < size * scale; x++) {
          image.setRGB(left + x, top + y, rgb(pixels, k * volume, channels, size, y / scale,
              x / scale));
        }
      }
    }
    return image;
  }

  /**
   * The image under the point ({@code x}, {@code y}) of a grid {@link #draw} made with these sizes,
   * from 0 in reading order; -1 on the caption, a gap or past the last image.
   */
  public static int cellAt(double x, double y, int count, int size, int columns, int scale) {
    return cellAt(x, y, count, columns, size * scale, GAP, CAPTION_HEIGHT);
  }

  /**
   * The image under the point ({@code x}, {@code y}) of any grid of {@code count} images of
   * {@code side} pixels, {@code columns} a row, {@code gap} pixels apart and around, below a band of
   * {@code top} pixels: from 0 in reading order, or -1 off the images.
   */
  public static int cellAt(double x, double y, int count, int columns, int side, int gap,
      int top) {
    int cell = side + gap;
    double left = x - gap;
    double down = y - top - gap;
    if (left < 0 || down < 0 || left % cell >= side || down % cell >= side) {
      return -1;
    }
    int column = (int) (left / cell);
    int index = (int) (down / cell) * columns + column;
    return column < columns && index < count ? index : -1;
  }

  /** The pixel at row {@code y}, column {@code x} of the image starting at {@code offset}. */
  private static int rgb(float[] pixels, int offset, int channels, int size, int y, int x) {
    int plane = size * size;
    int r = level(pixels[offset + y * size + x]);
    if (channels == 1) {
      return (r << 16) | (r << 8) | r;
    }
    int g = level(pixels[offset + plane + y * size + x]);
    int b = level(pixels[offset + 2 * plane + y * size + x]);
    return (r << 16) | (g << 8) | b;
  }

  private static int level(float value) {
    return Math.round(Math.max(0f, Math.min(1f, value)) * 255f);
  }

  /** Draws the grid and writes it atomically to {@code target}. */
  public static void write(Path target, float[] pixels, int count, int channels, int size,
      int columns, int scale, String caption) throws IOException {
    PngFiles.write(target, draw(pixels, count, channels, size, columns, scale, caption));
  }
}
