package org.wganlab.common;

import java.util.function.IntPredicate;

/**
 * Turn-taking among a number of items that may change between calls: each call offers the items a turn,
 * starting after the one served last, and stops at the first that takes it. A window uses it to redraw
 * at most one panel and one chart per frame, so that work arriving for all of them at once is spread
 * over consecutive frames instead of making one long one; every item gets a turn within as many calls
 * as there are items.
 */
public final class RoundRobin {
  private int next;

  /**
   * Offers items {@code next, next + 1, ...} (modulo {@code count}) a turn until {@code serve} takes one
   * (returns true); whether one did. Each item is offered at most once per call.
   */
  public boolean serveOne(int count, IntPredicate serve) {
    for (int tries = 0; tries < count; tries++) {
      int item = Math.floorMod(next, count);
      next = (item + 1) % count;
      if (serve.test(item)) {
        return true;
      }
    }
    return false;
  }
}
