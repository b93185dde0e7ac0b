package org.wganlab.nn.backend;

import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A tiny computation on whatever backend ND4J started, compared with the same numbers computed in
 * Java: a 3 x 3 convolution (2 to 3 channels, 6 x 6 image, batch 2) and a 17 x 9 by 9 x 5 matrix
 * product. A GPU without kernels for this build ("no kernel image is available"), a missing library
 * or wrong results all show up here, in a second, instead of in the middle of a training run.
 */
final class SmokeCheck {
  private static final int BATCH = 2;
  private static final int IN = 2;
  private static final int OUT = 3;
  private static final int SIZE = 6;
  private static final int K = 3;
  private static final double TOLERANCE = 1e-4;

  private SmokeCheck() {
  }

  /** Runs both computations; throws IllegalStateException naming the first one that is wrong. */
  static void run() {
    checkConvolution();
    checkProduct();
  }

  private static void checkConvolution() {
    INDArray image = pattern(BATCH, IN, SIZE, SIZE);
    INDArray weights = pattern(K, K, IN, OUT);
    INDArray bias = pattern(OUT);
    Conv2DConfig config = Conv2DConfig.builder().kH(K).kW(K).sH(1).sW(1)
        .paddingMode(PaddingMode.VALID).dataFormat("NCHW").weightsFormat(WeightsFormat.YXIO).build();
    INDArray result = Nd4j.cnn().conv2d(image, weights, bias, config);
    int outSize = SIZE - K + 1;
    double worst = 0;
    for (int n = 0; n < BATCH; n++) {
      for (int o = 0; o < OUT; o++) {
        for (int y = 0; y < outSize; y++) {
          for (int x = 0; x < outSize; x++) {
            double expected = bias.getDouble(o);
            for (int i = 0; i < IN; i++) {
              for (int ky = 0; ky < K; ky++) {
                for (int kx = 0; kx < K; kx++) {
                  expected += image.getDouble(n, i, y + ky, x + kx) * weights.getDouble(ky, kx, i, o);
                }
              }
            }
            worst = Math.max(worst, Math.abs(result.getDouble(n, o, y, x) - expected));
          }
        }
      }
    }
    requireClose("conv2d", worst);
  }

  private static void checkProduct() {
    INDArray a = pattern(17, 9);
    INDArray b = pattern(9, 5);
    INDArray product = a.mmul(b);
    double worst = 0;
    for (int r = 0; r < 17; r++) {
      for (int c = 0; c < 5; c++) {
        double expected = 0;
        for (int k = 0; k < 9; k++) {
          expected += a.getDouble(r, k) * b.getDouble(k, c);
        }
        worst = Math.max(worst, Math.abs(product.getDouble(r, c) - expected));
      }
    }
    requireClose("matrix product", worst);
  }

  /** Small distinct values of both signs, so that a wrong index or a missing term changes the sum. */
  private static INDArray pattern(long... shape) {
    long length = 1;
    for (long size : shape) {
      length *= size;
    }
    float[] values = new float[(int) length];
    for (int i = 0; i < values.length; i++) {
      values[i] = ((i * 5 + 3) % 11 - 5) / 4f;
    }
    return Nd4j.create(values, shape, DataType.FLOAT);
  }

  private static void requireClose(String what, double worst) {
    if (!(worst <= TOLERANCE)) {
      throw new IllegalStateException(what + " on " + Nd4j.getBackend().getClass().getSimpleName()
          + " differs from the Java reference by " + worst);
    }
  }
}
