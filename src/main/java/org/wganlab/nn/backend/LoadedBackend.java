package org.wganlab.nn.backend;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.nd4j.linalg.api.environment.Nd4jEnvironment;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads what ND4J started: which backend, and for CUDA the first GPU's name and compute capability
 * from the executioner's environment information (one map per device), for the CPU its thread count
 * and BLAS library. Touching {@link Nd4j} starts ND4J if it has not started yet.
 */
final class LoadedBackend {
  private LoadedBackend() {
  }

  /** The kind of backend ND4J runs on. */
  static BackendKind kind() {
    return Nd4j.getEnvironment().isCPU() ? BackendKind.CPU : BackendKind.CUDA;
  }

  /** The report of the running backend, with {@code gpuUnavailable} if the CPU runs. */
  static BackendReport describe(Optional<String> gpuUnavailable) {
    Properties info = Nd4j.getExecutioner().getEnvironmentInformation();
    if (kind() == BackendKind.CPU) {
      String blas = String.valueOf(info.getOrDefault(Nd4jEnvironment.BLAS_VENDOR_KEY, "unknown BLAS"));
      return BackendReport.cpu(Nd4j.getEnvironment().maxThreads(), blas, gpuUnavailable);
    }
    List<?> devices = info.get(Nd4jEnvironment.CUDA_DEVICE_INFORMATION_KEY) instanceof List<?> list
        ? list : List.of();
    // ND4J computes on device 0 of the visible ones unless told otherwise (CUDA_VISIBLE_DEVICES).
    Map<?, ?> first = devices.isEmpty() || !(devices.get(0) instanceof Map<?, ?> map) ? Map.of() : map;
    String name = String.valueOf(first.containsKey(Nd4jEnvironment.CUDA_DEVICE_NAME_KEY)
        ? first.get(Nd4jEnvironment.CUDA_DEVICE_NAME_KEY) : "an unnamed GPU");
    String capability = first.get(Nd4jEnvironment.CUDA_DEVICE_MAJOR_VERSION_KEY) + "."
        + first.get(Nd4jEnvironment.CUDA_DEVICE_MINOR_VERSION_KEY);
    return BackendReport.cuda(name, capability, Math.max(1, devices.size()));
  }
}
