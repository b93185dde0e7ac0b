package org.wganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.data.image.ImageSet;
import org.wganlab.export.IdxWriter;

/**
 * Stopping a long run from outside (the signal Ctrl-C sends ends the JVM the same way as this
 * termination request) still leaves every file complete, figures included; a stopped image run leaves
 * checkpoints that it resumes from.
 */
class InterruptTest {

  /**
   * Runs the command line in a child JVM with {@code args}, asks it to terminate once {@code out}
   * holds metrics.csv, and returns what it printed.
   */
  private static String stopOnceLogging(Path dir, Path out, String... args) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new java.util.ArrayList<>(List.of(java, "-cp",
        System.getProperty("java.class.path"), "org.wganlab.Main"));
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command)
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
    return Files.readString(dir.resolve("console.txt"), StandardCharsets.UTF_8);
  }

  @Test
  void anInterruptedRunWritesItsFilesOfTheMoment(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("run");
    String console = stopOnceLogging(dir, out, "train", "--iterations", "1000000", "--width", "16",
        "--depth", "1", "--batch", "32", "--log-every", "5", "--grid", "16", "--quiet", "--out",
        out.toString());
    assertThat(console).contains("interrupted: files hold the state at iteration");
    assertThat(out.resolve("surface-0-gp.png")).exists();
    assertThat(Files.readAllLines(out.resolve("samples.csv")).get(0)).isEqualTo("run,method,kind,x,y");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp"));
    }
  }

  @Test
  void aStoppedImageRunCheckpointsAndResumes(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("bars"));
    for (String split : List.of("train", "t10k")) {
      ImageSet set = ImageCommandTest.bars(24);
      IdxWriter.writeImages(data.resolve(split + "-images-idx3-ubyte.gz"), set);
      IdxWriter.writeLabels(data.resolve(split + "-labels-idx1-ubyte.gz"), set);
    }
    Path out = dir.resolve("run");
    String console = stopOnceLogging(dir, out, "image", "--data", data.toString(), "--iterations",
        "1000000", "--dim", "2", "--noise", "4", "--batch", "4", "--critic-iters", "1",
        "--log-every", "1", "--checkpoint-every", "1000", "--no-quality", "--quiet", "--out",
        out.toString());
    assertThat(console).contains("interrupted: checkpoints hold iteration");
    int stoppedAt = Integer.parseInt(console.replaceAll("(?s).*checkpoints hold iteration (\\d+).*",
        "$1"));
    assertThat(out.resolve("checkpoints/run-0-gp.ckpt")).exists();
    assertThat(out.resolve("generated-0-gp.idx.gz")).exists();
    String[] resume = {"image", "--resume", "--iterations", String.valueOf(stoppedAt + 1),
        "--no-quality", "--quiet", "--out", out.toString()};
    CliRun resumed = CliRun.of(resume);
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains("resumed 1 of 1 runs at iteration " + stoppedAt);
  }
}
