package org.wganlab.nn.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class NativeThreadsTest {

  /** The niceness the kernel reports for the calling thread (field 19 of its stat line). */
  private static int niceness() throws Exception {
    String stat = Files.readString(Path.of("/proc/thread-self/stat"));
    // The command name in parentheses may contain spaces; the fields after it are plain.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Integer.parseInt(fields[16]);
  }

  @Test
  void onLinuxTheCallingThreadAloneBecomesNicer() throws Exception {
    assumeTrue(Platform.isLinux() && Files.exists(Path.of("/proc/thread-self/stat")));
    int callerBefore = niceness();
    AtomicReference<int[]> seen = new AtomicReference<>();
    Thread worker = new Thread(() -> {
      try {
        int before = niceness();
        int set = NativeThreads.lowerCurrentThreadPriority();
        seen.set(new int[] {before, set, niceness()});
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    worker.start();
    worker.join();
    int[] values = seen.get();
    int expected = Math.min(19, values[0] + NativeThreads.BACKGROUND_STEPS);
    assertThat(values[1]).isEqualTo(expected);
    assertThat(values[2]).isEqualTo(expected);
    assertThat(niceness()).as("the calling thread is untouched").isEqualTo(callerBefore);
  }

  @Test
  void onLinuxTheLowestPriorityIsTheLargestNiceness() throws Exception {
    assumeTrue(Platform.isLinux() && Files.exists(Path.of("/proc/thread-self/stat")));
    AtomicReference<int[]> seen = new AtomicReference<>();
    Thread worker = new Thread(() -> {
      try {
        seen.set(new int[] {NativeThreads.lowestCurrentThreadPriority(), niceness()});
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    worker.start();
    worker.join();
    assertThat(seen.get()).containsExactly(19, 19);
  }
}
