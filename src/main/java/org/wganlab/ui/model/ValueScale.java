package org.wganlab.ui.model;

/** Which range the D(x) heatmaps' colours span. */
public enum ValueScale {
  /** Each panel over its own smallest to largest value. */
  OWN("Each panel's own range"),
  /**
   * One span for all panels, the largest of theirs, centred on each panel's own middle: a constant
   * added to a critic changes nothing, so the panels compare how much their critics vary, not where.
   */
  SHARED("One span shared by all panels");

  private final String displayName;

  ValueScale(String displayName) {
    this.displayName = displayName;
  }

  /** Menu text. */
  public String displayName() {
    return displayName;
  }
}
