package org.wganlab.nn.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The parsing of --backend, the decision it leads to, and the report's wording. */
class BackendChoiceTest {
  private final AtomicInteger checks = new AtomicInteger();

  private Supplier<Optional<String>> gpu(Optional<String> outcome) {
    return () -> {
      checks.incrementAndGet();
      return outcome;
    };
  }

  @Test
  void parsesTheThreeChoicesAndRejectsOthersListingThem() {
    assertThat(BackendRequest.parse("auto")).isEqualTo(BackendRequest.AUTO);
    assertThat(BackendRequest.parse("cpu")).isEqualTo(BackendRequest.CPU);
    assertThat(BackendRequest.parse("cuda")).isEqualTo(BackendRequest.CUDA);
    assertThatThrownBy(() -> BackendRequest.parse("gpu"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown backend 'gpu' (use auto, cpu or cuda)");
  }

  @Test
  void withoutTheCudaBackendAutoAndCpuRunOnTheCpuWithoutCheckingOrComplaining() {
    for (BackendRequest request : new BackendRequest[] {BackendRequest.AUTO, BackendRequest.CPU}) {
      assertThat(Backends.decide(request, false, gpu(Optional.empty())))
          .isEqualTo(new Backends.Decision(BackendKind.CPU, Optional.empty()));
    }
    assertThat(checks).hasValue(0);
  }

  @Test
  void askingForCudaInACpuBuildFallsBackAndSaysHowToBuildIt() {
    Backends.Decision decision = Backends.decide(BackendRequest.CUDA, false, gpu(Optional.empty()));
    assertThat(decision.kind()).isEqualTo(BackendKind.CPU);
    assertThat(decision.gpuUnavailable()).hasValueSatisfying(r -> assertThat(r).contains("-Pcuda"));
    assertThat(checks).hasValue(0);
  }

  @Test
  void cpuIsHonouredInACudaBuildWithoutTouchingTheGpu() {
    assertThat(Backends.decide(BackendRequest.CPU, true, gpu(Optional.empty())).kind())
        .isEqualTo(BackendKind.CPU);
    assertThat(checks).hasValue(0);
  }

  @Test
  void inACudaBuildTheGpuCheckDecides() {
    assertThat(Backends.decide(BackendRequest.AUTO, true, gpu(Optional.empty())))
        .isEqualTo(new Backends.Decision(BackendKind.CUDA, Optional.empty()));
    String noKernel = "no kernel image is available for execution on the device";
    assertThat(Backends.decide(BackendRequest.CUDA, true, gpu(Optional.of(noKernel))))
        .isEqualTo(new Backends.Decision(BackendKind.CPU, Optional.of(noKernel)));
    assertThat(checks).hasValue(2);
  }

  @Test
  void reportLinesNameTheDeviceOrTheThreadsAndTheReason() {
    assertThat(BackendReport.cuda("NVIDIA A100-SXM4-40GB", "8.0", 1).line())
        .isEqualTo("Backend: CUDA on NVIDIA A100-SXM4-40GB (compute capability 8.0)");
    assertThat(BackendReport.cpu(2, "OpenBLAS and oneDNN", Optional.empty()).line())
        .isEqualTo("Backend: CPU, 2 threads, OpenBLAS and oneDNN");
    BackendReport fallback = BackendReport.cpu(1, "OpenBLAS", Optional.of("no CUDA device found"));
    assertThat(fallback.fellBack()).isTrue();
    assertThat(fallback.line())
        .isEqualTo("Backend: CPU, 1 thread, OpenBLAS (GPU not used: no CUDA device found)");
    assertThatThrownBy(() -> new BackendReport(BackendKind.CUDA, "x", "8.6", 1, Optional.of("why")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void failuresAreReducedToTheirInnermostFirstLineAndNd4jsOwnCause() {
    RuntimeException wrapped = new RuntimeException("op failed",
        new IllegalStateException("cudaErrorNoKernelImageForDevice\n  at a stack line"));
    assertThat(GpuProbe.oneLine(wrapped)).isEqualTo("cudaErrorNoKernelImageForDevice");
    assertThat(GpuProbe.ndLogCause(java.util.List.of("[main] INFO x - started",
        "[main] WARN org.nd4j.linalg.factory.Nd4jBackend - Skipped [JCublasBackend] backend"
            + " (unavailable): java.lang.RuntimeException: No CUDA devices were found in system")))
        .isEqualTo(" (No CUDA devices were found in system)");
    assertThat(GpuProbe.ndLogCause(java.util.List.of("WARN x - Skipped [JCublasBackend] backend"
        + " (unavailable): java.lang.UnsatisfiedLinkError: /home/u/.javacpp/cache/x/libjnicudart.so:"
        + " libcuda.so.1: cannot open shared object file: No such file or directory")))
        .isEqualTo(" (libcuda.so.1: cannot open shared object file: No such file or directory)");
    assertThat(GpuProbe.ndLogCause(java.util.List.of("nothing"))).isEmpty();
  }
}
