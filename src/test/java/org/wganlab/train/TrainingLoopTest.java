package org.wganlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
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
  /** A session whose rounds count up; every call is recorded with the thread it came on. */
  private static final class CountingSession implements LoopedSession<Integer> {
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    volatile boolean stopRequested;
    volatile Thread finishedOn;
    volatile long lastTick;
    volatile RuntimeException failNextTick;
    private boolean playing;
    private Pace pace = Pace.FULL;
    private int rounds;

    @Override
    public boolean playing() {
      return playing;
    }

    @Override
    public Pace pace() {
      return pace;
    }

    @Override
    public long nanosUntilDue(long now) {
      return pace.paced() ? Math.max(0, lastTick + pace.intervalNanos() - now) : 0;
    }

    @Override
    public void apply(Command command) {
      calls.add(command.getClass().getSimpleName());
      if (command instanceof Command.Play) {
        playing = true;
      } else if (command instanceof Command.Pause) {
        playing = false;
      } else if (command instanceof Command.SetPace p) {
        pace = p.pace();
      }
    }

    @Override
    public boolean tick(long now) {
      if (failNextTick != null) {
        throw failNextTick;
      }
      if (!playing || nanosUntilDue(now) > 0) {
        return false;
      }
      lastTick = now;
      rounds++;
      return true;
    }

    @Override
    public Integer snapshot() {
      return rounds;
    }

    @Override
    public void requestStop() {
      stopRequested = true;
    }

    @Override
    public void finish() {
      finishedOn = Thread.currentThread();
    }
  }

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
