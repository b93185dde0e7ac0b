package org.wganlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RngTest {

  /** Draws the same mix of calls from both and checks every value, through splits of splits. */
  private static void assertSameDraws(Rng rng, SplittableRandom reference, int depth) {
    int[] bounds = {2, 7, 8, 25, 100_000, 1_000_000_007, Integer.MAX_VALUE};
    for (int i = 0; i < 2_000; i++) {
      assertThat(rng.uniform()).isEqualTo(reference.nextDouble());
      int bound = bounds[i % bounds.length];
      assertThat(rng.nextInt(bound)).isEqualTo(reference.nextInt(bound));
    }
    if (depth > 0) {
      assertSameDraws(rng.split(), reference.split(), depth - 1);
      assertSameDraws(rng, reference, depth - 1);
    }
  }

  @Test
  void drawsWhatTheJdksSplittableRandomDraws() {
    for (long seed : new long[] {0, 1, 42, -7, Long.MIN_VALUE, 0x9e3779b97f4a7c15L}) {
      assertSameDraws(new Rng(seed), new SplittableRandom(seed), 3);
    }
  }

  @Test
  void gaussiansAreBoxMullerPairsOfItsUniforms() {
    Rng rng = new Rng(5);
    SplittableRandom reference = new SplittableRandom(5);
    for (int i = 0; i < 1_000; i++) {
      double u1 = reference.nextDouble();
      double u2 = reference.nextDouble();
      double radius = Math.sqrt(-2.0 * Math.log(u1));
      assertThat(rng.gaussian()).isEqualTo(radius * Math.cos(2.0 * Math.PI * u2));
      assertThat(rng.gaussian()).isEqualTo(radius * Math.sin(2.0 * Math.PI * u2));
    }
  }

  @Test
  void aRestoredStateGoesOnExactlyAsTheStreamWould() {
    Rng rng = new Rng(9).split();
    rng.gaussian();
    rng.nextInt(25);
    // A Gaussian pair is half used: the spare is part of the state.
    Rng.State saved = rng.state();
    assertThat(saved.hasSpare()).isTrue();
    Rng restored = new Rng(saved);
    for (int i = 0; i < 500; i++) {
      assertThat(restored.gaussian()).isEqualTo(rng.gaussian());
      assertThat(restored.nextInt(1_000_003)).isEqualTo(rng.nextInt(1_000_003));
      assertThat(restored.uniform(-2, 3)).isEqualTo(rng.uniform(-2, 3));
    }
    assertThat(restored.split().uniform()).isEqualTo(rng.split().uniform());
    assertThat(restored.state()).isEqualTo(rng.state());
  }

  @Test
  void refusesABadBoundAndAnEvenIncrement() {
    assertThatThrownBy(() -> new Rng(1).nextInt(0)).hasMessageContaining("positive");
    assertThatThrownBy(() -> new Rng.State(1, 2, false, 0)).hasMessageContaining("odd");
  }
}
