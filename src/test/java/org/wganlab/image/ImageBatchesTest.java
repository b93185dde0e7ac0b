package org.wganlab.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.wganlab.data.image.ImageSet;
import org.wganlab.nn.Workspaces;

/** The batches an image run trains on, and what taking them leaves behind outside a step. */
class ImageBatchesTest {
  private static final int COUNT = 200;
  private static final int SIDE = 4;

  /** Image i has every pixel equal to i, so a batch's rows name the images it holds. */
  private static ImageSet numbered() {
    int pixels = SIDE * SIDE;
    float[] values = new float[COUNT * pixels];
    for (int i = 0; i < COUNT; i++) {
      java.util.Arrays.fill(values, i * pixels, (i + 1) * pixels, i);
    }
    return new ImageSet(1, SIDE, SIDE, values, null);
  }

  @Test
  void consecutiveBatchesOfAnEpochHoldEveryImageOnceWithWholeRows() {
    ImageBatches batches = new ImageBatches(numbered(), DataType.FLOAT, 5);
    boolean[] seen = new boolean[COUNT];
    for (int k = 0; k < COUNT / 40; k++) {
      float[][] rows = batches.batch(k, 40).toFloatMatrix();
      assertThat(rows).hasNumberOfRows(40);
      for (float[] row : rows) {
        int image = (int) row[0];
        for (float v : row) {
          assertThat(v).isEqualTo((float) image);
        }
        assertThat(seen[image]).as("image %d twice in one epoch", image).isFalse();
        seen[image] = true;
      }
    }
    assertThat(seen).containsOnly(true);
  }

  @Test
  void theSetReachesTheBackendWholeThroughBlocksTheLastOnePartial() {
    int side = 28;
    int count = 700;
    int perBlock = ImageBatches.BLOCK_VALUES / (side * side);
    // 334 images a block: two whole blocks and a last one of 32.
    assertThat(count).isGreaterThan(2 * perBlock).isNotEqualTo(3 * perBlock);
    float[] values = new float[count * side * side];
    for (int k = 0; k < values.length; k++) {
      values[k] = k;
    }
    INDArray images = Workspaces.outside(() -> ImageBatches.toBackend(
        new ImageSet(1, side, side, values, null), DataType.FLOAT));
    assertThat(images.shape()).containsExactly(count, side * side);
    assertThat(images.reshape(values.length).toFloatVector()).containsExactly(values);
  }

  @Test
  void theSameBatchIsTheSameImagesWhenAskedAgain() {
    ImageBatches batches = new ImageBatches(numbered(), DataType.FLOAT, 5);
    INDArray first = batches.batch(7, 64).dup();
    batches.batch(0, 64);
    assertThat(batches.batch(7, 64).toFloatMatrix()).isDeepEqualTo(first.toFloatMatrix());
  }

  /**
   * Taking a batch in a training step's workspace leaves a few native pointers behind, not one or
   * more per image: each is freed only after the garbage collector has found it, and an image run
   * takes six batches an iteration. One gather leaves 11 a batch here; a view per row left 185 a
   * batch of 64. Pointers freed meanwhile can only lower the count.
   */
  @Test
  void aBatchLeavesFewerNativePointersThanImages() {
    ImageBatches batches = new ImageBatches(numbered(), DataType.FLOAT, 5);
    int rows = 64;
    int draws = 50;
    long before = Pointer.totalCount();

    for (int k = 0; k < draws; k++) {
      long step = k;
      Workspaces.inStep("image-batches-test", () -> batches.batch(step, rows).sumNumber());
    }

    assertThat(Pointer.totalCount() - before).isLessThan(draws * (rows / 4L));
  }
}
