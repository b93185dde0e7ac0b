package org.wganlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.wganlab.train.TrainingSession;
import org.wganlab.ui.model.Preset;

class LaunchSettingsTest {

  private static Properties properties(String... namesAndValues) {
    Properties properties = new Properties();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      properties.setProperty(namesAndValues[i], namesAndValues[i + 1]);
    }
    return properties;
  }

  @Test
  void withoutPropertiesTheDefaultExperimentOpensPausedAtTheDefaultInterval() {
    assertThat(LaunchSettings.from(new Properties())).isEqualTo(new LaunchSettings(Optional.empty(),
        false, false, TrainingSession.LIVE_EVALUATION_NANOS / 1_000_000L));
  }

  @Test
  void everyPropertyIsRead() {
    LaunchSettings settings = LaunchSettings.from(properties("wganlab.ui.preset", " Fixed_Generator",
        "wganlab.ui.autoplay", "true", "wganlab.ui.presentation", "true",
        "wganlab.ui.measureEveryMillis", "250"));
    assertThat(settings).isEqualTo(new LaunchSettings(Optional.of(Preset.FIXED_GENERATOR), true,
        true, 250));
    assertThat(settings.measureEveryNanos()).isEqualTo(250_000_000L);
  }

  @Test
  void anUnknownPresetIsRefusedWithTheKnownNames() {
    assertThatThrownBy(() -> LaunchSettings.from(properties("wganlab.ui.preset", "fig9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("wganlab.ui.preset: unknown preset 'fig9' (use default, ")
        .hasMessageContaining("fixed_generator");
  }

  @Test
  void anIntervalMustBeAPositiveWholeNumber() {
    for (String bad : new String[] {"0", "-5", "0.5", "soon"}) {
      assertThatThrownBy(() -> LaunchSettings.from(properties("wganlab.ui.measureEveryMillis", bad)))
          .hasMessage("wganlab.ui.measureEveryMillis: '" + bad
              + "' is not a positive whole number of milliseconds");
    }
  }
}
