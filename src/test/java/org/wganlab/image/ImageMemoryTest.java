package org.wganlab.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.method.MethodKind;

/** The memory estimate of image runs, against peak resident memory measured on this program. */
class ImageMemoryTest {
  private static ImageExperiment shaped(int size, int channels, int batch, int dim,
      ImageNetwork network, List<MethodKind> methods) {
    ImageExperiment reference = ImageExperiment.reference("data", methods);
    return new ImageExperiment("data", size, channels, 0, 1, 1, batch, 5, dim, 128, network,
        reference.runs(), 10, 100, 0, 100);
  }

  @Test
  void coversWhatWasMeasuredWithoutMuchToSpare() {
    // Peak resident memory of one iteration, in MB: the estimate is above and within 40 % of it.
    Object[][] measured = {{64, 64, ImageNetwork.CONV, 1, 1330}, {256, 64, ImageNetwork.CONV, 1, 1492},
        {64, 128, ImageNetwork.CONV, 1, 2270}, {64, 32, ImageNetwork.CONV, 3, 1411},
        {256, 256, ImageNetwork.MLP, 1, 1274}};
    for (Object[] m : measured) {
      List<MethodKind> methods = List.of(MethodKind.CLIP, MethodKind.GP, MethodKind.DIV)
          .subList(0, (int) m[3]);
      double estimate = ImageMemory.of(shaped(28, 1, (int) m[0], (int) m[1], (ImageNetwork) m[2],
          methods)).bytes() / 1e6;
      assertThat(estimate).as(java.util.Arrays.toString(m))
          .isBetween((int) m[4] * 1.0, (int) m[4] * 1.4);
    }
  }

  @Test
  void theLargestNetworksAreRefused() {
    ImageExperiment largest = shaped(32, 3, ImageExperiment.MAX_BATCH, 512, ImageNetwork.CONV,
        List.of(MethodKind.GP));
    assertThat(ImageMemory.of(largest).refusal(16_000_000_000L)).startsWith(
        "this experiment needs about 22.8 GB of memory and 16.0 GB is available");
  }
}
