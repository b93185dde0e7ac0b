package org.wganlab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Exact parameter gradient of {@code P = mean_i phi(||grad_x D(x_i)||)} for an MLP critic.
 *
 * <p>The input gradient is itself a chain of matrix products: with {@code s_l = sigma'(z_l)},
 * <pre>
 *   g_depth = 1 w_out^T,   delta_l = g_{l+1} * s_l,   g_l = delta_l W_l^T,   grad_x D = g_0.
 * </pre>
 * Reverse-mode differentiation of that chain (pass A, from the input side up) yields the weight terms
 * {@code Gbar_l^T delta_l} and, because {@code s_l} depends on {@code z_l}, an adjoint
 * {@code zbar_l = deltabar_l * g_{l+1} * sigma''(z_l)} for every pre-activation. Pass B carries those
 * adjoints back down the ordinary forward chain into weights and biases. For piecewise-linear
 * activations sigma'' = 0 and pass B is skipped: their penalty never reaches the biases.
 */
final class DoubleBackprop {
  /** Keeps ||g|| differentiable when a row's input gradient is exactly zero. */
  static final double NORM_EPSILON = 1e-12;

  private final Activation activation;
  private final INDArray[] weights;
  private final INDArray[] weightGrads;
  private final INDArray[] biasGrads;

  DoubleBackprop(Activation activation, INDArray[] weights, INDArray[] weightGrads,
      INDArray[] biasGrads) {
    this.activation = activation;
    this.weights = weights;
    this.weightGrads = weightGrads;
    this.biasGrads = biasGrads;
  }

  PenaltyEvaluation accumulate(ForwardPass pass, NormPenalty penalty) {
    int depth = weights.length - 1;
    INDArray x = pass.h()[0];
    long n = x.rows();
    INDArray[] slope = new INDArray[depth];
    for (int l = 0; l < depth; l++) {
      slope[l] = activation.slope(pass.z()[l], pass.h()[l + 1]);
    }
    // Forward through the input-gradient chain: g[l] = dD/dh_l, delta[l] = dD/dz_l.
    INDArray ones = pass.ones();
    INDArray[] g = new INDArray[depth + 1];
    INDArray[] delta = new INDArray[depth];
    g[depth] = Nd4j.gemm(ones, weights[depth], false, true);
    for (int l = depth - 1; l >= 0; l--) {
      delta[l] = g[l + 1].mul(slope[l]);
      g[l] = Nd4j.gemm(delta[l], weights[l], false, true);
    }

    double[] inputGrad = HostArrays.doubles(g[0]);
    int d = g[0].columns();
    double[] norms = new double[(int) n];
    double[] seed = new double[(int) n * d];
    double total = 0;
    for (int i = 0; i < n; i++) {
      double squared = 0;
      for (int j = 0; j < d; j++) {
        squared += inputGrad[i * d + j] * inputGrad[i * d + j];
      }
      double norm = Math.sqrt(squared + NORM_EPSILON);
      norms[i] = norm;
      total += penalty.value(norm);
      // d phi(||g||)/dg = phi'(||g||) g / ||g||, divided by n for the batch mean.
      double scale = penalty.derivative(norm) / (norm * n);
      for (int j = 0; j < d; j++) {
        seed[i * d + j] = scale * inputGrad[i * d + j];
      }
    }

    // Pass A: adjoints of the input-gradient chain, input side first.
    INDArray gBar = Nd4j.create(seed, new long[] {n, d}, x.dataType());
    INDArray[] zBar = activation.hasCurvature() ? new INDArray[depth] : null;
    for (int l = 0; l < depth; l++) {
      Nd4j.gemm(gBar, delta[l], weightGrads[l], true, false, 1.0, 1.0);
      INDArray deltaBar = Nd4j.gemm(gBar, weights[l], false, false);
      if (zBar != null) {
        zBar[l] = deltaBar.mul(g[l + 1]).muli(activation.curvature(slope[l], pass.h()[l + 1]));
      }
      gBar = deltaBar.muli(slope[l]);
    }
    // g_depth = 1 w_out^T, so w_out collects the column sums of its adjoint.
    Nd4j.gemm(gBar, ones, weightGrads[depth], true, false, 1.0, 1.0);

    // Pass B: the curvature adjoints flow down the ordinary forward chain.
    if (zBar != null) {
      INDArray hBar = null;
      for (int l = depth - 1; l >= 0; l--) {
        INDArray zb = hBar == null ? zBar[l] : zBar[l].addi(hBar.muli(slope[l]));
        Nd4j.gemm(pass.h()[l], zb, weightGrads[l], true, false, 1.0, 1.0);
        Nd4j.gemm(ones, zb, biasGrads[l], true, false, 1.0, 1.0);
        hBar = l > 0 ? Nd4j.gemm(zb, weights[l], false, true) : null;
      }
    }
    return new PenaltyEvaluation(total / n, norms);
  }
}
