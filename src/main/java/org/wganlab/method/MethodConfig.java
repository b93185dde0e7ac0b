package org.wganlab.method;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The settings of one Lipschitz method; immutable, validated, and the unit a config file stores
 * ({@code {"method": "gp", "lambda": 10, ...}}). {@link #create()} makes the method object a run uses.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "method")
@JsonSubTypes({
    @JsonSubTypes.Type(value = MethodConfig.Unconstrained.class, name = "none"),
    @JsonSubTypes.Type(value = MethodConfig.Clipping.class, name = "clip"),
    @JsonSubTypes.Type(value = MethodConfig.GradientPenalty.class, name = "gp"),
    @JsonSubTypes.Type(value = MethodConfig.Divergence.class, name = "div"),
    @JsonSubTypes.Type(value = MethodConfig.SpectralNorm.class, name = "sn")})
public sealed interface MethodConfig {

  /**
   * Largest penalty weight (lambda, k): a million still trains; at 1e300 the first critic step
   * overflows.
   */
  double MAX_WEIGHT = 1e6;
  /** Largest W-div power p: ||g||^p must stay inside float32 for gradient norms of tens. */
  double MAX_POWER = 20;

  /** Which method this configures. */
  MethodKind kind();

  /** A fresh method object with these settings. */
  LipschitzMethod create();

  /** A one-line summary for headers and figure titles, e.g. "WGAN-GP lambda=10". */
  String label();

  /**
   * The reference defaults of {@code kind}: c = 0.01 (Arjovsky et al., "Wasserstein GAN", arXiv
   * 1701.07875, Algorithm 1); lambda = 0.1, the WGAN-GP toy code's value (gan_toy.py of Gulrajani et
   * al., arXiv 1704.00028, whose paper uses 10); k = 2, p = 6 at real and fake points (Wu et al.,
   * "Wasserstein Divergence for GANs", ECCV 2018). More in {@code src/site/markdown/science.md}.
   */
  static MethodConfig defaults(MethodKind kind) {
    return switch (kind) {
      case NONE -> new Unconstrained();
      case CLIP -> new Clipping(0.01);
      case GP -> new GradientPenalty(GradientPenalty.TOY_LAMBDA, false,
          PenaltySamples.REAL_FAKE_INTERPOLATES);
      case GP_ONE_SIDED -> new GradientPenalty(GradientPenalty.TOY_LAMBDA, true,
          PenaltySamples.REAL_FAKE_INTERPOLATES);
      case DIV -> new Divergence(2.0, 6.0, PenaltySamples.REAL_AND_FAKE);
      case SN -> new SpectralNorm(1);
    };
  }

  /** No constraint. */
  record Unconstrained() implements MethodConfig {
    @Override
    public MethodKind kind() {
      return MethodKind.NONE;
    }

    @Override
    public LipschitzMethod create() {
      return new org.wganlab.method.Unconstrained(this);
    }

    @Override
    public String label() {
      return "WGAN, no constraint";
    }
  }

  /** Weight clipping to [-c, c]. */
  record Clipping(double c) implements MethodConfig {
    /** Validates. */
    public Clipping {
      Checks.positive("clip c", c);
    }

    @Override
    public MethodKind kind() {
      return MethodKind.CLIP;
    }

    @Override
    public LipschitzMethod create() {
      return new WeightClipping(this);
    }

    @Override
    public String label() {
      return "WGAN clip c=" + Checks.format(c);
    }
  }

  /** Gradient penalty, two-sided lambda (||g|| - 1)^2 or one-sided lambda max(0, ||g|| - 1)^2. */
  record GradientPenalty(double lambda, boolean oneSided, PenaltySamples samples)
      implements MethodConfig {
    /** lambda in the WGAN-GP toy code (gan_toy.py), the default of GAN training on toy data. */
    public static final double TOY_LAMBDA = 0.1;
    /**
     * lambda in the WGAN-GP paper: its image experiments, and a critic trained to optimality against
     * a fixed generator (at 0.1 its norms pile up far above 1 and its estimate reads several times
     * the exact W1).
     */
    public static final double PAPER_LAMBDA = 10;

    /** Validates. */
    public GradientPenalty {
      Checks.nonNegative("lambda", lambda, MAX_WEIGHT);
      Checks.present("penalty samples", samples);
    }

    @Override
    public MethodKind kind() {
      return oneSided ? MethodKind.GP_ONE_SIDED : MethodKind.GP;
    }

    /** The same penalty with weight {@code next}. */
    public GradientPenalty withLambda(double next) {
      return new GradientPenalty(next, oneSided, samples);
    }

    @Override
    public LipschitzMethod create() {
      return new NormPenaltyMethod(this, samples, new Penalties.UnitGap(lambda, oneSided));
    }

    @Override
    public String label() {
      return (oneSided ? "WGAN-LP" : "WGAN-GP") + " lambda=" + Checks.format(lambda);
    }
  }

  /** Wasserstein divergence k E[||g||^p] over r(x). */
  record Divergence(double k, double p, PenaltySamples samples) implements MethodConfig {
    /** Validates. */
    public Divergence {
      // k = 0 would be no constraint at all under W-div's name: its estimate climbs without bound.
      Checks.positive("k", k, MAX_WEIGHT);
      if (!(p > 1 && p <= MAX_POWER)) {
        throw new IllegalArgumentException("p must be greater than 1 and at most "
            + Checks.format(MAX_POWER) + ", got " + Checks.format(p));
      }
      Checks.present("penalty samples", samples);
    }

    @Override
    public MethodKind kind() {
      return MethodKind.DIV;
    }

    @Override
    public LipschitzMethod create() {
      return new NormPenaltyMethod(this, samples, new Penalties.Power(k, p));
    }

    @Override
    public String label() {
      return "WGAN-div k=" + Checks.format(k) + " p=" + Checks.format(p);
    }
  }

  /** Spectral normalisation with this many power iterations per step. */
  record SpectralNorm(int powerIterations) implements MethodConfig {
    /** Validates. */
    public SpectralNorm {
      if (powerIterations < 1 || powerIterations > 100) {
        throw new IllegalArgumentException("power iterations must be in [1, 100], got "
            + powerIterations);
      }
    }

    @Override
    public MethodKind kind() {
      return MethodKind.SN;
    }

    @Override
    public LipschitzMethod create() {
      return new SpectralNormalisation(this);
    }

    @Override
    public String label() {
      return "WGAN-SN";
    }
  }
}
