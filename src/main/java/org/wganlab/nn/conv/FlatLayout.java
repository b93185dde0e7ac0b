package org.wganlab.nn.conv;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Hands out consecutive views of a network's flat parameter vector and of its gradient vector, one
 * block per layer tensor, so that optimisers and weight constraints see one array while layers see
 * their own shapes. The views are made with ND4J indexing, so they stay on the backend's memory.
 */
final class FlatLayout {
  private final INDArray parameters;
  private final INDArray gradient;
  private long offset;

  /** Views into {@code parameters} and {@code gradient}, two {@code 1 x N} rows of equal length. */
  FlatLayout(INDArray parameters, INDArray gradient) {
    this.parameters = parameters;
    this.gradient = gradient;
  }

  /** The next block as a view of the parameters ({@code [0]}) and of the gradient ({@code [1]}). */
  INDArray[] next(long... shape) {
    long length = 1;
    for (long size : shape) {
      length *= size;
    }
    INDArray[] views = {view(parameters, length, shape), view(gradient, length, shape)};
    offset += length;
    return views;
  }

  private INDArray view(INDArray flat, long length, long[] shape) {
    INDArray row = flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + length));
    return row.reshape('c', shape);
  }

  /** Values handed out so far. */
  long used() {
    return offset;
  }
}
