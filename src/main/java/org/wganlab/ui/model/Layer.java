package org.wganlab.ui.model;

/** The point layers drawn over a panel's heatmap, each switched on and off by the user. */
public enum Layer {
  /** Held-out real points (orange, as in the reference plots). */
  REAL("real", true, "Held-out real points"),
  /** Generated points (green). */
  FAKE("fake", true, "Points from the generator (P_g samples in fixed-generator mode)"),
  /** Where the last critic step evaluated its penalty. */
  PENALTY("penalty", false, "Where the last critic step evaluated its penalty: r(x)"),
  /** grad_x D at generated points: where the generator will move them. */
  ARROWS("arrows", true, "grad D at generated points: the way the generator moves them");

  private final String displayName;
  private final boolean shownByDefault;
  private final String explanation;

  Layer(String displayName, boolean shownByDefault, String explanation) {
    this.displayName = displayName;
    this.shownByDefault = shownByDefault;
    this.explanation = explanation;
  }

  /** One sentence for the toggle's tooltip. */
  public String explanation() {
    return explanation;
  }

  /** Label of the toggle. */
  public String displayName() {
    return displayName;
  }

  /** Whether a new panel shows the layer. */
  public boolean shownByDefault() {
    return shownByDefault;
  }
}
