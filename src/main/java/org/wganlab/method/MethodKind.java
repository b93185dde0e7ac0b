package org.wganlab.method;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.wganlab.common.CliNamed;

/** The Lipschitz methods the app compares, with their command-line names. */
public enum MethodKind implements CliNamed {
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

  @Override
  @JsonValue
  public String cliName() {
    return cliName;
  }

  /** The constant called {@code name}, if any. */
  public static Optional<MethodKind> fromCliName(String name) {
    return CliNamed.find(MethodKind.class, name);
  }

  /** The constant called {@code name}; throws naming the valid choices otherwise. */
  @JsonCreator
  public static MethodKind parse(String name) {
    return CliNamed.parse(MethodKind.class, name, "method");
  }

  /** Name shown in panels and figures. */
  public String displayName() {
    return displayName;
  }

}
