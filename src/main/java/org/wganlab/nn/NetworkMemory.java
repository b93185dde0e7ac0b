package org.wganlab.nn;

/**
 * Where a network's arrays live, which decides how they may be read. On a CUDA backend an ND4J
 * array's host copy can be stale: only ND4J's own operations and copies (which synchronise) see the
 * device's values.
 */
public enum NetworkMemory {
  /**
   * Host memory, always: the MLP allocates its blocks there and runs its passes on them, so reading
   * them through host pointers ({@link HostArrays}) is right and the fastest way.
   */
  HOST,
  /** The loaded backend's memory (a GPU's with CUDA): read only through ND4J operations and copies. */
  BACKEND
}
