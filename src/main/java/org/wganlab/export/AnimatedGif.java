package org.wganlab.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.wganlab.common.AtomicFiles;

/**
 * An animated GIF built frame by frame: each frame is mapped to a {@link GifPalette} and compressed as
 * it is added, into memory, and {@link #save} writes the whole file atomically. Frames of one
 * animation share one size; each carries its own display time, so a frame that had to be held longer
 * (a slot skipped while recording) plays as long as it was seen.
 *
 * <p>Not thread-safe: one thread adds the frames and saves (the app's file thread).
 */
public final class AnimatedGif implements AutoCloseable {
  /** GIF delays are in hundredths of a second, in an unsigned 16-bit field. */
  public static final int MAX_DELAY_CENTIS = 0xffff;
  private static final String FORMAT = "javax_imageio_gif_image_1.0";

  static {
    // As for PNGs: no disk cache, no shutdown hook registered from a file thread.
    ImageIO.setUseCache(false);
  }

  private final int width;
  private final int height;
  private final int loops;
  private final GifPalette palette;
  private final byte[][] channels;
  private final BufferedImage frame;
  private final byte[] indices;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ImageOutputStream stream;
  private final ImageWriter writer;
  private int frames;
  private boolean ended;

  /**
   * An empty animation of {@code width x height} frames that loops {@code loops} times (0: for ever).
   *
   * @throws IllegalArgumentException for an empty size or a negative loop count
   */
  public AnimatedGif(int width, int height, int loops, GifPalette palette) throws IOException {
    if (width < 1 || height < 1 || width > 0xffff || height > 0xffff) {
      throw new IllegalArgumentException("a GIF frame is 1 to 65535 pixels a side, not " + width
          + " x " + height);
    }
    if (loops < 0 || loops > 0xffff) {
      throw new IllegalArgumentException("loop count " + loops + " is outside 0..65535");
    }
    this.width = width;
    this.height = height;
    this.loops = loops;
    this.palette = palette;
    byte[][] c = palette.channels();
    channels = c;
    frame = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
        new IndexColorModel(8, GifPalette.SIZE, c[0], c[1], c[2]));
    indices = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
    if (!writers.hasNext()) {
      throw new IOException("this Java runtime has no GIF encoder");
    }
    writer = writers.next();
    stream = new MemoryCacheImageOutputStream(bytes);
    writer.setOutput(stream);
    writer.prepareWriteSequence(streamMetadata(c));
  }

  /** The stream's header: the palette as the global colour table, which every frame uses. */
  private IIOMetadata streamMetadata(byte[][] c) throws IOException {
    IIOMetadata metadata = writer.getDefaultStreamMetadata(null);
    String format = "javax_imageio_gif_stream_1.0";
    IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
    IIOMetadataNode table = colourTable(root, "GlobalColorTable", c);
    table.setAttribute("sizeOfGlobalColorTable", Integer.toString(GifPalette.SIZE));
    table.setAttribute("backgroundColorIndex", "0");
    IIOMetadataNode screen = child(root, "LogicalScreenDescriptor");
    screen.setAttribute("logicalScreenWidth", Integer.toString(width));
    screen.setAttribute("logicalScreenHeight", Integer.toString(height));
    screen.setAttribute("colorResolution", "8");
    screen.setAttribute("pixelAspectRatio", "0");
    metadata.setFromTree(format, root);
    return metadata;
  }

  /** Frame width in pixels. */
  public int width() {
    return width;
  }

  /** Frame height in pixels. */
  public int height() {
    return height;
  }

  /** Frames added so far. */
  public int frames() {
    return frames;
  }

  /**
   * Adds a frame of {@code width x height} ARGB pixels (row by row, alpha ignored) shown for
   * {@code delayCentis} hundredths of a second.
   */
  public void add(int[] argb, int delayCentis) throws IOException {
    if (ended) {
      throw new IllegalStateException("the animation was saved; it takes no more frames");
    }
    if (argb.length < width * height) {
      throw new IllegalArgumentException("a frame of " + width + " x " + height + " needs "
          + width * height + " pixels, got " + argb.length);
    }
    if (delayCentis < 0 || delayCentis > MAX_DELAY_CENTIS) {
      throw new IllegalArgumentException("frame delay " + delayCentis + " is outside 0..65535");
    }
    palette.indices(argb, indices, width * height);
    IIOMetadata metadata = writer.getDefaultImageMetadata(
        ImageTypeSpecifier.createFromRenderedImage(frame), null);
    IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
    colourTable(root, "LocalColorTable", channels).setAttribute("sizeOfLocalColorTable",
        Integer.toString(GifPalette.SIZE));
    IIOMetadataNode control = child(root, "GraphicControlExtension");
    control.setAttribute("disposalMethod", "none");
    control.setAttribute("userInputFlag", "FALSE");
    control.setAttribute("transparentColorFlag", "FALSE");
    control.setAttribute("delayTime", Integer.toString(delayCentis));
    control.setAttribute("transparentColorIndex", "0");
    if (frames == 0) {
      IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
      loop.setAttribute("applicationID", "NETSCAPE");
      loop.setAttribute("authenticationCode", "2.0");
      loop.setUserObject(new byte[] {1, (byte) (loops & 0xff), (byte) (loops >> 8 & 0xff)});
      child(root, "ApplicationExtensions").appendChild(loop);
    }
    metadata.setFromTree(FORMAT, root);
    writer.writeToSequence(new IIOImage(frame, null, metadata), null);
    frames++;
  }

  /**
   * Ends the animation and writes it to {@code target}, replacing any file there atomically (see
   * {@link AtomicFiles}). Returns the file's size in bytes.
   *
   * @throws IllegalStateException when no frame was added
   */
  public long save(Path target) throws IOException {
    if (frames == 0) {
      throw new IllegalStateException("an animation needs at least one frame");
    }
    end();
    AtomicFiles.write(target, bytes::writeTo);
    return bytes.size();
  }

  private void end() throws IOException {
    if (!ended) {
      ended = true;
      writer.endWriteSequence();
      stream.close();
    }
  }

  /** Frees the encoder; an unsaved animation is dropped. */
  @Override
  public void close() throws IOException {
    try {
      if (!ended) {
        ended = true;
        stream.close();
      }
    } finally {
      writer.dispose();
    }
  }

  /**
   * {@code parent}'s colour table {@code name}, its entries replaced by the palette's {@code c}.
   * Both tables are set: the writer's default image metadata brings a local table of its own
   * (not the image's), which would otherwise recolour every frame.
   */
  private static IIOMetadataNode colourTable(IIOMetadataNode parent, String name, byte[][] c) {
    IIOMetadataNode table = child(parent, name);
    while (table.getFirstChild() != null) {
      table.removeChild(table.getFirstChild());
    }
    table.setAttribute("sortFlag", "FALSE");
    for (int i = 0; i < GifPalette.SIZE; i++) {
      IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
      entry.setAttribute("index", Integer.toString(i));
      entry.setAttribute("red", Integer.toString(c[0][i] & 0xff));
      entry.setAttribute("green", Integer.toString(c[1][i] & 0xff));
      entry.setAttribute("blue", Integer.toString(c[2][i] & 0xff));
      table.appendChild(entry);
    }
    return table;
  }

  /** The child of {@code parent} named {@code name}, added when it has none. */
  private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
    for (int i = 0; i < parent.getLength(); i++) {
      if (parent.item(i).getNodeName().equalsIgnoreCase(name)) {
        return (IIOMetadataNode) parent.item(i);
      }
    }
    IIOMetadataNode node = new IIOMetadataNode(name);
    parent.appendChild(node);
    return node;
  }
}
