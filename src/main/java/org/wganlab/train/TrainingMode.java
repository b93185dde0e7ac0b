package org.wganlab.train;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.wganlab.common.CliNamed;

/** Whether the generator trains, or is held fixed as in the WGAN-GP paper's Figure 1a. */
public enum TrainingMode implements CliNamed {
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

  @Override
  @JsonValue
  public String cliName() {
    return cliName;
  }

  /** The constant called {@code name}; throws naming the valid choices otherwise. */
  @JsonCreator
  public static TrainingMode parse(String name) {
    return CliNamed.parse(TrainingMode.class, name, "mode");
  }

  /** Name shown to people. */
  public String displayName() {
    return displayName;
  }

}
