package org.wganlab.ui.model;

/** The point layers drawn over a panel's heatmap, each switched on and off by the user. */
public enum Layer {
  /** Held-out real points (orange, as in the reference plots). */
  REAL("real", true),
  /** Generated points (green). */
  FAKE("generated", true),
  /** Where the last critic step evaluated its penalty. */
  PENALTY("penalty", false),
  /** grad_x D at generated points: where the generator will move them. */
  ARROWS("arrows", true);

  private final String displayName;
  private final boolean shownByDefault;

  Layer(String displayName, boolean shownByDefault) {
    this.displayName = displayName;
    this.shownByDefault = shownByDefault;
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
