package org.wganlab.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * PNG files of rendered figures, written atomically through {@link AtomicFiles} so that an
 * interrupted export never leaves a truncated image.
 */
public final class PngFiles {

  private PngFiles() {}

  /**
   * Encodes {@code image} as PNG into {@code target}, replacing any existing file.
   *
   * @throws IOException if the file cannot be written (see {@link AtomicFiles#write}) or no PNG encoder
   *     accepts the image type
   */
  public static void write(Path target, BufferedImage image) throws IOException {
    AtomicFiles.write(
        target,
        out -> {
          // ImageIO reports an image it cannot encode by returning false, not by throwing.
          if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG encoder for image type " + image.getType());
          }
        });
  }
}
