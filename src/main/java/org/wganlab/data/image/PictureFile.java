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
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.wganlab.data.DataFormatException;

/**
 * Reads one PNG or JPEG picture of any size into a square training image: decoded with
 * {@link ImageIO}, scaled and centre-cropped by {@link AreaResampler}, in gray (luminance) or RGB.
 * Transparency is ignored: a transparent pixel counts with the colour stored under it.
 */
final class PictureFile {
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
      MemoryCacheImageInputStream stream = new MemoryCacheImageInputStream(in);
      // ImageIO.read closes the image stream itself, except when it finds no decoder.
      BufferedImage picture = ImageIO.read(stream);
      if (picture == null) {
        stream.close();
        throw new DataFormatException(file, 0, "not a picture that can be read (PNG or JPEG expected)");
      }
      return picture;
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
