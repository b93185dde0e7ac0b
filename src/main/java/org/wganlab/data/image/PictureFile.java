package org.wganlab.data.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.wganlab.data.DataFormatException;

/**
 * Reads one PNG or JPEG picture of any size into a square training image: decoded with
 * {@link ImageIO}, scaled and centre-cropped by {@link AreaResampler}, in gray (luminance) or RGB.
 * Transparency is ignored: a transparent pixel counts with the colour stored under it.
 *
 * <p>A picture's width and height are read from its header and checked against {@link #MAX_PIXELS}
 * before it is decoded: a file of a few hundred kilobytes can declare 40,000 x 40,000 pixels, and
 * decoding it would ask for gigabytes.
 */
final class PictureFile {
  /**
   * Most pixels a picture may have: 25 megapixels (a 12 MP photograph passes). Decoding one of them
   * and its float planes takes at most about 400 MB.
   */
  static final long MAX_PIXELS = 25_000_000L;

  private PictureFile() {}

  /**
   * The picture in {@code file} as {@code channels x size x size} values in [0, 1] (channel, row,
   * column).
   *
   * @param channels 1 for gray, 3 for RGB
   * @throws DataFormatException if the file cannot be read or is not a picture ImageIO can decode
   */
  static float[] read(Path file, int size, int channels) throws DataFormatException {
    BufferedImage picture = decode(file);
    int width = picture.getWidth();
    int height = picture.getHeight();
    float[] image = new float[channels * size * size];
    float[][] planes = planes(picture, channels);
    for (int c = 0; c < channels; c++) {
      float[] square = AreaResampler.centreSquare(planes[c], width, height, size);
      System.arraycopy(square, 0, image, c * size * size, size * size);
    }
    return image;
  }

  private static BufferedImage decode(Path file) throws DataFormatException {
    // A memory cache rather than ImageIO's default temporary files: pictures are small and a
    // read-only or full temporary folder should not stop training.
    try (InputStream in = Files.newInputStream(file)) {
      try (ImageInputStream stream = new MemoryCacheImageInputStream(in)) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
        if (!readers.hasNext()) {
          throw new DataFormatException(file, 0,
              "not a picture that can be read (PNG or JPEG expected)");
        }
        ImageReader reader = readers.next();
        try {
          reader.setInput(stream, true, true);
          checkSize(file, reader.getWidth(0), reader.getHeight(0));
          return reader.read(0);
        } finally {
          reader.dispose();
        }
      }
    } catch (NoSuchFileException e) {
      throw new DataFormatException(file, 0, "file not found", e);
    } catch (AccessDeniedException e) {
      throw new DataFormatException(file, 0, "the file cannot be read: permission denied", e);
    } catch (IIOException | RuntimeException e) {
      // ImageIO's decoders report damaged data and unsupported variants (a CMYK JPEG, say) with
      // IIOException, and some damaged data with unchecked exceptions.
      throw new DataFormatException(file, 0, "the picture cannot be decoded (damaged or of an unsupported kind)", e);
    } catch (IOException e) {
      throw new DataFormatException(file, 0, "the file could not be read (" + e.getMessage() + ")", e);
    }
  }

  /** Refuses a picture larger than {@link #MAX_PIXELS}, from the size its header declares. */
  private static void checkSize(Path file, int width, int height) throws DataFormatException {
    if ((long) width * height > MAX_PIXELS) {
      throw new DataFormatException(file, 0, String.format(Locale.ROOT, "the picture declares %d x"
          + " %d pixels, more than the %d megapixels a picture may have", width, height,
          MAX_PIXELS / 1_000_000));
    }
  }

  /**
   * The picture's pixels as {@code channels} planes of values in [0, 1]. Gray pictures are read from
   * their raster: {@link BufferedImage#getRGB} would convert Java's linear gray to sRGB and turn a
   * stored 128 into 188.
   */
  private static float[][] planes(BufferedImage picture, int channels) {
    int width = picture.getWidth();
    int height = picture.getHeight();
    float[][] planes = new float[channels][width * height];
    boolean gray = picture.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
        && !(picture.getColorModel() instanceof IndexColorModel);
    Raster raster = picture.getRaster();
    // Gray PNGs store 1, 2, 4, 8 or 16 bits per pixel; the largest value is white.
    float grayMax = (1 << picture.getSampleModel().getSampleSize(0)) - 1;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int p = y * width + x;
        if (gray) {
          float value = raster.getSample(x, y, 0) / grayMax;
          for (int c = 0; c < channels; c++) {
            planes[c][p] = value;
          }
        } else {
          int rgb = picture.getRGB(x, y);
          float red = (rgb >> 16 & 0xff) / 255f;
          float green = (rgb >> 8 & 0xff) / 255f;
          float blue = (rgb & 0xff) / 255f;
          if (channels == 1) {
            planes[0][p] = ImageShaping.luminance(red, green, blue);
          } else {
            planes[0][p] = red;
            planes[1][p] = green;
            planes[2][p] = blue;
          }
        }
      }
    }
    return planes;
  }
}
