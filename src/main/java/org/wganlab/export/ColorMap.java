package org.wganlab.export;

/**
 * Colour maps from a number in [0, 1] to an opaque ARGB colour, each a 256-entry table built once
 * from a few control points by linear interpolation in sRGB.
 *
 * <p>Both maps are sequential: lightness changes monotonically from one end to the other, so higher
 * means lighter (or darker) everywhere and the map reads correctly in greyscale. A critic's value has
 * no meaningful zero in a WGAN (adding a constant changes nothing), which is why {@link #VALUE} is not
 * a diverging map. The hues were picked to stay clear of the orange and green used for real and
 * generated points.
 */
public enum ColorMap {

  /** Critic values D(x): deep blue (low) through mid blue to warm off-white (high). */
  VALUE(0x1b2a55, 0x2c5190, 0x4a86bb, 0x8fbfdc, 0xd6e7ee, 0xf7f4ea),

  /** Gradient norms ||grad D(x)||: off-white (zero) through lilac to deep purple (large). */
  MAGNITUDE(0xfbfaf7, 0xe1d9ec, 0xbba6d6, 0x8c68b6, 0x5e3591, 0x35115e);

  /** Colour of missing values (NaN): a neutral mid grey that belongs to neither map. */
  public static final int NAN_ARGB = 0xff9a9a9a;

  private static final int SIZE = 256;

  private final int[] table = new int[SIZE];

  ColorMap(int... rgbStops) {
    int segments = rgbStops.length - 1;
    for (int i = 0; i < SIZE; i++) {
      double position = (double) i / (SIZE - 1) * segments;
      int s = Math.min((int) position, segments - 1);
      double f = position - s;
      table[i] = 0xff000000 | mix(rgbStops[s], rgbStops[s + 1], f);
    }
  }

  /**
   * The colour at {@code t}, clamped to [0, 1], as opaque ARGB; NaN gives {@link #NAN_ARGB}. A table
   * look-up, cheap enough for per-pixel use.
   */
  public int argb(double t) {
    if (t != t) {
      return NAN_ARGB;
    }
    return table[index(t)];
  }

  /** Table entry {@code i} of 0..255, for callers that compute the index themselves. */
  int entry(int i) {
    return table[i];
  }

  /** Table index of {@code t}: rounded to the nearest entry, clamped to [0, 255]. */
  static int index(double t) {
    int i = (int) (t * (SIZE - 1) + 0.5);
    return i < 0 ? 0 : Math.min(i, SIZE - 1);
  }

  /** Table size: the number of distinct colours of a map. */
  static int size() {
    return SIZE;
  }

  /**
   * Relative luminance of an ARGB colour in [0, 1] (Rec. 709 weights on sRGB values, close enough to
   * decide whether dark or light ink reads better on top of it).
   */
  static double luminance(int argb) {
    int r = (argb >> 16) & 0xff;
    int g = (argb >> 8) & 0xff;
    int b = argb & 0xff;
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255.0;
  }

  private static int mix(int from, int to, double f) {
    int rgb = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int a = (from >> shift) & 0xff;
      int b = (to >> shift) & 0xff;
      rgb |= (int) Math.round(a + (b - a) * f) << shift;
    }
    return rgb;
  }
}
