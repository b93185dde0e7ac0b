package org.wganlab.nn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The optimisers a run can use, all ND4J updaters. */
public enum OptimizerKind {
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

  /** Name on the command line and in config files. */
  @JsonValue
  public String cliName() {
    return cliName;
  }

  /** Name shown to people. */
  public String displayName() {
    return displayName;
  }

  /** The optimiser called {@code name}; throws with the valid names otherwise. */
  @JsonCreator
  public static OptimizerKind fromCliName(String name) {
    return Arrays.stream(values()).filter(o -> o.cliName.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown optimizer '" + name
            + "' (use adam, rmsprop or sgd)"));
  }
}
