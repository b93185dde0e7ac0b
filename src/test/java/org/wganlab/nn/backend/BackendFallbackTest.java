package org.wganlab.nn.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fallback on this CPU-only class path: the real GPU check in a child JVM fails with a reason,
 * the report then says CPU with that reason, the check computation is right on the CPU, and the class
 * loader that hides CUDA from ND4J hides nothing else.
 */
class BackendFallbackTest {

  @Test
  void theCheckComputationMatchesJavaOnTheCpu() {
    SmokeCheck.run();
  }

  @Test
  void theGpuCheckInAChildJvmFailsWithAReasonWhenThereIsNoCudaBackend() {
    Optional<String> failure = GpuProbe.run();
    assertThat(failure).hasValueSatisfying(reason -> assertThat(reason)
        .startsWith("ND4J could not start CUDA"));
  }

  @Test
  void aFailedGpuCheckLeavesACpuReportThatSaysWhy() {
    Backends.Decision decision = Backends.decide(BackendRequest.CUDA, true,
        () -> Optional.of("No CUDA devices were found in system"));
    BackendReport report = Backends.describe(decision);
    assertThat(report.kind()).isEqualTo(BackendKind.CPU);
    assertThat(report.threads()).isPositive();
    assertThat(report.line()).startsWith("Backend: CPU, ")
        .endsWith("(GPU not used: No CUDA devices were found in system)");
  }

  @Test
  void startingWithCudaRequestedInThisCpuBuildReportsTheCpu() {
    // Whatever started first in this JVM, the CPU is what runs here: there is no CUDA backend.
    assertThat(Backends.start(BackendRequest.CUDA).kind()).isEqualTo(BackendKind.CPU);
    assertThat(Backends.report()).isSameAs(Backends.start(BackendRequest.AUTO));
  }

  @Test
  void theHidingLoaderDropsOnlyTheCudaJarsBackendEntry(@TempDir Path dir) throws IOException {
    Path cuda = root(dir.resolve("cuda"), true);
    Path cpu = root(dir.resolve("cpu"), false);
    try (URLClassLoader both = new URLClassLoader(
        new URL[] {cuda.toUri().toURL(), cpu.toUri().toURL()}, null)) {
      assertThat(HiddenCudaBackend.cudaOnClassPath(both)).isTrue();
      assertThat(Collections.list(both.getResources(HiddenCudaBackend.BACKEND_SERVICES))).hasSize(2);
      List<URL> seen = Collections.list(
          new HiddenCudaBackend(both).getResources(HiddenCudaBackend.BACKEND_SERVICES));
      assertThat(seen).singleElement().satisfies(url -> assertThat(url.toString()).contains("/cpu/"));
      assertThat(new HiddenCudaBackend(both).getResources("META-INF/other")).isNotNull();
    }
  }

  /** A class-path root with a backend services file, and the CUDA backend's class if asked. */
  private static Path root(Path root, boolean withCudaClass) throws IOException {
    Path services = root.resolve(HiddenCudaBackend.BACKEND_SERVICES);
    Files.createDirectories(services.getParent());
    Files.writeString(services, "some.Backend\n");
    if (withCudaClass) {
      Path backend = root.resolve(HiddenCudaBackend.CUDA_BACKEND_CLASS);
      Files.createDirectories(backend.getParent());
      Files.write(backend, new byte[] {0});
    }
    return root;
  }
}
