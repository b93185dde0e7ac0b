package org.wganlab.ui.model;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The hand-over between the training thread and the window: the training thread drops each snapshot
 * here and the window takes the latest one once per frame. A newer snapshot replaces an undrawn one,
 * so a slow frame never builds a queue (the window always draws the present, never catches up).
 *
 * @param <S> the snapshot type (the toy and the image mode publish different ones)
 */
public final class SnapshotMailbox<S> {
  private final AtomicReference<S> latest = new AtomicReference<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  /** Called on the training thread: keeps only the newest snapshot. */
  public void offer(S snapshot) {
    latest.set(snapshot);
  }

  /** Called on the training thread when training stopped with an unexpected error. */
  public void fail(Throwable error) {
    failure.set(error);
  }

  /** The newest snapshot, or null if none arrived since the last call. */
  public S take() {
    return latest.getAndSet(null);
  }

  /** The failure, once; null when there is none. */
  public Throwable takeFailure() {
    return failure.getAndSet(null);
  }
}
