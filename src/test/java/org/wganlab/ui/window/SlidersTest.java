package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.wganlab.method.MethodConfig;
import org.wganlab.train.RunConfig;
import org.wganlab.ui.model.RoundScale;

/**
 * The sliders a teacher drags: per panel for what is per panel, round values, the number beside,
 * and a shared learning rate that says "mixed" and keeps the panels' ratios instead of overwriting.
 */
class SlidersTest extends AppTestBase {

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void aPanelsRateIsItsOwnAndTheSharedSliderKeepsTheRatios(FxRobot robot) {
    assertThat(shared(robot).getText()).isEqualTo("0.001");
    drag(robot, robot.lookup("#param-lr-slider").nth(1).query(), 30);
    List<Double> rates = rates();
    assertThat(rates.get(1)).isGreaterThan(1e-3);
    assertThat(RoundScale.LEARNING_RATE.stops()).contains(rates.get(1));
    assertThat(rates.get(0)).isEqualTo(1e-3);
    assertThat(rates.get(2)).isEqualTo(1e-3);
    assertThat(shared(robot).getText()).isEmpty();
    assertThat(shared(robot).getPromptText()).isEqualTo("mixed");
    assertThat(((TextField) robot.lookup("#param-lr").nth(1).query()).getText())
        .isEqualTo(org.wganlab.ui.model.Formats.sliderValue(rates.get(1)));

    drag(robot, robot.lookup("#lr-slider").query(), -25);
    List<Double> scaled = rates();
    assertThat(scaled.get(0)).isLessThan(1e-3);
    // Every panel moved by the same factor: GP's rate is still the same multiple of the others'.
    assertThat(scaled.get(1) / scaled.get(0)).isCloseTo(rates.get(1) / rates.get(0),
        within(0.01 * rates.get(1) / rates.get(0)));
    assertThat(scaled.get(2)).isEqualTo(scaled.get(0));
    assertThat(status(robot)).contains("ratios kept");
    assertThat(shared(robot).getPromptText()).isEqualTo("mixed");
  }

  @Test
  void clippingsCSnapsToRoundValuesAndItsFieldShowsThemWhole(FxRobot robot) {
    drag(robot, robot.lookup("#param-c-slider").query(), -30);
    double c = ((MethodConfig.Clipping) window.model().configProperty().get().runs().get(0)
        .method()).c();
    assertThat(c).isLessThan(0.01);
    assertThat(RoundScale.CLIP.stops()).contains(c);
    assertThat(Double.parseDouble(texts(robot, "panel-title").get(0).replace("WGAN clip c=", "")))
        .isEqualTo(c);
    TextField field = robot.lookup("#param-c").queryAs(TextField.class);
    robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
        .write("0.001").type(KeyCode.ENTER);
    show(robot);
    assertThat(field.getText()).isEqualTo("0.001");
    Text shown = (Text) field.lookup(".text");
    double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
    assertThat(shown.getLayoutBounds().getWidth()).as("0.001 fits its field")
        .isLessThanOrEqualTo(room);
  }

  private static TextField shared(FxRobot robot) {
    return robot.lookup("#lr").queryAs(TextField.class);
  }

  private List<Double> rates() {
    return window.model().configProperty().get().runs().stream()
        .map(RunConfig::optimizer).map(o -> o.learningRate()).toList();
  }

  private void drag(FxRobot robot, Slider slider, double dx) {
    Node thumb = slider.lookup(".thumb");
    robot.drag(thumb).moveBy(dx, 0).drop();
    show(robot);
  }
}
