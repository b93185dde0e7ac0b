package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.wganlab.export.ColorMap;
import org.wganlab.export.ColorScale;
import org.wganlab.export.Raster;
import org.wganlab.ui.panel.RunPanel;

/** The colour scales tell the truth: flat critics, the shared norm scale, the shared D(x) span. */
class ColourScalesTest extends AppTestBase {

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void anAlmostConstantCriticIsNotDrawnAsALandscape(FxRobot robot) throws Exception {
    robot.clickOn("#param-c").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
        .write("1e-5").type(KeyCode.ENTER);
    show(robot);
    assertThat(texts(robot, "panel-title").get(0)).isEqualTo("WGAN clip c=1e-05");
    robot.clickOn("#step-iteration");
    robot.clickOn("#step-iteration");
    show(robot);
    assertThat(panels(robot)).allMatch(p -> p.drawnEvaluation().iteration() == 2);
    RunPanel clip = panels(robot).get(0);
    assertThat(clip.surfaceView().colorScale().flat()).isTrue();
    // One colour for the whole heatmap, where stretching its range would paint a landscape.
    assertThat(Arrays.stream(clip.surfaceView().heatmapPixels()).distinct().count()).isEqualTo(1);
    // The gradient penalty's critic has a slope, and its heatmap shows it.
    RunPanel gp = panels(robot).get(1);
    assertThat(gp.surfaceView().colorScale().flat()).isFalse();
    assertThat(Arrays.stream(gp.surfaceView().heatmapPixels()).distinct().count())
        .isGreaterThan(20);
    // Clipping piles the weights up at +-c, and the histogram says how many.
    assertThat(clip.weightHistogram().pileText()).matches("[0-9]+% at \u00b1c");
    assertThat(gp.weightHistogram().pileText()).isEmpty();
  }

  @Test
  void everyPanelDrawsGradientNormsOnOneScale(FxRobot robot) throws Exception {
    robot.clickOn("#step-iteration");
    for (Node toggle : robot.lookup(".field-gradient_norm").queryAll()) {
      robot.clickOn(toggle);
    }
    show(robot);
    assertThat(panels(robot)).allMatch(p -> p.drawnEvaluation() != null
        && ColorScale.gradientNorm().equals(p.surfaceView().colorScale()));
    // Clipping's norms are tiny: on the shared scale its heatmap is the colour of 0 all over,
    // not the full range of colours stretched over its own 0 to 1e-4.
    int[] clip = panels(robot).get(0).surfaceView().heatmapPixels();
    assertThat(clip).containsOnly(ColorMap.MAGNITUDE.argb(0));
  }

  @Test
  void theValueRangeCanBeSharedByAllPanels(FxRobot robot) throws Exception {
    // Past iteration 0, where every run still has the same networks.
    robot.clickOn("#step-iteration");
    robot.clickOn("#step-iteration");
    show(robot);
    assertThat(panels(robot)).allMatch(p -> p.drawnEvaluation().iteration() == 2);
    RunPanel gp = panels(robot).get(1);
    RunPanel div = panels(robot).get(2);
    assertThat(span(gp)).isCloseTo(ownSpan(gp), within(1e-9));
    assertThat(ownSpan(gp)).isNotCloseTo(ownSpan(div), within(1e-6));
    robot.clickOn("View").clickOn("D(x) colours: One span shared by all panels");
    show(robot);
    assertThat(span(gp)).isEqualTo(span(div));
    assertThat(span(gp)).isCloseTo(Math.max(ownSpan(gp), ownSpan(div)), within(1e-9));
    robot.clickOn("View").clickOn("D(x) colours: Each panel's own range");
    show(robot);
    assertThat(span(gp)).isCloseTo(ownSpan(gp), within(1e-9));
    assertThat(span(div)).isCloseTo(ownSpan(div), within(1e-9));
  }

  /** The span of the values of the surface the panel shows. */
  private static double ownSpan(RunPanel panel) {
    double[] range = Raster.range(panel.drawnEvaluation().surface().values());
    return range[1] - range[0];
  }

  private static double span(RunPanel panel) {
    ColorScale scale = panel.surfaceView().colorScale();
    return scale.high() - scale.low();
  }

  static List<RunPanel> panels(FxRobot robot) {
    return robot.lookup(".run-panel").queryAllAs(RunPanel.class).stream().toList();
  }
}
