package org.wganlab.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of {@link TrainingLoopExitTest}: a training loop that plays a counting session until
 * the JVM is asked to end, whose session writes how many rounds it trained when it is finished.
 */
public final class LoopToTerminate {
  private LoopToTerminate() {
  }

  /** Trains until terminated; the argument is the file the finished session writes. */
  public static void main(String[] args) throws InterruptedException {
    Path finished = Path.of(args[0]);
    CountingSession session = new CountingSession() {
      @Override
      public void finish() {
        super.finish();
        try {
          Files.writeString(finished, "finished after " + snapshot() + " rounds",
              StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
    TrainingLoop<Integer> loop = new TrainingLoop<>(session, rounds -> { },
        Throwable::printStackTrace);
    loop.submit(new Command.Play());
    System.out.println("training");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
