package org.wganlab.method;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.common.CliNamed;
import org.wganlab.data.Rng;
import org.wganlab.nn.HostArrays;
import org.wganlab.nn.NetworkMemory;

/**
 * Where a gradient penalty is evaluated: the distribution r(x) of the WGAN-div paper, which compares
 * these six choices (WGAN-GP uses the first).
 */
public enum PenaltySamples implements CliNamed {
  /** (1) eps x_real + (1 - eps) x_fake, eps ~ U[0, 1] per pair. */
  REAL_FAKE_INTERPOLATES("interpolates", "real-fake interpolates"),
  /** (2) half real-real, half fake-fake interpolates. */
  SAME_SIDE_INTERPOLATES("same-side", "same-side interpolates"),
  /** (3) interpolates of random pairs drawn from the pooled real and fake points. */
  POOLED_INTERPOLATES("pooled", "pooled interpolates"),
  /** (4) the real and the fake points themselves. */
  REAL_AND_FAKE("real-and-fake", "real and fake points"),
  /** (5) the fake points only. */
  FAKE("fake", "fake points"),
  /** (6) the real points only. */
  REAL("real", "real points");

  private final String cliName;
  private final String displayName;

  PenaltySamples(String cliName, String displayName) {
    this.cliName = cliName;
    this.displayName = displayName;
  }

  @Override
  @JsonValue
  public String cliName() {
    return cliName;
  }

  /** The constant called {@code name}, if any. */
  public static Optional<PenaltySamples> fromCliName(String name) {
    return CliNamed.find(PenaltySamples.class, name);
  }

  /** The constant called {@code name}; throws naming the valid choices otherwise. */
  @JsonCreator
  public static PenaltySamples parse(String name) {
    return CliNamed.parse(PenaltySamples.class, name, "penalty samples");
  }

  /** Name shown to people. */
  public String displayName() {
    return displayName;
  }



  /**
   * Draws the penalty points for one critic step from equal-size batches {@code real} and
   * {@code fake} ({@code n x d}) on the backend; all randomness comes from {@code rng}.
   */
  public INDArray draw(INDArray real, INDArray fake, Rng rng) {
    return draw(real, fake, rng, NetworkMemory.BACKEND);
  }

  /**
   * {@link #draw(INDArray, INDArray, Rng)} for a critic whose arrays live in {@code memory}: small
   * batches in host memory are mixed there, the same numbers drawn in the same order.
   */
  public INDArray draw(INDArray real, INDArray fake, Rng rng, NetworkMemory memory) {
    int n = real.rows();
    return switch (this) {
      case REAL_FAKE_INTERPOLATES -> interpolate(real, fake, rng, memory);
      case SAME_SIDE_INTERPOLATES -> {
        int half = n / 2;
        INDArray realPairs = interpolate(rows(real, randomRows(half, n, rng)),
            rows(real, randomRows(half, n, rng)), rng, memory);
        INDArray fakePairs = interpolate(rows(fake, randomRows(n - half, n, rng)),
            rows(fake, randomRows(n - half, n, rng)), rng, memory);
        yield Nd4j.concat(0, realPairs, fakePairs);
      }
      case POOLED_INTERPOLATES -> {
        INDArray pool = Nd4j.concat(0, real, fake);
        yield interpolate(rows(pool, randomRows(n, 2 * n, rng)), rows(pool, randomRows(n, 2 * n, rng)),
            rng, memory);
      }
      case REAL_AND_FAKE -> Nd4j.concat(0, real, fake);
      case FAKE -> fake;
      case REAL -> real;
    };
  }

  private static int[] randomRows(int count, int bound, Rng rng) {
    int[] rows = new int[count];
    for (int i = 0; i < count; i++) {
      rows[i] = rng.nextInt(bound);
    }
    return rows;
  }

  /**
   * The rows {@code indices} of {@code matrix}, gathered by one backend operation. getRows would
   * make a view per row, each with shape information outside the step's workspace that only the
   * garbage collector frees: a few hundred such pointers per critic step grew the r(x) figure's heap
   * to gigabytes of pending deallocations.
   */
  private static INDArray rows(INDArray matrix, int[] indices) {
    return Nd4j.pullRows(matrix, 1, indices);
  }

  /**
   * Host batches up to this many values are mixed in Java; larger ones, and any batch on the
   * backend, by backend operations.
   */
  private static final long HOST_MIX_LIMIT = 4096;

  /** eps_i a_i + (1 - eps_i) b_i with eps_i ~ U[0, 1], by backend operations. */
  static INDArray interpolate(INDArray a, INDArray b, Rng rng) {
    return interpolate(a, b, rng, NetworkMemory.BACKEND);
  }

  /** eps_i a_i + (1 - eps_i) b_i with eps_i ~ U[0, 1] for batches in {@code memory}. */
  static INDArray interpolate(INDArray a, INDArray b, Rng rng, NetworkMemory memory) {
    int n = a.rows();
    int d = a.columns();
    if (memory == NetworkMemory.BACKEND || a.length() > HOST_MIX_LIMIT) {
      // Batches on the backend (a GPU's memory) stay there: only the n mixing weights travel.
      double[] eps = new double[n];
      for (int i = 0; i < n; i++) {
        eps[i] = rng.uniform();
      }
      INDArray weights = Nd4j.create(eps, new long[] {n, 1}, a.dataType());
      return a.sub(b).muliColumnVector(weights).addi(b);
    }
    // A few hundred numbers: mixing them in Java costs less than three native operations.
    double[] x = HostArrays.doubles(a);
    double[] y = HostArrays.doubles(b);
    for (int i = 0; i < n; i++) {
      double eps = rng.uniform();
      for (int j = 0; j < d; j++) {
        // b + eps (a - b): one subtraction instead of two scalings.
        x[i * d + j] = y[i * d + j] + eps * (x[i * d + j] - y[i * d + j]);
      }
    }
    return Nd4j.create(x, new long[] {n, d}, a.dataType());
  }
}
