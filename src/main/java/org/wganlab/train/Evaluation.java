package org.wganlab.train;

import org.wganlab.metrics.Histogram;
import org.wganlab.metrics.ModeCoverage;
import org.wganlab.metrics.Surface;
import org.wganlab.metrics.WeightSummary;

/**
 * A run's critic and generator measured at one moment, copied into plain arrays: what views draw and
 * files record. Points are interleaved {@code x, y}. Arrays are owned by the record: do not modify.
 *
 * @param iteration generator iterations done when measured
 * @param surface value surface and gradient-norm field, or null when not requested
 * @param real held-out real points
 * @param fake generated points (P_g samples in fixed-generator mode)
 * @param penaltyPoints the last critic step's penalty points (empty for methods without a penalty)
 * @param fakeGradients grad_x D at the fake points: the direction the generator moves them
 * @param realGradientNorms ||grad_x D|| at the real points
 * @param fakeGradientNorms ||grad_x D|| at the fake points
 * @param penaltyGradientNorms ||grad_x D|| at the penalty points
 * @param weights histogram of the critic's weights (weight matrices, not biases)
 * @param weightSummary the same weights' spread and share at the edge (+-c under clipping)
 * @param layerGradientNorms ||d L_W / d h_l|| for each hidden layer, input side first (Figure 1b)
 * @param wassersteinEstimate E_real[D] - E_fake[D] on the held-out points
 * @param modes mode coverage of the generated points for gaussian-mixture data in GAN mode, pooled
 *     over the samples of the last iterations (see {@link org.wganlab.metrics.ModeWindow}), else null
 * @param exactW1 exact W1 between equal-size real and fake sets, or NaN when not requested
 */
public record Evaluation(int iteration, Surface surface, double[] real, double[] fake,
    double[] penaltyPoints, double[] fakeGradients, double[] realGradientNorms,
    double[] fakeGradientNorms, double[] penaltyGradientNorms, Histogram weights, WeightSummary weightSummary,
    double[] layerGradientNorms, double wassersteinEstimate, ModeCoverage modes, double exactW1) {
}
