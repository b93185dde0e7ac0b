package org.wganlab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnimatedGifTest {
  private static final String FORMAT = "javax_imageio_gif_image_1.0";
  private static final int W = 40;
  private static final int H = 12;

  @TempDir
  Path dir;

  /** A frame: left half a ramp of the value map, right half the gradient-norm map, row 0 greys. */
  private static int[] frame(double shift) {
    int[] argb = new int[W * H];
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        double t = Math.min(1, (double) (x % (W / 2)) / (W / 2 - 1) * (1 - shift) + shift);
        argb[y * W + x] = x < W / 2 ? ColorMap.VALUE.argb(t) : ColorMap.MAGNITUDE.argb(t);
      }
    }
    argb[0] = 0xffffffff;
    argb[1] = 0xff000000;
    argb[2] = ColorScale.OVER_ARGB;
    argb[3] = 0xff8c00 | 0xff000000;
    return argb;
  }

  @Test
  void writtenFramesReadBackWithTheirDelaysLoopCountAndColours() throws IOException {
    Path file = dir.resolve("rec.gif");
    int[] delays = {10, 10, 23};
    List<int[]> written = new ArrayList<>();
    try (AnimatedGif gif = new AnimatedGif(W, H, 0, GifPalette.app())) {
      for (int i = 0; i < delays.length; i++) {
        int[] f = frame(0.2 * i);
        written.add(f);
        gif.add(f, delays[i]);
      }
      assertThat(gif.save(file)).isEqualTo(Files.size(file));
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      assertThat(reader.getNumImages(true)).isEqualTo(3);
      for (int i = 0; i < 3; i++) {
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree(FORMAT);
        IIOMetadataNode control = (IIOMetadataNode) root
            .getElementsByTagName("GraphicControlExtension").item(0);
        assertThat(control.getAttribute("delayTime")).isEqualTo(Integer.toString(delays[i]));
        BufferedImage image = reader.read(i);
        assertThat(image.getWidth()).isEqualTo(W);
        assertThat(image.getHeight()).isEqualTo(H);
        int[] expected = written.get(i);
        for (int p = 0; p < W * H; p++) {
          // Every colour of the maps' tables is within one palette step of its own entry.
          int got = image.getRGB(p % W, p / W);
          assertThat(GifPalette.distance(got, expected[p]))
              .as("frame %d pixel %d: %06x for %06x", i, p, got & 0xffffff, expected[p] & 0xffffff)
              .isLessThanOrEqualTo(9 * 12L * 3);
        }
        // The UI's colours are in the palette: white, black, the over-range red, real points' orange.
        assertThat(image.getRGB(0, 0)).isEqualTo(0xffffffff);
        assertThat(image.getRGB(1, 0)).isEqualTo(0xff000000);
        assertThat(image.getRGB(2, 0)).isEqualTo(ColorScale.OVER_ARGB);
        assertThat(image.getRGB(3, 0)).isEqualTo(0xffff8c00);
      }
      IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree(FORMAT);
      IIOMetadataNode app = (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension")
          .item(0);
      assertThat(app.getAttribute("applicationID")).isEqualTo("NETSCAPE");
      assertThat(app.getAttribute("authenticationCode")).isEqualTo("2.0");
      byte[] loop = (byte[]) app.getUserObject();
      assertThat(loop).containsExactly(1, 0, 0);
      reader.dispose();
    }
  }

  @Test
  void aFiniteLoopCountIsStored() throws IOException {
    Path file = dir.resolve("twice.gif");
    try (AnimatedGif gif = new AnimatedGif(W, H, 300, GifPalette.app())) {
      gif.add(frame(0), 5);
      gif.save(file);
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree(FORMAT);
      byte[] loop = (byte[]) ((IIOMetadataNode) root.getElementsByTagName("ApplicationExtension")
          .item(0)).getUserObject();
      assertThat((loop[1] & 0xff) | (loop[2] & 0xff) << 8).isEqualTo(300);
      reader.dispose();
    }
  }

  @Test
  void paletteColoursMapToThemselvesAndOthersToTheNearestEntry() {
    GifPalette palette = GifPalette.of(0x000000, 0xff0000, 0x00ff00, 0x0000ff, 0xffffff);
    assertThat(palette.index(0xffff0000)).isEqualTo(1);
    assertThat(palette.index(0xff0000ff)).isEqualTo(3);
    assertThat(palette.index(0xffe01010)).isEqualTo(1);
    assertThat(palette.index(0xff10f020)).isEqualTo(2);
    assertThat(palette.index(0xffe8e8f0)).isEqualTo(4);
    assertThat(palette.index(0xff202020)).isEqualTo(0);
    // Every entry of the app's palette maps to itself: the heatmaps' colours survive exactly.
    GifPalette app = GifPalette.app();
    for (int i = 0; i < GifPalette.SIZE; i++) {
      assertThat(app.rgb(app.index(0xff000000 | app.rgb(i)))).isEqualTo(app.rgb(i));
    }
  }

  @Test
  void refusesWrongFramesAndAnEmptyAnimation() throws IOException {
    try (AnimatedGif gif = new AnimatedGif(W, H, 0, GifPalette.app())) {
      assertThatThrownBy(() -> gif.add(new int[W * H - 1], 10))
          .hasMessageContaining("needs " + W * H + " pixels");
      assertThatThrownBy(() -> gif.add(new int[W * H], -1)).hasMessageContaining("delay");
      assertThatThrownBy(() -> gif.save(dir.resolve("empty.gif")))
          .hasMessageContaining("at least one frame");
    }
    assertThat(dir.resolve("empty.gif")).doesNotExist();
  }
}
