package org.wganlab.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The image window's charts read well before their runs have more than one point. */
@ExtendWith(ApplicationExtension.class)
class LinesChartTest {
  private static XYPlot plotOf(FxRobot robot, double[] x, double[] y) {
    LinesChart[] made = new LinesChart[1];
    robot.interact(() -> {
      made[0] = new LinesChart("Quality (lower is better)", "Frechet distance");
      made[0].show(List.of(new LinesChart.Line("2: WGAN-GP", java.awt.Color.BLUE, false, x, y)));
    });
    return made[0].viewer().getChart().getXYPlot();
  }

  @Test
  void onePointGetsIterationsFromZeroAndValuesFromZero(FxRobot robot) {
    XYPlot plot = plotOf(robot, new double[] {100}, new double[] {71.85});
    Range x = plot.getDomainAxis().getRange();
    Range y = plot.getRangeAxis().getRange();
    assertThat(x.getLowerBound()).isEqualTo(0.0);
    assertThat(x.getUpperBound()).isGreaterThanOrEqualTo(100.0);
    assertThat(y.getLowerBound()).isEqualTo(0.0);
    assertThat(y.getUpperBound()).isGreaterThanOrEqualTo(71.85);
    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
    assertThat(renderer.getSeriesShapesVisible(0)).isTrue();
  }

  @Test
  void theFirstIterationsGetAnAxisOfAtLeastTen(FxRobot robot) {
    XYPlot plot = plotOf(robot, new double[] {1, 2}, new double[] {0.5, 0.4});
    NumberAxis x = (NumberAxis) plot.getDomainAxis();
    assertThat(x.getRange().getLowerBound()).isEqualTo(0.0);
    assertThat(x.getRange().getLength()).isGreaterThanOrEqualTo(10.0);
    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
    assertThat(renderer.getSeriesShapesVisible(0)).isFalse();
  }
}
