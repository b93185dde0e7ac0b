package org.wganlab.nn.backend;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.api.environment.Nd4jEnvironment;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Starts ND4J on the backend the user asked for, or on the CPU with the reason why not, and keeps the
 * report. Call {@link #start} once, before anything else uses ND4J (a command's first line, the
 * desktop app's start); later calls return the same report, since the backend cannot change within
 * a process.
 *
 * <p>CUDA is wanted when asked for ({@code --backend cuda}) or when {@code auto} finds the CUDA
 * backend on the class path (a {@code -Pcuda} build). Then {@link GpuProbe} runs a small check
 * computation on the GPU in a child JVM; only if it passes does this process start ND4J with CUDA.
 * Otherwise ND4J is shown a class path without the CUDA backend and starts on the CPU.
 */
public final class Backends {
  private static BackendReport started;

  private Backends() {
  }

  /**
   * Settles the backend for {@code request}, starts ND4J on it and returns its report. The image
   * command calls this first, with its {@code --backend} choice, and prints {@link
   * BackendReport#line()}.
   */
  public static synchronized BackendReport start(BackendRequest request) {
    if (started == null) {
      ClassLoader loader = Backends.class.getClassLoader();
      boolean cudaPresent = HiddenCudaBackend.cudaOnClassPath(loader);
      Decision decision = decide(request, cudaPresent, GpuProbe::run);
      if (decision.kind() == BackendKind.CPU && cudaPresent) {
        ND4JClassLoading.setNd4jClassloader(new HiddenCudaBackend(loader));
      }
      started = describe(decision);
    }
    return started;
  }

  /**
   * The report of the running backend, starting ND4J on the CPU if nothing started it yet: the toy
   * networks (the desktop app, {@code train}) read ND4J arrays in host memory.
   */
  public static synchronized BackendReport report() {
    return start(BackendRequest.CPU);
  }

  /**
   * {@link #report()}, settled on a new thread of the training threads' priority
   * ({@link NativeThreads#lowerCurrentThreadPriority()}) that the caller waits for: the desktop app's
   * start. Loading the native library starts OpenBLAS's worker threads, and they keep the priority of
   * the thread that loaded it. Between two products they wait for the next by yielding in a loop,
   * not by sleeping, so at the window's priority they take cores from its drawing threads.
   */
  public static BackendReport reportFromTrainingPriority() throws InterruptedException {
    FutureTask<BackendReport> start = new FutureTask<>(() -> {
      NativeThreads.lowerCurrentThreadPriority();
      return report();
    });
    Thread loader = new Thread(start, "wganlab-backend");
    loader.setDaemon(true);
    loader.start();
    try {
      return start.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  /** The backend to start, and why the GPU is not used if it was wanted. */
  record Decision(BackendKind kind, Optional<String> gpuUnavailable) {
  }

  /**
   * The decision for {@code request}, given whether the CUDA backend is on the class path; {@code
   * gpuCheck} (run only when CUDA is wanted and present) answers empty if the GPU passed.
   */
  static Decision decide(BackendRequest request, boolean cudaPresent,
      Supplier<Optional<String>> gpuCheck) {
    if (request == BackendRequest.CPU || (request == BackendRequest.AUTO && !cudaPresent)) {
      return new Decision(BackendKind.CPU, Optional.empty());
    }
    if (!cudaPresent) {
      return new Decision(BackendKind.CPU,
          Optional.of("this build has no CUDA backend (build it with mvn -Pcuda)"));
    }
    Optional<String> failure = gpuCheck.get();
    return failure.isPresent() ? new Decision(BackendKind.CPU, failure)
        : new Decision(BackendKind.CUDA, Optional.empty());
  }

  /** Starts ND4J (if needed) and reports what it runs; says so if it is not what was decided. */
  static BackendReport describe(Decision decision) {
    if (decision.kind() == BackendKind.CUDA && running() == BackendKind.CPU) {
      // The check passed in the child, so only this process's environment can differ: ND4J's
      // BACKEND_PRIORITY_* variables, or ND4J started before start() was called.
      return describeRunning(Optional.of("ND4J started on the CPU although the GPU check passed"));
    }
    return describeRunning(decision.gpuUnavailable());
  }

  /** The kind of backend ND4J runs on; touching {@link Nd4j} starts ND4J if it has not started. */
  static BackendKind running() {
    return Nd4j.getEnvironment().isCPU() ? BackendKind.CPU : BackendKind.CUDA;
  }

  /**
   * The report of the running backend, read from the executioner's environment information: for the
   * CPU its thread count and BLAS library; for CUDA the first GPU's name and compute capability (one
   * map per device).
   */
  private static BackendReport describeRunning(Optional<String> gpuUnavailable) {
    Properties info = Nd4j.getExecutioner().getEnvironmentInformation();
    if (running() == BackendKind.CPU) {
      String blas = String.valueOf(info.getOrDefault(Nd4jEnvironment.BLAS_VENDOR_KEY, "unknown BLAS"));
      // ND4J names its BLAS in capitals (OPENBLAS, MKL); OpenBLAS is how its authors write it.
      String libraries = (blas.equalsIgnoreCase("openblas") ? "OpenBLAS" : blas)
          + (OneDnn.running() ? " and oneDNN" : "");
      return BackendReport.cpu(Nd4j.getEnvironment().maxThreads(), libraries, gpuUnavailable);
    }
    List<?> devices = info.get(Nd4jEnvironment.CUDA_DEVICE_INFORMATION_KEY) instanceof List<?> list
        ? list : List.of();
    // ND4J puts the main thread on the first visible device (CUDA_VISIBLE_DEVICES chooses which).
    Map<?, ?> first = devices.isEmpty() || !(devices.get(0) instanceof Map<?, ?> map) ? Map.of() : map;
    String name = String.valueOf(first.containsKey(Nd4jEnvironment.CUDA_DEVICE_NAME_KEY)
        ? first.get(Nd4jEnvironment.CUDA_DEVICE_NAME_KEY) : "an unnamed GPU");
    String capability = first.get(Nd4jEnvironment.CUDA_DEVICE_MAJOR_VERSION_KEY) + "."
        + first.get(Nd4jEnvironment.CUDA_DEVICE_MINOR_VERSION_KEY);
    return BackendReport.cuda(name, capability, Math.max(1, devices.size()));
  }
}
