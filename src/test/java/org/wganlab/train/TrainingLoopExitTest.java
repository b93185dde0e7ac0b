package org.wganlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM asked to end while a training loop plays (what Ctrl-C or a closed terminal does to the app)
 * closes the loop first: its session finishes, as on a window's close, before the JVM goes down.
 */
class TrainingLoopExitTest {
  @Test
  void aTerminatedJvmFinishesItsPlayingLoop(@TempDir Path dir) throws Exception {
    Path finished = dir.resolve("finished.txt");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        LoopToTerminate.class.getName(), finished.toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("training");
      child.destroy();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(finished).exists();
    assertThat(Files.readString(finished)).matches("finished after [1-9][0-9]* rounds");
  }
}
