package org.wganlab.image;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.wganlab.data.Rng;
import org.wganlab.data.image.ImageSet;
import org.wganlab.nn.Workspaces;

/**
 * The training images on the backend, as one {@code count x pixels} matrix copied there once, and
 * the batches drawn from it: epochs in an order shuffled per epoch from the seed, batch {@code k}
 * taking the {@code k}-th slice of that endless sequence. Only the indices of a batch come from the
 * host; the images never leave the backend. The order depends on the seed only (one epoch's order
 * is kept for the next call), so the runs of an experiment share one instance, on the one thread
 * that trains them.
 */
public final class ImageBatches {
  /** Values copied to the backend at a time (1 MB of floats). */
  static final int BLOCK_VALUES = 1 << 18;
  private final INDArray images;
  private final int count;
  private final long seed;
  private int orderEpoch = -1;
  private int[] order;

  /** The images of {@code set} on the backend, in {@code type}, ordered by {@code seed}. */
  public ImageBatches(ImageSet set, DataType type, long seed) {
    this.count = set.count();
    this.seed = seed;
    if (count < 1) {
      throw new IllegalArgumentException("no training images");
    }
    this.images = Workspaces.outside(() -> toBackend(set, type));
  }

  /**
   * {@code set}'s images as one {@code count x pixels} backend matrix, copied in blocks of about
   * {@link #BLOCK_VALUES} values. One copy of the whole set (188 MB for Fashion-MNIST) needs a second
   * host array as large, and allocating and copying it are steps the JVM cannot interrupt: a
   * collection that had to wait for them once held every thread, the window's too, for 425 ms.
   */
  public static INDArray toBackend(ImageSet set, DataType type) {
    int size = set.pixelsPerImage();
    INDArray images = Nd4j.create(type, set.count(), size);
    int perBlock = Math.max(1, BLOCK_VALUES / size);
    float[] block = new float[perBlock * size];
    for (int from = 0; from < set.count(); from += perBlock) {
      int n = Math.min(perBlock, set.count() - from);
      for (int i = 0; i < n; i++) {
        set.copyImage(from + i, block, i * size);
      }
      float[] values = n == perBlock ? block : java.util.Arrays.copyOf(block, n * size);
      images.get(NDArrayIndex.interval(from, from + n), NDArrayIndex.all())
          .assign(Nd4j.create(values, new long[] {n, size}, 'c'));
    }
    return images;
  }

  /** Number of images. */
  public int count() {
    return count;
  }

  /** Values per image. */
  public long pixels() {
    return images.size(1);
  }

  /** Batch {@code k} of {@code n} images: positions {@code k n .. k n + n - 1} of the sequence. */
  public INDArray batch(long k, int n) {
    int[] rows = new int[n];
    long start = k * n;
    for (int i = 0; i < n; i++) {
      long position = start + i;
      rows[i] = orderOf(Math.toIntExact(position / count))[(int) (position % count)];
    }
    // One gather, not getRows: that makes a view per row whose shape information lives outside the
    // step's workspace until the garbage collector frees it (see method.PenaltySamples).
    return Nd4j.pullRows(images, 1, rows);
  }

  /**
   * The order of epoch {@code epoch} (Fisher-Yates from its own stream). One epoch is cached: runs
   * trained side by side ask for the same epoch in turn.
   */
  private int[] orderOf(int epoch) {
    if (epoch != orderEpoch) {
      Rng rng = StepRandom.at(seed, StepRandom.Stream.DATA_ORDER, epoch);
      int[] next = new int[count];
      for (int i = 0; i < count; i++) {
        next[i] = i;
      }
      for (int i = count - 1; i > 0; i--) {
        int j = rng.nextInt(i + 1);
        int swap = next[i];
        next[i] = next[j];
        next[j] = swap;
      }
      order = next;
      orderEpoch = epoch;
    }
    return order;
  }
}
