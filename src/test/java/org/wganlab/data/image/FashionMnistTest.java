package org.wganlab.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.wganlab.data.image.ImageDataOptions.ALL_IMAGES;

import java.nio.file.Files;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.wganlab.data.DataFormatException;

/**
 * The real Fashion-MNIST, where Debian's {@code dataset-fashion-mnist} package installs it. Runs only
 * on machines that have it; the expected pixels were read from the files with an independent script.
 */
class FashionMnistTest {

  @Test
  void theInstalledFashionMnistReadsCompletely() throws DataFormatException {
    assumeTrue(Files.isRegularFile(IdxFolder.DEFAULT_FOLDER.resolve("train-images-idx3-ubyte.gz"))
        && Files.isRegularFile(IdxFolder.DEFAULT_FOLDER.resolve("t10k-labels-idx1-ubyte.gz")),
        "Fashion-MNIST is not installed in " + IdxFolder.DEFAULT_FOLDER);
    TrainTestImages data = ImageDataLoader.load(IdxFolder.DEFAULT_FOLDER, new ImageDataOptions(28, 1, ALL_IMAGES));
    ImageSet train = data.train();
    ImageSet test = data.test();
    assertThat(train.count()).isEqualTo(60_000);
    assertThat(test.count()).isEqualTo(10_000);
    assertThat(train.height()).isEqualTo(28);
    assertThat(train.width()).isEqualTo(28);
    assertThat(train.channels()).isEqualTo(1);
    int[] trainLabels = train.labels().orElseThrow();
    int[] testLabels = test.labels().orElseThrow();
    assertThat(Arrays.copyOf(trainLabels, 5)).containsExactly(9, 0, 0, 3, 0);
    assertThat(testLabels[testLabels.length - 1]).isEqualTo(5);
    assertThat(Arrays.stream(trainLabels).distinct().sorted().toArray())
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(Arrays.stream(testLabels).distinct().sorted().toArray())
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    // The first training image (an ankle boot): its first non-zero pixels and its centre.
    assertThat(train.pixel(0, 0, 3, 11)).isEqualTo(0f);
    assertThat(train.pixel(0, 0, 3, 12)).isEqualTo(1 / 255f);
    assertThat(train.pixel(0, 0, 3, 16)).isEqualTo(73 / 255f);
    assertThat(train.pixel(0, 0, 14, 14)).isEqualTo(217 / 255f);
    assertThat(test.pixel(9_999, 0, 14, 14)).isEqualTo(132 / 255f);
  }
}
