package org.wganlab.export;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.wganlab.method.MethodKind;

/**
 * The 256 colours an animated GIF of the app may use, the same for every frame, and the mapping of
 * any colour to its nearest entry.
 *
 * <p>Why a fixed palette rather than one fitted per frame: the heatmaps are what a recording is for,
 * and their colours are known in advance. Every fourth entry of each colour map (a step of at most a
 * few units per channel, below what the eye separates in a smooth ramp), the out-of-range red and the
 * grey of missing values, the point and run colours, a ramp of greys for the window's text, frames
 * and anti-aliased edges, and a coarse colour cube for whatever else the window shows. So a heatmap
 * keeps its smooth ramp with no dither noise, and colours do not flicker from frame to frame as a
 * per-frame palette would make them.
 *
 * <p>A colour that is in the palette maps to itself exactly; any other maps to the entry nearest to
 * it (a weighted RGB distance), found once per cell of 64 levels a channel and then looked up.
 */
public final class GifPalette {
  /** Entries of a GIF colour table. */
  public static final int SIZE = 256;
  private static final int LEVELS = 64;
  private static final int GREYS = 34;
  private static final int MAP_STEP = 4;
  private static final int CUBE = 4;

  private static final GifPalette APP = new GifPalette(appColours());

  private final int[] rgb;
  /**
   * Nearest entry plus one for each cell of 64 levels a channel, 0 until first asked: only the
   * colours a recording shows are ever searched. Filled from one thread at a time in practice;
   * a race would only compute the same value twice.
   */
  private final short[] nearest = new short[LEVELS * LEVELS * LEVELS];
  private final int count;
  /** Open-addressed table of the exact palette colours: key rgb + 1 (0 is empty), value index. */
  private final int[] exactKeys = new int[2 * SIZE];
  private final byte[] exactValues = new byte[2 * SIZE];

  private GifPalette(int[] colours) {
    if (colours.length == 0 || colours.length > SIZE) {
      throw new IllegalArgumentException("a GIF palette holds 1 to 256 colours, not " + colours.length);
    }
    rgb = Arrays.copyOf(colours, SIZE);
    // Unused entries repeat the first colour, so that every index names a real colour.
    Arrays.fill(rgb, colours.length, SIZE, colours[0]);
    count = colours.length;
    for (int i = colours.length - 1; i >= 0; i--) {
      putExact(colours[i] & 0xffffff, i);
    }
  }

  /** The app's palette: its colour maps, point and run colours, greys and a colour cube. */
  public static GifPalette app() {
    return APP;
  }

  /** A palette of exactly these colours (RGB, alpha ignored), at most 256 (for tests and figures). */
  public static GifPalette of(int... colours) {
    return new GifPalette(colours);
  }

  /** The colour of entry {@code index} as RGB. */
  public int rgb(int index) {
    return rgb[index];
  }

  /** The palette as three channel arrays, for an indexed colour model. */
  byte[][] channels() {
    byte[][] c = new byte[3][SIZE];
    for (int i = 0; i < SIZE; i++) {
      c[0][i] = (byte) (rgb[i] >> 16);
      c[1][i] = (byte) (rgb[i] >> 8);
      c[2][i] = (byte) rgb[i];
    }
    return c;
  }

  /** The entry for {@code argb} (alpha ignored): its own if it is in the palette, else the nearest. */
  public int index(int argb) {
    int key = (argb & 0xffffff) + 1;
    int slot = hash(key);
    while (exactKeys[slot] != 0) {
      if (exactKeys[slot] == key) {
        return exactValues[slot] & 0xff;
      }
      slot = (slot + 1) & (exactKeys.length - 1);
    }
    int cell = (argb >> 6 & 0x3f000) | (argb >> 4 & 0xfc0) | (argb >> 2 & 0x3f);
    int known = nearest[cell];
    if (known == 0) {
      int half = 256 / LEVELS / 2;
      int centre = (argb & 0xfcfcfc) + (half << 16 | half << 8 | half);
      known = closest(centre) + 1;
      nearest[cell] = (short) known;
    }
    return known - 1;
  }

  /** Maps {@code count} ARGB pixels to palette indices. */
  public void indices(int[] argb, byte[] out, int count) {
    int lastColour = ~argb[0];
    byte lastIndex = 0;
    for (int i = 0; i < count; i++) {
      int c = argb[i];
      // Neighbouring pixels mostly share a colour: skip the look-up then.
      if (c != lastColour) {
        lastColour = c;
        lastIndex = (byte) index(c);
      }
      out[i] = lastIndex;
    }
  }

  private void putExact(int key, int index) {
    int k = key + 1;
    int slot = hash(k);
    while (exactKeys[slot] != 0 && exactKeys[slot] != k) {
      slot = (slot + 1) & (exactKeys.length - 1);
    }
    exactKeys[slot] = k;
    exactValues[slot] = (byte) index;
  }

  private int hash(int key) {
    int h = key * 0x9E3779B1;
    return (h ^ (h >>> 15)) & (exactKeys.length - 1);
  }

  private int closest(int colour) {
    int best = 0;
    long bestDistance = Long.MAX_VALUE;
    for (int i = 0; i < count; i++) {
      long d = distance(colour, rgb[i]);
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    return best;
  }

  /** Squared RGB distance weighted 2:4:3, a cheap stand-in for how differently the eye sees them. */
  static long distance(int a, int b) {
    int dr = ((a >> 16) & 0xff) - ((b >> 16) & 0xff);
    int dg = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
    int db = (a & 0xff) - (b & 0xff);
    return 2L * dr * dr + 4L * dg * dg + 3L * db * db;
  }

  private static int[] appColours() {
    Set<Integer> colours = new LinkedHashSet<>();
    for (ColorMap map : ColorMap.values()) {
      for (int i = 0; i < ColorMap.size(); i += MAP_STEP) {
        colours.add(map.entry(i) & 0xffffff);
      }
      colours.add(map.entry(ColorMap.size() - 1) & 0xffffff);
    }
    colours.add(ColorScale.OVER_ARGB & 0xffffff);
    colours.add(ColorMap.NAN_ARGB & 0xffffff);
    // Real, generated and penalty points and the generator's arrows (see ui.panel.Palette).
    for (int point : new int[] {0xff8c00, 0x2ca02c, 0xe377c2, 0x111111}) {
      colours.add(point);
    }
    for (MethodKind kind : MethodKind.values()) {
      for (int shade = 0; shade < 3; shade++) {
        colours.add(RunColours.of(kind, shade).getRGB() & 0xffffff);
      }
    }
    for (int i = 0; i < GREYS; i++) {
      int v = (int) Math.round(255.0 * i / (GREYS - 1));
      colours.add((v << 16) | (v << 8) | v);
    }
    for (int r = 0; r < CUBE; r++) {
      for (int g = 0; g < CUBE; g++) {
        for (int b = 0; b < CUBE; b++) {
          int step = 255 / (CUBE - 1);
          colours.add((r * step << 16) | (g * step << 8) | b * step);
        }
      }
    }
    int[] all = colours.stream().mapToInt(Integer::intValue).toArray();
    if (all.length > SIZE) {
      throw new IllegalStateException("the app's GIF palette has " + all.length + " colours");
    }
    return all;
  }
}
