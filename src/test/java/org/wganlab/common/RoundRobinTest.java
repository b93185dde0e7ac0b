package org.wganlab.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundRobinTest {

  @Test
  void itemsTakeTurnsAndOnlyOneIsServedPerCall() {
    RoundRobin turns = new RoundRobin();
    List<Integer> served = new ArrayList<>();
    for (int call = 0; call < 5; call++) {
      turns.serveOne(3, i -> served.add(i));
    }
    assertThat(served).containsExactly(0, 1, 2, 0, 1);
  }

  @Test
  void itemsThatDeclineArePassedAndNoneIsOfferedTwice() {
    RoundRobin turns = new RoundRobin();
    List<Integer> offered = new ArrayList<>();
    assertThat(turns.serveOne(4, i -> offered.add(i) && i == 2)).isTrue();
    assertThat(offered).containsExactly(0, 1, 2);
    offered.clear();
    assertThat(turns.serveOne(4, i -> offered.add(i) && false)).isFalse();
    assertThat(offered).containsExactly(3, 0, 1, 2);
  }

  @Test
  void fewerItemsThanBeforeStillEachGetATurn() {
    RoundRobin turns = new RoundRobin();
    turns.serveOne(4, i -> i == 3);
    List<Integer> served = new ArrayList<>();
    turns.serveOne(2, i -> served.add(i));
    turns.serveOne(2, i -> served.add(i));
    turns.serveOne(0, i -> served.add(i));
    assertThat(served).containsExactly(0, 1);
  }
}
