package org.wganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping a long run from outside (the signal Ctrl-C sends ends the JVM the same way as this
 * termination request) still leaves every file complete, figures included.
 */
class InterruptTest {

  @Test
  void anInterruptedRunWritesItsFilesOfTheMoment(@TempDir Path dir) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path out = dir.resolve("run");
    Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        "org.wganlab.Main", "train", "--iterations", "1000000", "--width", "16", "--depth", "1",
        "--batch", "32", "--log-every", "5", "--grid", "16", "--quiet", "--out", out.toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        // destroy() closes the child's pipes, so its console goes to a file.
        .redirectOutput(dir.resolve("console.txt").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(out.resolve("metrics.csv")) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(out.resolve("metrics.csv")).exists();
    child.destroy();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String console = Files.readString(dir.resolve("console.txt"), StandardCharsets.UTF_8);
    assertThat(console).contains("interrupted: files hold the state at iteration");
    assertThat(out.resolve("surface-0-gp.png")).exists();
    assertThat(Files.readAllLines(out.resolve("samples.csv")).get(0)).isEqualTo("run,method,kind,x,y");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp"));
    }
  }
}
