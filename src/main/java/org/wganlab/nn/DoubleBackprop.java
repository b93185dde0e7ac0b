package org.wganlab.nn;

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

  private final MlpSpec spec;
  private final NativeBlock[] weights;
  private final NativeBlock[] weightGrads;
  private final NativeBlock[] biasGrads;
  private final Scratch scratch;

  DoubleBackprop(MlpSpec spec, NativeBlock[] weights, NativeBlock[] weightGrads,
      NativeBlock[] biasGrads, Scratch scratch) {
    this.spec = spec;
    this.weights = weights;
    this.weightGrads = weightGrads;
    this.biasGrads = biasGrads;
    this.scratch = scratch;
  }

  PenaltyEvaluation accumulate(ForwardPass pass, NormPenalty penalty) {
    Activation activation = spec.activation();
    int depth = spec.depth();
    int n = pass.rows();
    NativeBlock[] slope = new NativeBlock[depth];
    for (int l = 0; l < depth; l++) {
      int count = n * spec.fanOut(l);
      slope[l] = scratch.get(Scratch.Role.SLOPE, l, count);
      activation.slopes(pass.z()[l], pass.h()[l + 1], slope[l], count);
    }
    // Forward through the input-gradient chain: g[l] = dD/dh_l, delta[l] = dD/dz_l.
    NativeBlock[] g = new NativeBlock[depth + 1];
    NativeBlock[] delta = new NativeBlock[depth];
    g[depth] = scratch.get(Scratch.Role.CHAIN, depth, n * spec.fanIn(depth));
    // g_depth = 1 w_out^T: w_out is stored as a column, so its transpose is the row to repeat.
    NativeBlas.gemm(scratch.ones(n), false, weights[depth], true, g[depth], n, spec.fanIn(depth), 1,
        1.0, 0.0);
    for (int l = depth - 1; l >= 0; l--) {
      int out = spec.fanOut(l);
      delta[l] = scratch.get(Scratch.Role.DELTA, l, n * out);
      delta[l].copyFrom(g[l + 1], n * out);
      delta[l].multiplyBy(slope[l], n * out);
      g[l] = scratch.get(Scratch.Role.CHAIN, l, n * spec.fanIn(l));
      NativeBlas.gemm(delta[l], false, weights[l], true, g[l], n, spec.fanIn(l), out, 1.0, 0.0);
    }

    int d = spec.inputDim();
    NativeBlock gBar = scratch.get(Scratch.Role.SEED, 1, n * d);
    double[] norms = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      double squared = 0;
      for (int j = 0; j < d; j++) {
        double v = g[0].get(i * d + j);
        squared += v * v;
      }
      double norm = Math.sqrt(squared + NORM_EPSILON);
      norms[i] = norm;
      total += penalty.value(norm);
      // d phi(||g||)/dg = phi'(||g||) g / ||g||, divided by n for the batch mean.
      double scale = penalty.derivative(norm) / (norm * n);
      for (int j = 0; j < d; j++) {
        gBar.set(i * d + j, scale * g[0].get(i * d + j));
      }
    }

    // Pass A: adjoints of the input-gradient chain, input side first.
    NativeBlock[] zBar = activation.hasCurvature() ? new NativeBlock[depth] : null;
    for (int l = 0; l < depth; l++) {
      int in = spec.fanIn(l);
      int out = spec.fanOut(l);
      NativeBlas.gemm(gBar, true, delta[l], false, weightGrads[l], in, out, n, 1.0, 1.0);
      NativeBlock deltaBar = scratch.get(Scratch.Role.SWAP, l % 2, n * out);
      NativeBlas.gemm(gBar, false, weights[l], false, deltaBar, n, out, in, 1.0, 0.0);
      if (zBar != null) {
        zBar[l] = scratch.get(Scratch.Role.CURVATURE, l, n * out);
        NativeBlock h = pass.h()[l + 1];
        for (int i = 0; i < n * out; i++) {
          zBar[l].set(i, deltaBar.get(i) * g[l + 1].get(i)
              * activation.curvature(slope[l].get(i), h.get(i)));
        }
      }
      deltaBar.multiplyBy(slope[l], n * out);
      gBar = deltaBar;
    }
    // g_depth = 1 w_out^T, so w_out collects the column sums of its adjoint.
    NativeBlas.addColumnSums(gBar, n, spec.fanIn(depth), weightGrads[depth], scratch.ones(n));

    // Pass B: the curvature adjoints flow down the ordinary forward chain.
    if (zBar != null) {
      NativeBlock hBar = null;
      for (int l = depth - 1; l >= 0; l--) {
        int in = spec.fanIn(l);
        int out = spec.fanOut(l);
        NativeBlock zb = zBar[l];
        for (int i = 0; hBar != null && i < n * out; i++) {
          zb.add(i, hBar.get(i) * slope[l].get(i));
        }
        NativeBlas.gemm(pass.h()[l], true, zb, false, weightGrads[l], in, out, n, 1.0, 1.0);
        NativeBlas.addColumnSums(zb, n, out, biasGrads[l], scratch.ones(n));
        if (l > 0) {
          hBar = scratch.get(Scratch.Role.CURVATURE_SWAP, l % 2, n * in);
          NativeBlas.gemm(zb, false, weights[l], true, hBar, n, in, out, 1.0, 0.0);
        }
      }
    }
    return new PenaltyEvaluation(total / n, norms);
  }
}
