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
   * Runs the command line in a child JVM with {@code args}, asks it to terminate {@code delayMillis}
   * after {@code out} holds {@code file}, and returns what it printed and how long it took to stop.
   */
  private static Stopped stopOnce(Path dir, Path out, String file, long delayMillis, String... args)
      throws Exception {
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
    while (!Files.exists(out.resolve(file)) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(out.resolve(file)).exists();
    Thread.sleep(delayMillis);
    long asked = System.nanoTime();
    child.destroy();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Stopped(Files.readString(dir.resolve("console.txt"), StandardCharsets.UTF_8),
        (System.nanoTime() - asked) / 1e9);
  }

  /** What a stopped child printed, and the seconds from the request to its end. */
  private record Stopped(String console, double seconds) {
  }

  private static String stopOnceLogging(Path dir, Path out, String... args) throws Exception {
    return stopOnce(dir, out, "metrics.csv", 0, args).console();
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
  void anImageRunStopsInsideAnIterationKeepsItsCheckpointAndResumes(@TempDir Path dir)
      throws Exception {
    Path data = Files.createDirectories(dir.resolve("bars"));
    for (String split : List.of("train", "t10k")) {
      ImageSet set = ImageCommandTest.bars(24);
      IdxWriter.writeImages(data.resolve(split + "-images-idx3-ubyte.gz"), set);
      IdxWriter.writeLabels(data.resolve(split + "-labels-idx1-ubyte.gz"), set);
    }
    Path out = dir.resolve("run");
    // Ten critic steps an iteration; asked to stop a moment after the first checkpoint, the run is
    // inside its second iteration, and stops before its next step rather than at the iteration's end.
    Stopped stopped = stopOnce(dir, out, "checkpoints/run-0-gp.ckpt", 300, "image", "--data",
        data.toString(), "--iterations", "1000000", "--dim", "8", "--noise", "8", "--batch", "16",
        "--critic-iters", "10", "--log-every", "1", "--checkpoint-every", "1", "--no-quality",
        "--quiet", "--out", out.toString());
    System.out.printf(java.util.Locale.ROOT, "image run stopped %.2f s after the request%n",
        stopped.seconds());
    String console = stopped.console();
    assertThat(console).contains("interrupted: checkpoints hold iteration");
    int kept = Integer.parseInt(console.replaceAll("(?s).*checkpoints hold iteration (\\d+).*",
        "$1"));
    assertThat(kept).isPositive();
    if (console.contains("was stopped inside iteration")) {
      assertThat(console).contains("was stopped inside iteration " + (kept + 1) + ": it keeps its"
          + " checkpoint of iteration " + kept);
    }
    // metrics.csv holds whole iterations only: a row for each iteration the checkpoint holds.
    List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
    assertThat(rows.subList(1, rows.size())).allMatch(row -> row.endsWith(",ok,"));
    assertThat(rows).hasSize(1 + kept);
    try (var files = Files.walk(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp"));
    }
    String[] resume = {"image", "--resume", "--iterations", String.valueOf(kept + 1),
        "--no-quality", "--quiet", "--out", out.toString()};
    CliRun resumed = CliRun.of(resume);
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains("resumed 1 of 1 runs at iteration " + kept);
  }
}
