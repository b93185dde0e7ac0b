package org.wganlab.nn;

import org.nd4j.linalg.factory.Nd4j;

/**
 * How many threads ND4J and its BLAS use, chosen from the size of the networks being trained.
 *
 * <p>A classroom-sized network (say 3 x 64 units, batch 64) multiplies matrices so small that waking a
 * second thread for every product and every element-wise operation costs more than it saves: one
 * thread trains such a network faster. The reference networks (3 x 512, batch 256) are the
 * opposite: their products need every core. Thread counts are settings of the native library, shared
 * by the whole process; that is why this is the one place that changes them.
 */
public final class ThreadBudget {
  /** Multiply-adds of one hidden-layer product below which one thread is faster. */
  static final long SMALL_PRODUCT = 1L << 22;

  private static int defaultMasterThreads;
  private static int defaultBlasThreads;

  private ThreadBudget() {
  }

  /**
   * Sets the native thread counts for training networks of {@code width} units on batches of
   * {@code batch} points: one thread for small products, ND4J's own defaults otherwise.
   */
  public static synchronized void fitTo(int batch, int width) {
    if (defaultMasterThreads == 0) {
      defaultMasterThreads = Nd4j.getEnvironment().maxMasterThreads();
      defaultBlasThreads = Nd4j.factory().blas().getMaxThreads();
    }
    boolean small = (long) batch * width * width < SMALL_PRODUCT;
    Nd4j.getEnvironment().setMaxMasterThreads(small ? 1 : defaultMasterThreads);
    Nd4j.factory().blas().setMaxThreads(small ? 1 : defaultBlasThreads);
  }
}
