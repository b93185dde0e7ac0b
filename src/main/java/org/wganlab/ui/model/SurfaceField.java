package org.wganlab.ui.model;

/** Which field a panel's heatmap shows. */
public enum SurfaceField {
  /** The critic's value D(x). */
  VALUE("D(x)", "The critic's value: high where it believes points are real"),
  /** The norm of the critic's input gradient, ||grad_x D(x)||: 1 is where a penalty wants it. */
  GRADIENT_NORM("||grad D||",
      "Norm of the critic's gradient: a gradient penalty pulls it to 1 (amber line)");

  private final String displayName;
  private final String explanation;

  SurfaceField(String displayName, String explanation) {
    this.displayName = displayName;
    this.explanation = explanation;
  }

  /** One sentence for the switch's tooltip. */
  public String explanation() {
    return explanation;
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
