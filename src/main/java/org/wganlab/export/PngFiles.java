package org.wganlab.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.wganlab.common.AtomicFiles;

/**
 * PNG files of rendered figures, written atomically through {@link AtomicFiles} so that an
 * interrupted export never leaves a truncated image.
 */
public final class PngFiles {

  static {
    // ImageIO's default disk cache registers a JVM shutdown hook on first use, which fails while
    // the JVM is shutting down, exactly when an interrupted run writes its last figures. PNGs of
    // this size encode fine in memory.
    ImageIO.setUseCache(false);
  }

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
