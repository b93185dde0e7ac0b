package org.wganlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class ThreadBudgetTest {

  private static boolean singleThreaded() {
    return Nd4j.factory().blas().getMaxThreads() == 1
        && Nd4j.getEnvironment().maxMasterThreads() == 1;
  }

  @Test
  void smallNetworksTrainOnOneThreadAndLargeOnesOnAll() {
    ThreadBudget.fitTo(64, 64);
    assertThat(singleThreaded()).isTrue();
    ThreadBudget.fitTo(256, 512);
    assertThat(singleThreaded()).isEqualTo(Runtime.getRuntime().availableProcessors() == 1);
  }
}
