package org.wganlab.nn.backend;

import java.util.Objects;
import java.util.Optional;

/**
 * What runs the numbers in this process.
 *
 * @param kind the backend ND4J started
 * @param device for CUDA the GPU's name; for the CPU the native libraries ND4J uses (e.g. "OpenBLAS
 *     and oneDNN")
 * @param computeCapability for CUDA the GPU's compute capability, e.g. "8.6"; empty for the CPU
 * @param threads for the CPU the threads ND4J may use; for CUDA the number of GPUs ND4J sees
 * @param gpuUnavailable when a GPU was asked for but the CPU runs instead, the one-line reason
 */
public record BackendReport(BackendKind kind, String device, String computeCapability, int threads,
    Optional<String> gpuUnavailable) {

  /** Checks that nothing is missing and that a CUDA report carries no fallback reason. */
  public BackendReport {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(computeCapability, "computeCapability");
    Objects.requireNonNull(gpuUnavailable, "gpuUnavailable");
    if (kind == BackendKind.CUDA && gpuUnavailable.isPresent()) {
      throw new IllegalArgumentException("a CUDA report cannot say the GPU was unavailable");
    }
  }

  /** A CPU report: {@code threads} threads, the native {@code libraries}, and why not the GPU. */
  public static BackendReport cpu(int threads, String libraries, Optional<String> gpuUnavailable) {
    return new BackendReport(BackendKind.CPU, libraries, "", threads, gpuUnavailable);
  }

  /** A CUDA report on the GPU called {@code device} of the given compute capability. */
  public static BackendReport cuda(String device, String computeCapability, int gpus) {
    return new BackendReport(BackendKind.CUDA, device, computeCapability, gpus, Optional.empty());
  }

  /** Whether a GPU was asked for and the CPU runs instead. */
  public boolean fellBack() {
    return gpuUnavailable.isPresent();
  }

  /**
   * The report as one line, e.g. "Backend: CUDA on NVIDIA GeForce RTX 3080 (compute capability 8.6)"
   * or "Backend: CPU, 2 threads, OpenBLAS (GPU not used: no CUDA device found)".
   */
  public String line() {
    String what = switch (kind) {
      case CUDA -> "CUDA on " + device + " (compute capability " + computeCapability + ")"
          + (threads > 1 ? ", " + threads + " GPUs visible" : "");
      case CPU -> "CPU, " + threads + (threads == 1 ? " thread, " : " threads, ") + device;
    };
    return "Backend: " + what + gpuUnavailable.map(r -> " (GPU not used: " + r + ")").orElse("");
  }
}
