package org.wganlab.ui.model;

/** Which field a panel's heatmap shows. */
public enum SurfaceField {
  /** The critic's value D(x). */
  VALUE("D(x)"),
  /** The norm of the critic's input gradient, ||grad_x D(x)||: 1 is where a penalty wants it. */
  GRADIENT_NORM("||grad D||");

  private final String displayName;

  SurfaceField(String displayName) {
    this.displayName = displayName;
  }

  /** Label of the switch. */
  public String displayName() {
    return displayName;
  }

  @Override
  public String toString() {
    return displayName;
  }
}
