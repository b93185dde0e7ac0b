package org.wganlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadBudgetTest {

  @Test
  void smallNetworksTrainOnOneThreadAndLargeOnesOnAll() {
    ThreadBudget.fitTo(64, 64);
    assertThat(ThreadBudget.singleThreaded()).isTrue();
    ThreadBudget.fitTo(256, 512);
    assertThat(ThreadBudget.singleThreaded()).isEqualTo(Runtime.getRuntime().availableProcessors() == 1);
  }
}
