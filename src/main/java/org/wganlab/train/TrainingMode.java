package org.wganlab.train;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether the generator trains, or is held fixed as in the WGAN-GP paper's Figure 1a. */
public enum TrainingMode {
  /** Critic and generator alternate: n_critic critic steps, then one generator step. */
  GAN("gan", "GAN"),
  /**
   * No generator: P_g = P_r + N(0, sigma^2 I) and only the critic trains, towards optimality; one
   * iteration is n_critic critic steps.
   */
  FIXED_GENERATOR("fixed", "Fixed generator");

  private final String cliName;
  private final String displayName;

  TrainingMode(String cliName, String displayName) {
    this.cliName = cliName;
    this.displayName = displayName;
  }

  /** Name in config files. */
  @JsonValue
  public String cliName() {
    return cliName;
  }

  /** Name shown to people. */
  public String displayName() {
    return displayName;
  }

  /** The mode called {@code name}. */
  @JsonCreator
  public static TrainingMode parse(String name) {
    for (TrainingMode mode : values()) {
      if (mode.cliName.equals(name)) {
        return mode;
      }
    }
    throw new IllegalArgumentException("unknown mode '" + name + "' (use gan or fixed)");
  }
}
