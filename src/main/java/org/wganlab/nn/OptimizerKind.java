package org.wganlab.nn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.wganlab.common.CliNamed;

/** The optimisers a run can use, all ND4J updaters. */
public enum OptimizerKind implements CliNamed {
  /** Adam with (beta1, beta2). */
  ADAM("adam", "Adam"),
  /** RMSProp (decay 0.9), the original WGAN's choice. */
  RMSPROP("rmsprop", "RMSProp"),
  /** Plain stochastic gradient descent. */
  SGD("sgd", "SGD");

  private final String cliName;
  private final String displayName;

  OptimizerKind(String cliName, String displayName) {
    this.cliName = cliName;
    this.displayName = displayName;
  }

  @Override
  @JsonValue
  public String cliName() {
    return cliName;
  }

  /** Name shown to people. */
  public String displayName() {
    return displayName;
  }

  /** The optimiser called {@code name}; throws naming the valid choices otherwise. */
  @JsonCreator
  public static OptimizerKind fromCliName(String name) {
    return CliNamed.parse(OptimizerKind.class, name, "optimizer");
  }
}
