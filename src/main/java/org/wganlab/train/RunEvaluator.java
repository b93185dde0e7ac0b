package org.wganlab.train;

import org.nd4j.linalg.factory.Nd4j;
import org.wganlab.data.ModeLayout;
import org.wganlab.metrics.CriticProbe;
import org.wganlab.metrics.ExactW1;
import org.wganlab.metrics.Histogram;
import org.wganlab.metrics.ModeCoverage;
import org.wganlab.metrics.ModeWindow;
import org.wganlab.metrics.Surface;
import org.wganlab.metrics.WeightSummary;
import org.wganlab.nn.Critic;

/**
 * Measures a run's critic and generator on held-out points, with random streams of its own so that
 * measuring never changes training.
 */
final class RunEvaluator {
  /** Bins of the weight histogram. */
  static final int WEIGHT_BINS = 80;
  /** Largest set the exact W1 matches (O(n^3)). */
  static final int EXACT_W1_POINTS = 512;

  private final ExperimentConfig experiment;
  private final Critic critic;
  private final Batches batches;
  private final ModeLayout modes;
  private final ModeWindow recentModes;
  private final boolean gan;

  RunEvaluator(ExperimentConfig experiment, Critic critic, Batches batches, ModeLayout modes,
      boolean gan) {
    this.experiment = experiment;
    this.critic = critic;
    this.batches = batches;
    this.modes = modes;
    this.recentModes = modes == null ? null : new ModeWindow(modes);
    this.gan = gan;
  }

  /**
   * Counts the modes of fresh generated points after {@code iteration}, for the window of
   * {@link ModeWindow}; nothing without modes or without a generator. Returns whether it counted.
   */
  boolean countModes(int iteration) {
    if (recentModes == null || !gan) {
      return false;
    }
    recentModes.add(iteration, batches.fakePoints(ModeWindow.POINTS));
    return true;
  }

  /** The mode window's samples (empty without modes). */
  java.util.List<ModeWindow.Sample> modeSamples() {
    return recentModes == null ? java.util.List.of() : recentModes.samples();
  }

  /** Takes back saved mode samples; refuses samples for a run without modes. */
  void restoreModeSamples(java.util.List<ModeWindow.Sample> saved) {
    if (recentModes != null) {
      recentModes.restore(saved);
    } else if (!saved.isEmpty()) {
      throw new IllegalArgumentException("mode samples were saved for data without modes");
    }
  }

  /** E_real[D] - E_fake[D] on fresh held-out points. */
  double heldOutEstimate() {
    int n = experiment.evaluation().heldOutPoints();
    return CriticProbe.wassersteinEstimate(critic, batches.realPoints(n), batches.fakePoints(n));
  }

  /**
   * Measures the run now. {@code clipBound} is c when the run clips its weights (the edge their
   * summary measures the pile-up at), else NaN.
   */
  Evaluation evaluate(int iteration, EvaluationRequest request, double[] penaltyPoints,
      double[] penaltyNorms, double clipBound) {
    int n = experiment.evaluation().samplePoints();
    double[] real = batches.realPoints(n);
    double[] fake = batches.fakePoints(n);
    Surface surface = request.surface()
        ? CriticProbe.surface(critic, experiment.evaluation().grid()) : null;
    // One pass over each set gives the values, the gradients and so the norms and the estimate.
    CriticProbe.Reading realReading = CriticProbe.read(critic, real);
    CriticProbe.Reading fakeReading = CriticProbe.read(critic, fake);
    double[] fakeGradients = fakeReading.gradients();
    double[] fakeNorms = fakeReading.gradientNorms();
    double[] realNorms = realReading.gradientNorms();
    double estimate = realReading.meanValue() - fakeReading.meanValue();
    // Pooled over the last iterations' samples; before the first one, this sample's own verdict.
    ModeCoverage coverage = modes == null || !gan ? null
        : recentModes.isEmpty() ? ModeCoverage.measure(modes, fake) : recentModes.pooled();
    double exact = Double.NaN;
    if (request.exactW1()) {
      int m = Math.min(n, EXACT_W1_POINTS);
      exact = ExactW1.between(java.util.Arrays.copyOf(real, 2 * m),
          java.util.Arrays.copyOf(fake, 2 * m));
    }
    float[] weights = critic.weightValues();
    return new Evaluation(iteration, surface, real, fake, penaltyPoints.clone(), fakeGradients,
        realNorms, fakeNorms, penaltyNorms.clone(), Histogram.of(weights, WEIGHT_BINS),
        WeightSummary.of(weights, clipBound), layerNorms(real, fake), estimate, coverage, exact);
  }

  /** Per-layer ||dL_W/dh_l|| for L_W = E_fake[D] - E_real[D] on a batch of the samples. */
  private double[] layerNorms(double[] real, double[] fake) {
    int n = Math.min(experiment.batch(), real.length / 2);
    double[] xy = new double[4 * n];
    System.arraycopy(fake, 0, xy, 0, 2 * n);
    System.arraycopy(real, 0, xy, 2 * n, 2 * n);
    double[] w = new double[2 * n];
    java.util.Arrays.fill(w, 0, n, 1.0 / n);
    java.util.Arrays.fill(w, n, 2 * n, -1.0 / n);
    return critic.activationGradientNorms(Nd4j.create(xy, new long[] {2 * n, 2}, critic.dataType()),
        Nd4j.create(w, new long[] {2 * n, 1}, critic.dataType()));
  }
}
