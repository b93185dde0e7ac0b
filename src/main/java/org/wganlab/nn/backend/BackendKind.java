package org.wganlab.nn.backend;

/** The ND4J backends this program can run on. */
public enum BackendKind {
  /** nd4j-native: libnd4j and OpenBLAS on the processor. */
  CPU("CPU"),
  /** nd4j-cuda-11.6: libnd4j's CUDA kernels and cuBLAS on an NVIDIA GPU. */
  CUDA("CUDA");

  private final String label;

  BackendKind(String label) {
    this.label = label;
  }

  /** The name people read in reports. */
  public String label() {
    return label;
  }
}
