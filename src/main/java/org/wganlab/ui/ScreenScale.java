package org.wganlab.ui;

import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.Rectangle;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The whole window drawn larger on a very large screen that the desktop does not scale. On a 4K
 * screen at 100 % (an X server without GDK_SCALE, as a projector or a lab machine often is), text of
 * 13 px is a twelfth of an inch across the room and the control bars fill a sliver of the top; the
 * 1920 x 1080 layout drawn at twice the pixels is what such a screen should show. JavaFX scales
 * crisply, pictures included, when {@code glass.gtk.uiScale} is set before its toolkit starts, so
 * that is decided here, on Linux only: Windows and macOS scale 4K screens themselves.
 */
final class ScreenScale {
  /** The screen height the layout is made for; larger screens are scaled towards it. */
  static final double DESIGN_HEIGHT = 1080;
  /** Below this scale nothing is changed (a 1440p or 1600p screen shows the layout as it is). */
  static final double LEAST = 1.5;
  private static final String PROPERTY = "glass.gtk.uiScale";

  private ScreenScale() {
  }

  /**
   * The UI scale for a screen {@code height} pixels tall: its ratio to {@link #DESIGN_HEIGHT} in
   * quarter steps, rounded down so that the scaled layout is at least as tall as the design, or none
   * below {@link #LEAST}.
   */
  static OptionalDouble forHeight(int height) {
    double scale = Math.floor(height / DESIGN_HEIGHT * 4) / 4;
    return scale >= LEAST ? OptionalDouble.of(scale) : OptionalDouble.empty();
  }

  /**
   * Sets the UI scale for the default screen, unless the user or the desktop already chose one, the
   * platform is not Linux, or there is no display.
   */
  static void applyBeforeLaunch(Map<String, String> environment) {
    boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    if (!linux || System.getProperty(PROPERTY) != null || environment.containsKey("GDK_SCALE")
        || GraphicsEnvironment.isHeadless()) {
      return;
    }
    try {
      Rectangle bounds = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
          .getDefaultConfiguration().getBounds();
      forHeight(bounds.height).ifPresent(s -> System.setProperty(PROPERTY, Double.toString(s)));
    } catch (HeadlessException | InternalError e) {
      // No screen to ask (no X server): the toolkit will say so itself.
    }
  }
}
