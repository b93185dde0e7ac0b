package org.wganlab.data.image;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * Rewrites the size a PNG file declares in its header (with the header's checksum made to match), to
 * make the small files that announce huge pictures, as a decompression bomb does.
 */
public final class PngHeaders {
  /** Where the IHDR chunk's type starts: after the 8-byte signature and the 4-byte length. */
  private static final int IHDR_TYPE = 12;
  /** The IHDR chunk's type and 13 data bytes, which its CRC covers. */
  private static final int IHDR_COVERED = 17;

  private PngHeaders() {}

  /** A copy of {@code png} whose header declares {@code width} x {@code height} pixels. */
  public static byte[] declaring(byte[] png, int width, int height) {
    byte[] copy = png.clone();
    ByteBuffer buffer = ByteBuffer.wrap(copy);
    buffer.putInt(IHDR_TYPE + 4, width);
    buffer.putInt(IHDR_TYPE + 8, height);
    CRC32 crc = new CRC32();
    crc.update(copy, IHDR_TYPE, IHDR_COVERED);
    buffer.putInt(IHDR_TYPE + IHDR_COVERED, (int) crc.getValue());
    return copy;
  }
}
