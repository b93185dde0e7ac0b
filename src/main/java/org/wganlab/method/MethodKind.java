package org.wganlab.method;

import java.util.Arrays;
import java.util.Optional;

/** The Lipschitz methods the app compares, with their command-line names. */
public enum MethodKind {
  /** No constraint at all: plain WGAN loss, for contrast. */
  NONE("none", "No constraint"),
  /** Weight clipping (WGAN). */
  CLIP("clip", "Weight clipping"),
  /** Two-sided gradient penalty (WGAN-GP). */
  GP("gp", "Gradient penalty"),
  /** One-sided gradient penalty (WGAN-LP). */
  GP_ONE_SIDED("gp-one-sided", "One-sided penalty"),
  /** Wasserstein divergence (WGAN-div). */
  DIV("div", "W-div"),
  /** Spectral normalisation of every weight matrix. */
  SN("sn", "Spectral norm");

  private final String cliName;
  private final String displayName;

  MethodKind(String cliName, String displayName) {
    this.cliName = cliName;
    this.displayName = displayName;
  }

  /** Name on the command line and in config files. */
  public String cliName() {
    return cliName;
  }

  /** Name shown in panels and figures. */
  public String displayName() {
    return displayName;
  }

  /** The method called {@code name} on the command line. */
  public static Optional<MethodKind> fromCliName(String name) {
    return Arrays.stream(values()).filter(m -> m.cliName.equals(name)).findFirst();
  }
}
