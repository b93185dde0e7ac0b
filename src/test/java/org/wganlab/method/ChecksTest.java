package org.wganlab.method;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers in labels and messages: short, and never with digits of the exponent dropped. */
class ChecksTest {
  @Test
  void formatsShortAndKeepsTheExponent() {
    assertThat(Checks.format(0.01)).isEqualTo("0.01");
    assertThat(Checks.format(10)).isEqualTo("10");
    assertThat(Checks.format(1e-5)).isEqualTo("1e-05");
    assertThat(Checks.format(1e300)).isEqualTo("1e+300");
    assertThat(Checks.format(2.5e-10)).isEqualTo("2.5e-10");
    assertThat(new MethodConfig.Clipping(1e300).label()).isEqualTo("WGAN clip c=1e+300");
  }
}
