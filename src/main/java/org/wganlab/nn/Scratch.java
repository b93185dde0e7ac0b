package org.wganlab.nn;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * The native blocks one network's passes write into, one per role and layer, grown to the largest
 * batch seen and reused from then on. A network is owned by one thread and runs one pass at a time, so
 * every pass may reuse the blocks of the previous one.
 */
final class Scratch {
  /** What a block holds; {@code index} below tells layers (or alternating buffers) apart. */
  enum Role {
    /** Input rows copied in when the caller's array cannot be read in place. */
    INPUT,
    /** Pre-activations z_l. */
    Z,
    /** Layer inputs h_l for l >= 1. */
    H,
    /** Two alternating buffers for adjoints that flow from layer to layer. */
    SWAP,
    /** sigma'(z_l), kept for the penalty's two passes. */
    SLOPE,
    /** Input-gradient chain g_l = dD/dh_l. */
    CHAIN,
    /** delta_l = dD/dz_l. */
    DELTA,
    /** Curvature adjoints of the pre-activations. */
    CURVATURE,
    /** Two alternating buffers for the curvature pass's adjoints of h_l. */
    CURVATURE_SWAP,
    /** Seeds of a backward pass: the caller's weights per row, or the penalty's d phi / d g. */
    SEED,
    /** A column of ones, for bias rows and bias gradients as matrix products. */
    ONES
  }

  private final DataType type;
  private final NativeBlock[][] blocks;

  Scratch(DataType type, int layers) {
    this.type = type;
    this.blocks = new NativeBlock[Role.values().length][Math.max(2, layers + 1)];
  }

  /** A column of at least {@code rows} ones. */
  NativeBlock ones(int rows) {
    NativeBlock ones = blocks[Role.ONES.ordinal()][0];
    if (ones == null || ones.capacity() < rows) {
      ones = get(Role.ONES, 0, rows);
      ones.fill(ones.capacity(), 1.0);
    }
    return ones;
  }

  /** The block for {@code role} and {@code index}, holding at least {@code elements}. */
  NativeBlock get(Role role, int index, int elements) {
    NativeBlock block = blocks[role.ordinal()][index];
    if (block == null || block.capacity() < elements) {
      // Grow with headroom so that a batch a little larger than the last does not reallocate again.
      block = NativeBlock.allocate(type, Math.max(elements, (int) Math.min(Integer.MAX_VALUE,
          block == null ? elements : 3L * block.capacity() / 2)));
      blocks[role.ordinal()][index] = block;
    }
    return block;
  }
}
