package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.wganlab.ui.model.Preset;

/**
 * The Experiments menu's paper figures: each loads its setting, shows its caption and a claims box
 * that fills in with numbers measured on the runs as they train.
 */
class PaperFigureClaimsTest extends AppTestBase {

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void theWeightsFigureLoadsTwelveLayerCriticsAndMeasuresClippingsPileUp(FxRobot robot)
      throws Exception {
    assertThat(robot.lookup(".claims-box").query().isVisible()).isFalse();
    robot.clickOn("Experiments").clickOn(Preset.WEIGHTS.displayName());
    show(robot);
    assertThat(texts(robot, "panel-title")).containsExactly("WGAN clip c=0.01", "WGAN-GP lambda=10");
    assertThat(texts(robot, "claim-verdict")).hasSize(3);
    assertThat(window.model().configProperty().get().critic().depth()).isEqualTo(12);
    assertThat(robot.lookup(".preset-caption").queryAs(Label.class).getText())
        .isEqualTo(Preset.WEIGHTS.caption());
    assertThat(robot.lookup(".preset-caption").queryAs(Label.class).isVisible()).isTrue();
    // Why GP's points gather in this setting, with the numbers, where the caption says to hover.
    assertThat(Preset.WEIGHTS.caption()).endsWith("hover here for why.");
    assertThat(robot.lookup(".preset-caption").queryAs(Label.class).getTooltip().getText())
        .isEqualTo(Preset.WEIGHTS.note()).contains("-0.84 and -1.11").contains("lambda = 0.1");
    // Before training the weights are the initial ones, spread far beyond c.
    assertThat(texts(robot, "claim-verdict").get(0)).isEqualTo("not yet");
    robot.clickOn("#step-iteration");
    show(robot);
    // Piled up after one step, but judged only from iteration 20: not yet, with the numbers behind
    // the verdict in every cell's tooltip.
    assertThat(texts(robot, "claim-verdict")).containsOnly("not yet");
    assertThat(texts(robot, "claim-text").get(0)).contains("within 5% of +-c");
    assertThat(Double.parseDouble(texts(robot, "claim-measured").get(0))).isGreaterThan(0.5);
    Label verdict = robot.lookup(".claim-verdict").queryAs(Label.class);
    assertThat(verdict.getTooltip().getText()).contains("iteration 1, judged from 20");
    assertThat(texts(robot, "claim-threshold").get(0)).isEqualTo("> 0.5");
    // GP / clipping weight spread: a number, whatever its verdict after one iteration.
    assertThat(Double.parseDouble(texts(robot, "claim-measured").get(2))).isGreaterThan(2);
  }

  @Test
  void theFixedGeneratorFigureComparesEachEstimateWithTheExactW1WhenAsked(FxRobot robot)
      throws Exception {
    robot.clickOn("Experiments").clickOn(Preset.FIXED_GENERATOR.displayName());
    show(robot);
    assertThat(texts(robot, "claim-measured")).hasSize(4);
    assertThat(texts(robot, "claim-measured").subList(1, 4)).containsOnly("\u2013");
    robot.clickOn("#step-iteration");
    show(robot);
    assertThat(window.model().snapshotProperty().get().runs().get(1).iteration()).isEqualTo(1);
    // GP's median norm at its penalty points: a number, judged from a later iteration.
    assertThat(Double.parseDouble(texts(robot, "claim-measured").get(0))).isPositive();
    robot.clickOn("#exact-w1");
    show(robot);
    assertThat(texts(robot, "claim-measured")).doesNotContain("\u2013");
    double clipShare = Double.parseDouble(texts(robot, "claim-measured").get(2));
    assertThat(clipShare).isLessThan(0.1);
    // Below its threshold already, but a critic trained for one iteration is judged by no claim.
    assertThat(texts(robot, "claim-verdict")).containsOnly("not yet");
  }

  @Test
  void openingAnExperimentThatIsNoFigureHidesTheClaims(FxRobot robot) throws Exception {
    robot.clickOn("Experiments").clickOn(Preset.CLIPPING_VALUES.displayName());
    show(robot);
    assertThat(texts(robot, "claim-verdict")).hasSize(4);
    assertThat(robot.lookup(".claims-box").query().isVisible()).isTrue();
    assertThat(robot.lookup(".preset-caption").queryAs(Label.class).getTooltip().getText())
        .isEqualTo(Preset.CLIPPING_VALUES.note());
    robot.clickOn("Experiments").clickOn(Preset.DIVERGING.displayName());
    show(robot);
    assertThat(robot.lookup(".claims-box").query().isVisible()).isFalse();
    assertThat(robot.lookup(".preset-caption").queryAs(Label.class).getText())
        .isEqualTo(Preset.DIVERGING.caption());
    // A caption that says it all has no tooltip (the 12-layer preset's note is gone with it).
    assertThat(robot.lookup(".preset-caption").queryAs(Label.class).getTooltip()).isNull();
  }
}
