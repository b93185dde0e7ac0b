package org.wganlab.nn.backend;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Tries the CUDA backend in a child JVM: starts ND4J there with its default priorities (CUDA first),
 * runs {@link SmokeCheck}, and reports back through a file. A separate process because a JVM cannot
 * change its ND4J backend once ND4J has started, and because a GPU that fails may take the process
 * down with it.
 */
final class GpuProbe {
  /** What the child writes when the GPU computed the check correctly. */
  private static final String PASSED = "passed";
  private static final long TIMEOUT_SECONDS = 180;
  /** ND4J's warning when a backend's isAvailable() fails; the text after it is the cause. */
  private static final String SKIPPED = "Skipped [JCublasBackend] backend (unavailable):";

  private GpuProbe() {
  }

  /** Runs the check in a child JVM; empty if the GPU passed, else why it cannot be used. */
  static Optional<String> run() {
    Path result = null;
    Path log = null;
    try {
      result = Files.createTempFile("wganlab-gpu-check", ".txt");
      log = Files.createTempFile("wganlab-gpu-check", ".log");
      Process child = new ProcessBuilder(command(result))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(log.toFile())
          .start();
      if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        child.destroyForcibly();
        return Optional.of("the GPU check did not finish within " + TIMEOUT_SECONDS + " s");
      }
      String outcome = Files.readString(result, StandardCharsets.UTF_8).strip();
      if (outcome.equals(PASSED) && child.exitValue() == 0) {
        return Optional.empty();
      }
      // Decoded leniently: a native crash may leave bytes in the log that are not UTF-8.
      String cause = ndLogCause(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines()
          .toList());
      return Optional.of(outcome.isEmpty()
          ? "the GPU check crashed (exit code " + child.exitValue() + ")" + cause
          : outcome + cause);
    } catch (IOException e) {
      return Optional.of("the GPU check could not be started: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted during the GPU check");
    } finally {
      deleteQuietly(result);
      deleteQuietly(log);
    }
  }

  /**
   * The same Java with the same class path and system properties (JavaCPP reads its library paths
   * from them), running {@link #main}. Agents such as debuggers and coverage tools stay behind, and a
   * crash report goes to the temporary directory instead of the user's working directory.
   */
  private static List<String> command(Path result) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-XX:ErrorFile=" + result.resolveSibling("wganlab-gpu-check-crash-%p.log"));
    for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!argument.startsWith("-agent") && !argument.startsWith("-javaagent")
          && !argument.startsWith("-Xrunjdwp")) {
        command.add(argument);
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), GpuProbe.class.getName(),
        result.toString()));
    return command;
  }

  /**
   * ND4J's own reason for skipping the CUDA backend, as " (cause)", if its log has one; shortened to
   * what a person acts on: no exception class, no path of the unpacked library.
   */
  static String ndLogCause(List<String> log) {
    return log.stream().filter(line -> line.contains(SKIPPED))
        .map(line -> line.substring(line.indexOf(SKIPPED) + SKIPPED.length()).strip())
        .map(cause -> cause.replaceFirst("^[\\w.$]+(Exception|Error): ", ""))
        .map(cause -> cause.replaceFirst("^(/|[A-Za-z]:\\\\)\\S*: ", ""))
        .map(cause -> " (" + cause + ")")
        .findFirst().orElse("");
  }

  /**
   * The child's side: starts ND4J, requires the CUDA backend, runs the check and writes "passed" or
   * the one-line reason into the file named by {@code args[0]}; exits 0 only if the check passed.
   */
  public static void main(String[] args) throws IOException {
    String outcome;
    try {
      BackendKind started = Backends.running();
      if (started != BackendKind.CUDA) {
        outcome = "ND4J could not start CUDA";
      } else {
        SmokeCheck.run();
        outcome = PASSED;
      }
    } catch (RuntimeException | LinkageError e) {
      outcome = oneLine(e);
    }
    Files.writeString(Path.of(args[0]), outcome, StandardCharsets.UTF_8);
    System.exit(outcome.equals(PASSED) ? 0 : 1);
  }

  /** The innermost cause's message, on one line: CUDA's own words ("no kernel image ..."). */
  static String oneLine(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    String first = message.strip().lines().findFirst().orElse(message);
    return first.length() > 200 ? first.substring(0, 200) + "..." : first;
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover temporary file in the system's temporary directory is harmless.
      file.toFile().deleteOnExit();
    }
  }
}
