package org.wganlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.method.MethodKind;
import org.wganlab.nn.Activation;
import org.wganlab.nn.WeightInit;

/** The memory a toy run needs, estimated before it starts, and the refusal of one that cannot fit. */
class MemoryEstimateTest {
  private static ExperimentConfig shaped(int depth, int width, int batch, int runs) {
    NetworkConfig net = new NetworkConfig(depth, width, Activation.RELU, WeightInit.REFERENCE);
    List<MethodKind> methods = List.of(MethodKind.CLIP, MethodKind.GP, MethodKind.DIV,
        MethodKind.SN, MethodKind.NONE, MethodKind.GP_ONE_SIDED).subList(0, runs);
    return ExperimentConfig.reference("8gaussians", methods).withNetworks(net, net)
        .withTraining(batch, 5, 10);
  }

  @Test
  void theReferenceExperimentNeedsLessThanHalfAGigabyte() {
    long bytes = MemoryEstimate.of(shaped(3, 512, 256, 3)).bytes();
    // Measured: about 0.45 GB peak resident for one run of 3 x 512 at batch 256 with the whole JVM.
    assertThat(bytes).isBetween(300L << 20, 1L << 30);
    assertThat(MemoryEstimate.of(shaped(3, 512, 256, 3)).refusal(2L << 30)).isNull();
  }

  @Test
  void itGrowsWithEverySizeAndWithTheRuns() {
    long base = MemoryEstimate.of(shaped(4, 1024, 256, 1)).bytes();
    assertThat(MemoryEstimate.of(shaped(8, 1024, 256, 1)).bytes()).isGreaterThan(base);
    assertThat(MemoryEstimate.of(shaped(4, 2048, 256, 1)).bytes()).isGreaterThan(base);
    assertThat(MemoryEstimate.of(shaped(4, 1024, 2048, 1)).bytes()).isGreaterThan(base);
    assertThat(MemoryEstimate.of(shaped(4, 1024, 256, 2)).bytes()).isGreaterThan(base);
  }

  @Test
  void theLargestNetworkIsRefusedWithBothFigures() {
    MemoryEstimate largest = MemoryEstimate.of(shaped(12, 4096, 4096, 1));
    assertThat(largest.bytes()).isGreaterThan(20_000_000_000L);
    assertThat(largest.refusal(16_000_000_000L)).startsWith("this experiment needs about 22.9 GB"
        + " of memory and 16.0 GB is available");
  }

  @Test
  void whatIsAvailableIsAPositiveFigure() {
    assertThat(MemoryEstimate.available()).isPositive();
  }
}
