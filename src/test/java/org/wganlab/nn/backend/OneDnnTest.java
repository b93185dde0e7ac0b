package org.wganlab.nn.backend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The build's choice of libnd4j natives holds at run time: where the pom puts the oneDNN build on the
 * class path (x86-64 platforms) it is found, loaded and reported, and elsewhere none of that is
 * claimed.
 */
class OneDnnTest {
  @Test
  void theNativesOnTheClassPathAreTheOnesThatRunAndAreReported() {
    boolean chosen = OneDnn.EXTENSION.equals(System.getProperty(OneDnn.EXTENSION_PROPERTY));
    assertThat(OneDnn.nativesPresent()).isEqualTo(chosen);
    assertThat(OneDnn.running()).isEqualTo(chosen);
    assertThat(Backends.report().line().contains("oneDNN")).isEqualTo(chosen);
  }
}
