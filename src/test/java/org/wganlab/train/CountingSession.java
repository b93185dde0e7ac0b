package org.wganlab.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A session for the training loop's tests whose rounds count up; every call is recorded with the
 * thread it came on.
 */
class CountingSession implements LoopedSession<Integer> {
  final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  volatile boolean stopRequested;
  volatile Thread finishedOn;
  volatile long lastTick;
  volatile RuntimeException failNextTick;
  private boolean playing;
  private Pace pace = Pace.FULL;
  volatile int rounds;

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
