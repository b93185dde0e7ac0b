package org.wganlab.nn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.wganlab.common.CliNamed;

/**
 * Hidden-layer activations with the first and second derivatives that exact double backprop needs.
 *
 * <p>A gradient penalty differentiates the critic's input gradient, which contains sigma'(z); its
 * derivative with respect to the weights therefore contains sigma''(z). Piecewise-linear activations
 * have sigma'' = 0 almost everywhere, so their penalty gradient has no path through the pre-activations
 * (and none to the biases); smooth ones need the curvature term.
 */
public enum Activation implements CliNamed {
  /** max(0, z). */
  RELU("relu", "ReLU"),
  /** max(0.2 z, z). */
  LEAKY_RELU("leakyrelu", "LeakyReLU(0.2)"),
  /** tanh(z). */
  TANH("tanh", "tanh"),
  /** softplus(2z + 2) / 2 - 1: the smooth ELU substitute of the WGAN-GP paper. */
  SMOOTH_SOFTPLUS("softplus", "softplus(2z+2)/2-1");

  /** Negative slope of {@link #LEAKY_RELU}. */
  public static final double LEAKY_SLOPE = 0.2;

  private final String cliName;
  private final String displayName;

  Activation(String cliName, String displayName) {
    this.cliName = cliName;
    this.displayName = displayName;
  }

  @Override
  @JsonValue
  public String cliName() {
    return cliName;
  }

  /** The constant called {@code name}, if any. */
  public static Optional<Activation> fromCliName(String name) {
    return CliNamed.find(Activation.class, name);
  }

  /** The constant called {@code name}; throws naming the valid choices otherwise. */
  @JsonCreator
  public static Activation parse(String name) {
    return CliNamed.parse(Activation.class, name, "activation");
  }

  /** Name shown to people. */
  public String displayName() {
    return displayName;
  }



  /** sigma(z) as a new array. */
  public INDArray apply(INDArray z) {
    return switch (this) {
      case RELU -> Transforms.relu(z, true);
      case LEAKY_RELU -> Transforms.leakyRelu(z, LEAKY_SLOPE, true);
      case TANH -> Transforms.tanh(z, true);
      case SMOOTH_SOFTPLUS -> Transforms.softPlus(z.mul(2.0).addi(2.0), false).muli(0.5).subi(1.0);
    };
  }

  /** sigma'(z) as a new array, given {@code z} and {@code h = sigma(z)}. */
  public INDArray slope(INDArray z, INDArray h) {
    return switch (this) {
      case RELU -> Transforms.step(z, true);
      case LEAKY_RELU -> Transforms.step(z, true).muli(1.0 - LEAKY_SLOPE).addi(LEAKY_SLOPE);
      case TANH -> h.mul(h).rsubi(1.0);
      case SMOOTH_SOFTPLUS -> Transforms.sigmoid(z.mul(2.0).addi(2.0), false);
    };
  }

  /** Whether sigma'' is non-zero somewhere, i.e. whether {@link #curvature} must be used. */
  public boolean hasCurvature() {
    return this == TANH || this == SMOOTH_SOFTPLUS;
  }

  /**
   * sigma''(z) as a new array, given {@code slope = sigma'(z)} and {@code h = sigma(z)}; zero for the
   * piecewise-linear activations (their kink has measure zero, as in every autodiff framework).
   */
  public INDArray curvature(INDArray slope, INDArray h) {
    return switch (this) {
      case RELU, LEAKY_RELU -> slope.mul(0.0);
      // tanh'' = -2 tanh (1 - tanh^2)
      case TANH -> slope.mul(h).muli(-2.0);
      // d/dz sigmoid(2z + 2) = 2 s (1 - s)
      case SMOOTH_SOFTPLUS -> slope.rsub(1.0).muli(slope).muli(2.0);
    };
  }
}
