package org.wganlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Times a GP critic step in a child JVM started with a given {@code OMP_WAIT_POLICY}. The policy is
 * read once when OpenMP loads, so comparing policies needs a second process; the benchmark uses this
 * to show what the passive policy the launcher sets is worth.
 */
final class WaitPolicyProbe {
  private WaitPolicyProbe() {
  }

  /** Median GP step milliseconds measured by a child process with {@code policy}. */
  static double gpStepMillis(String policy, int repeats) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp",
        System.getProperty("java.class.path"), "org.wganlab.Main", "bench", "--json",
        "--gp-step-only", "--repeats", Integer.toString(repeats)));
    builder.environment().put("OMP_WAIT_POLICY", policy);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process child = builder.start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (child.waitFor() != 0) {
      throw new IOException("the comparison process failed (exit " + child.exitValue() + ")");
    }
    return new ObjectMapper().readTree(output).get("gp_step_ms").asDouble();
  }
}
