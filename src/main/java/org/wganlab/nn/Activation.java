package org.wganlab.nn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
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
  LEAKY_RELU("leakyrelu", "Leaky ReLU (0.2)"),
  /** tanh(z). */
  TANH("tanh", "tanh"),
  /** softplus(2z + 2) / 2 - 1: the smooth ELU substitute of the WGAN-GP paper. */
  SMOOTH_SOFTPLUS("softplus", "Smooth softplus");

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



  /** sigma(z). */
  public double value(double z) {
    return switch (this) {
      // max keeps NaN (0 would hide a diverging layer from the divergence check).
      case RELU -> Math.max(z, 0.0);
      case LEAKY_RELU -> z > 0 ? z : LEAKY_SLOPE * z;
      case TANH -> Math.tanh(z);
      case SMOOTH_SOFTPLUS -> 0.5 * softplus(2 * z + 2) - 1;
    };
  }

  /** sigma'(z), given {@code z} and {@code h = sigma(z)}. */
  public double slope(double z, double h) {
    return switch (this) {
      case RELU -> z > 0 ? 1.0 : 0.0;
      case LEAKY_RELU -> z > 0 ? 1.0 : LEAKY_SLOPE;
      case TANH -> 1 - h * h;
      case SMOOTH_SOFTPLUS -> 1 / (1 + Math.exp(-(2 * z + 2)));
    };
  }

  /** log(1 + e^u) without overflow for large u. */
  private static double softplus(double u) {
    return u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
  }

  /** {@code h = sigma(z)} over the first {@code count} elements. */
  void apply(NativeBlock z, NativeBlock h, int count) {
    if (this == RELU && z.isSingle() && h.isSingle()) {
      // The default network's hot loop, kept free of per-element dispatch.
      java.nio.FloatBuffer in = z.floats();
      java.nio.FloatBuffer out = h.floats();
      for (int i = 0; i < count; i++) {
        out.put(i, Math.max(in.get(i), 0f));
      }
      return;
    }
    for (int i = 0; i < count; i++) {
      h.set(i, value(z.get(i)));
    }
  }

  /** {@code out = sigma'(z)} over the first {@code count} elements, given {@code h = sigma(z)}. */
  void slopes(NativeBlock z, NativeBlock h, NativeBlock out, int count) {
    if (this == RELU && z.isSingle() && out.isSingle()) {
      java.nio.FloatBuffer in = z.floats();
      java.nio.FloatBuffer s = out.floats();
      for (int i = 0; i < count; i++) {
        s.put(i, Float.intBitsToFloat(ONE_BITS & positiveMask(in.get(i))));
      }
      return;
    }
    for (int i = 0; i < count; i++) {
      out.set(i, slope(z.get(i), h.get(i)));
    }
  }

  /** {@code target *= sigma'(z)} over the first {@code count} elements: one step of backprop. */
  void multiplyBySlopes(NativeBlock target, NativeBlock z, NativeBlock h, int count) {
    if (this == RELU && z.isSingle() && target.isSingle()) {
      java.nio.FloatBuffer t = target.floats();
      java.nio.FloatBuffer in = z.floats();
      for (int i = 0; i < count; i++) {
        // A multiply, not a masking of bits, so that NaN * 0 stays NaN as in the double path.
        t.put(i, t.get(i) * Float.intBitsToFloat(ONE_BITS & positiveMask(in.get(i))));
      }
      return;
    }
    for (int i = 0; i < count; i++) {
      target.set(i, target.get(i) * slope(z.get(i), h.get(i)));
    }
  }

  /**
   * All ones exactly when {@code z > 0}, else zero: the ReLU step as a bit mask. The signs of
   * pre-activations are random, so {@code z > 0 ? ... : ...} mispredicts half the time; this costs a
   * tenth as much per element.
   */
  private static int positiveMask(float z) {
    int bits = Float.floatToRawIntBits(z);
    // (bits - 1) | bits is negative for +0 (bits - 1 = -1) and for every input with the sign bit set.
    int positiveOrPositiveNan = ~(((bits - 1) | bits) >> 31);
    // Of the rest, +infinity has the largest bit pattern; anything above it is NaN.
    int notNan = (bits - (POSITIVE_INFINITY_BITS + 1)) >> 31;
    return positiveOrPositiveNan & notNan;
  }

  private static final int POSITIVE_INFINITY_BITS = Float.floatToRawIntBits(Float.POSITIVE_INFINITY);

  private static final int ONE_BITS = Float.floatToRawIntBits(1f);

  /** Whether sigma'' is non-zero somewhere, i.e. whether {@link #curvature} must be used. */
  public boolean hasCurvature() {
    return this == TANH || this == SMOOTH_SOFTPLUS;
  }

  /**
   * sigma''(z), given {@code slope = sigma'(z)} and {@code h = sigma(z)}; zero for the piecewise-linear
   * activations (their kink has measure zero, as in every autodiff framework).
   */
  public double curvature(double slope, double h) {
    return switch (this) {
      case RELU, LEAKY_RELU -> 0.0;
      // tanh'' = -2 tanh (1 - tanh^2)
      case TANH -> -2 * h * slope;
      // d/dz sigmoid(2z + 2) = 2 s (1 - s)
      case SMOOTH_SOFTPLUS -> 2 * slope * (1 - slope);
    };
  }
}
