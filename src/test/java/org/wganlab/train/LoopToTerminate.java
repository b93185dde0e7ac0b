package org.wganlab.train;

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
    LoopedSession<Integer> session = new LoopedSession<>() {
      private int rounds;

      @Override
      public boolean playing() {
        return true;
      }

      @Override
      public Pace pace() {
        return Pace.FULL;
      }

      @Override
      public long nanosUntilDue(long now) {
        return 0;
      }

      @Override
      public void apply(Command command) {
      }

      @Override
      public boolean tick(long now) {
        rounds++;
        return true;
      }

      @Override
      public Integer snapshot() {
        return rounds;
      }

      @Override
      public void finish() {
        try {
          Files.writeString(finished, "finished after " + rounds + " rounds",
              StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
    new TrainingLoop<>(session, rounds -> { }, Throwable::printStackTrace);
    System.out.println("training");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
