package org.wganlab.export;

import java.awt.Color;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wganlab.method.MethodKind;

/**
 * A colour per run that follows its method, not its position: clipping is always warm, the gradient
 * penalty always blue, W-div always purple, in panels, charts and exported figures alike. Several runs
 * of one method (three clipping values, four r(x) choices) get shades of the method's colour in the
 * order they appear, so removing a run of another method never recolours a run.
 */
public final class RunColours {
  /** Brightness factors of the shades: the method's colour first, then darker and lighter ones. */
  private static final double[] SHADES = {1.0, 0.62, 1.45, 0.4, 1.8};

  private RunColours() {
  }

  /** The base colour of {@code kind}: warm for clipping, cool for the penalties. */
  public static Color of(MethodKind kind) {
    return switch (kind) {
      case CLIP -> new Color(0xd6, 0x4e, 0x12);
      case GP -> new Color(0x1f, 0x5f, 0xbf);
      case GP_ONE_SIDED -> new Color(0x17, 0x9c, 0xa8);
      case DIV -> new Color(0x7b, 0x3f, 0xb8);
      case SN -> new Color(0x2e, 0x8b, 0x3e);
      case NONE -> new Color(0x70, 0x70, 0x70);
    };
  }

  /** Shade {@code shade} (0 is the base colour) of {@code kind}'s colour. */
  public static Color of(MethodKind kind, int shade) {
    Color base = of(kind);
    double f = SHADES[Math.floorMod(shade, SHADES.length)];
    if (f <= 1) {
      return new Color(scale(base.getRed(), f), scale(base.getGreen(), f), scale(base.getBlue(), f));
    }
    // Lighter: move towards white by the excess, so hue is kept and nothing saturates to white.
    double t = Math.min(0.7, f - 1);
    return new Color(lift(base.getRed(), t), lift(base.getGreen(), t), lift(base.getBlue(), t));
  }

  /** One colour per run of {@code kinds}: each method's colour, shaded by its runs' order. */
  public static List<Color> forRuns(List<MethodKind> kinds) {
    Map<MethodKind, Integer> seen = new EnumMap<>(MethodKind.class);
    return kinds.stream().map(k -> of(k, seen.merge(k, 1, Integer::sum) - 1)).toList();
  }

  private static int scale(int channel, double f) {
    return (int) Math.round(channel * f);
  }

  private static int lift(int channel, double t) {
    return (int) Math.round(channel + (255 - channel) * t);
  }
}
