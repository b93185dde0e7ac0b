package org.wganlab.nn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.wganlab.common.CliNamed;
/**
 * How a linear layer's weights are drawn; biases always start at zero.
 */
public enum WeightInit implements CliNamed {
  /**
   * The reference toy code: hidden layers He-uniform, U(+-sqrt(6 / fan_in)), and the output layer
   * LeCun-uniform, U(+-sqrt(3 / fan_in)).
   */
  REFERENCE("reference"),
  /** Every layer He-uniform, U(+-sqrt(6 / fan_in)). */
  HE_UNIFORM("he"),
  /** Every layer Glorot-uniform, U(+-sqrt(6 / (fan_in + fan_out))). */
  GLOROT_UNIFORM("glorot");

  private final String cliName;

  WeightInit(String cliName) {
    this.cliName = cliName;
  }

  @Override
  @JsonValue
  public String cliName() {
    return cliName;
  }

  /** The constant called {@code name}; throws naming the valid choices otherwise. */
  @JsonCreator
  public static WeightInit parse(String name) {
    return CliNamed.parse(WeightInit.class, name, "weight init");
  }


  /** Half-width of the uniform distribution for a layer. */
  public double bound(int fanIn, int fanOut, boolean outputLayer) {
    return switch (this) {
      case REFERENCE -> Math.sqrt((outputLayer ? 3.0 : 6.0) / fanIn);
      case HE_UNIFORM -> Math.sqrt(6.0 / fanIn);
      case GLOROT_UNIFORM -> Math.sqrt(6.0 / (fanIn + fanOut));
    };
  }
}
