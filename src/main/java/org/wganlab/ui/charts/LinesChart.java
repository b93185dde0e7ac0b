package org.wganlab.ui.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A chart of lines over iterations with the shared charts' look, for views whose runs are not toy
 * panels (the image mode): each {@link #show} gets the whole lines and rebuilds the dataset only when
 * a line grew or changed, with notifications off; {@link #redraw()} then draws it once.
 */
public final class LinesChart {
  private final JFreeChart chart;
  private final ChartViewer viewer;
  private final XYSeriesCollection data = new XYSeriesCollection();
  private List<Line> shown = List.of();

  /**
   * One line.
   *
   * @param name its legend name
   * @param colour its colour
   * @param dashed whether it is drawn dashed
   * @param x its x values (iterations)
   * @param y its y values; NaN leaves a point out
   */
  public record Line(String name, java.awt.Color colour, boolean dashed, double[] x, double[] y) {
    private boolean sameAs(Line other) {
      return name.equals(other.name) && colour.equals(other.colour) && dashed == other.dashed
          && java.util.Arrays.equals(x, other.x) && java.util.Arrays.equals(y, other.y);
    }
  }

  /** An empty chart titled {@code title} with {@code yLabel} on its vertical axis. */
  public LinesChart(String title, String yLabel) {
    chart = Charts.lines(title, "iteration", yLabel, data);
    chart.setNotify(false);
    // Iterations from 0, at least 10 of them: a chart whose runs have one point yet (the
    // first quality number) would otherwise centre a range far narrower than one iteration on it,
    // every tick labelled alike.
    NumberAxis iterations = (NumberAxis) chart.getXYPlot().getDomainAxis();
    iterations.setAutoRangeIncludesZero(true);
    iterations.setAutoRangeMinimumSize(10);
    viewer = Charts.viewer(chart);
    viewer.setPrefSize(300, 180);
    viewer.setMinSize(120, 90);
  }

  /** The chart's node. */
  public ChartViewer viewer() {
    return viewer;
  }

  /** Copies {@code lines} into the dataset if they differ from those shown; whether they did. */
  public boolean show(List<Line> lines) {
    boolean same = lines.size() == shown.size();
    for (int i = 0; same && i < lines.size(); i++) {
      same = lines.get(i).sameAs(shown.get(i));
    }
    if (same) {
      return false;
    }
    data.removeAllSeries();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      XYSeries series = Charts.series(line.name());
      for (int k = 0; k < line.x().length; k++) {
        if (Double.isFinite(line.y()[k])) {
          series.add(line.x()[k], line.y()[k], false);
        }
      }
      data.addSeries(series);
      // A line of one point has nothing to draw: its point is marked instead.
      Charts.style(chart, i, line.colour(), line.dashed(), series.getItemCount() == 1, 1);
    }
    shown = List.copyOf(lines);
    return true;
  }

  /** Draws the chart once with what {@link #show} copied. */
  public void redraw() {
    chart.setNotify(true);
    chart.setNotify(false);
  }

  /** The lines shown (for tests). */
  public List<Line> lines() {
    return shown;
  }
}
