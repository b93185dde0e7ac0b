package org.wganlab.ui.panel;

import javafx.scene.control.Tooltip;
import org.wganlab.export.ColorScale;
import org.wganlab.ui.model.Formats;
import org.wganlab.ui.model.SurfaceField;

/**
 * What a panel's pictures and numbers mean, in the words of its tooltips: for a student who points
 * at a colour or a number and asks what it is and how it was found.
 */
final class PanelTips {
  static final String ITERATION = "Iterations this run has trained. Each iteration is n_critic"
      + " critic steps followed by one generator step.";
  static final String ESTIMATE = "W: the critic's estimate of the Wasserstein distance,"
      + " E[D(real)] - E[D(fake)], averaged over held-out real and generated points (drawn apart"
      + " from the training batches) at the latest measurement. It estimates W1 only while D is"
      + " 1-Lipschitz: clipping's critic is too flat and says too little, a penalised one can say"
      + " a little too much. \"exact\" is the exact W1 of the same points (Exact W1 button).";
  static final String SPEED = "Iterations a second this run trains, over about the last second."
      + " The panels take turns on one training thread, so they share the machine's speed.";

  private PanelTips() {
  }

  /** A tooltip that wraps {@code text} into lines of a readable width. */
  static Tooltip tooltip(String text) {
    Tooltip tip = new Tooltip(text);
    tip.setWrapText(true);
    tip.setMaxWidth(420);
    return tip;
  }

  /**
   * The heatmap's tooltip for {@code field} on {@code scale}, whose values run from {@code low} to
   * {@code high} in this panel; {@code shared} says whether D(x) is on a span all panels share,
   * {@code lipschitzSpan} how far a 1-Lipschitz critic could vary over the view.
   */
  static String heatmap(SurfaceField field, ColorScale scale, double low, double high,
      boolean shared, double lipschitzSpan) {
    if (field == SurfaceField.GRADIENT_NORM) {
      return "The critic's slope ||grad_x D(x)|| at each point of the view: off-white at 0, lilac"
          + " to deep purple towards 2, red above 2; one scale for every panel. The amber line is"
          + " ||grad D|| = 1, where a gradient penalty pulls the slope. Here it runs from "
          + Formats.number(low) + " to " + Formats.number(high) + ".";
    }
    String span = Formats.number(high - low);
    if (scale.flat()) {
      return "The critic's value D(x) hardly changes: it varies by only " + span + " over the"
          + " view, while a 1-Lipschitz critic could vary by up to "
          + Formats.number(lipschitzSpan) + ". So it is drawn in one"
          + " colour rather than stretching noise into a landscape.";
    }
    return "The critic's value D(x) at each point of the view: deep blue low, off-white high; the"
        + " bar at the right gives the values. Here D(x) spans " + span + ", from "
        + Formats.number(low) + " to " + Formats.number(high)
        + (shared ? "; every panel is coloured over the same span of "
            + Formats.number(scale.high() - scale.low()) + " (View menu)." : " (this panel's own"
            + " range; the View menu can share one span).")
        + " Only differences of D matter: adding a constant to a critic changes nothing. The thin"
        + " lines join points of equal D.";
  }

  /** The colour bar's tooltip for {@code field}; {@code anyOver} says whether values pass its top. */
  static String bar(SurfaceField field, boolean anyOver) {
    if (field == SurfaceField.GRADIENT_NORM) {
      return "Colours of ||grad_x D||, the same in every panel: 0 at the bottom, 2 at the top, the"
          + " amber line at 1, where a gradient penalty pulls the norms. The red cap stands for"
          + " norms over 2" + (anyOver ? ", which this critic has (drawn red)." : "; this critic has"
              + " none.");
    }
    return "Colours of D(x) from the lowest value (bottom) to the highest (top) drawn in this"
        + " heatmap.";
  }
}
