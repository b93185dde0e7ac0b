package org.wganlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The training thread over a session that counts: it publishes a first snapshot, applies commands
 * in order, trains only while playing, keeps a slow pace, asks a closing session to stop, finishes it
 * on its own thread and publishes once more, and hands an unexpected error to the failure sink.
 */
class TrainingLoopTest {
  @Test
  void commandsPlayPauseAndCloseRunOnTheLoopThread() throws Exception {
    CountingSession session = new CountingSession();
    AtomicReference<Integer> latest = new AtomicReference<>();
    CountDownLatch first = new CountDownLatch(1);
    TrainingLoop<Integer> loop = new TrainingLoop<>(session, r -> {
      latest.set(r);
      first.countDown();
    }, e -> { });
    assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(latest.get()).isZero();
    Thread.sleep(100);
    assertThat(session.rounds).isZero();

    loop.submit(new Command.Play());
    long until = System.nanoTime() + 10_000_000_000L;
    while (session.rounds < 50 && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    loop.submit(new Command.Pause());
    Thread.sleep(200);
    int paused = session.rounds;
    assertThat(paused).isGreaterThanOrEqualTo(50);
    Thread.sleep(200);
    assertThat(session.rounds).isEqualTo(paused);

    loop.submit(new Command.SetPace(Pace.FIVE_PER_SECOND));
    loop.submit(new Command.Play());
    Thread.sleep(1100);
    loop.submit(new Command.Pause());
    Thread.sleep(100);
    // Five rounds a second: about six in 1.1 s (the first at once), never dozens.
    assertThat(session.rounds - paused).isBetween(3, 8);

    loop.close();
    assertThat(session.stopRequested).isTrue();
    assertThat(session.finishedOn).isNotNull().isNotEqualTo(Thread.currentThread());
    assertThat(session.finishedOn.getName()).isEqualTo("wganlab-training");
    assertThat(session.calls).containsExactly("Play", "Pause", "SetPace", "Play", "Pause");
    assertThat(latest.get()).isEqualTo(session.rounds);
  }

  @Test
  void anUnexpectedErrorGoesToTheFailureSinkAndEndsTheLoop() throws Exception {
    CountingSession session = new CountingSession();
    session.failNextTick = new IllegalStateException("broken round");
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch failed = new CountDownLatch(1);
    TrainingLoop<Integer> loop = new TrainingLoop<>(session, r -> { }, e -> {
      failure.set(e);
      failed.countDown();
    });
    assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(failure.get()).hasMessage("broken round");
    loop.close();
    assertThat(session.finishedOn).isNull();
  }
}
