package org.wganlab.ui.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.wganlab.ui.model.RunModel;

/**
 * A chart under the panels. {@link #update} copies what changed into the chart's dataset with
 * notifications off and returns whether anything did; the caller then redraws it with
 * {@link #redraw()}, one chart per frame.
 */
abstract class SharedChart {
  private final JFreeChart chart;
  private final ChartViewer viewer;
  private List<Object> seenRuns = List.of();
  private double look = 1;

  SharedChart(JFreeChart chart) {
    this.chart = chart;
    chart.setNotify(false);
    this.viewer = Charts.viewer(chart);
    viewer.setPrefSize(380, 200);
    viewer.setMinSize(150, 100);
  }

  /** Copies the runs' new data into the dataset (notifications off); whether anything changed. */
  abstract boolean update(List<RunModel> runs);

  /**
   * Text and lines {@code scale} times their normal size; the series are styled again at the next
   * update.
   */
  final void setLook(double scale) {
    look = scale;
    Charts.textScale(chart, scale);
    seenRuns = List.of();
  }

  /** Colours series {@code series} as {@code run}, at the current look. */
  final void style(int series, RunModel run, boolean dashed, boolean shapes) {
    Charts.style(chart, series, run, dashed, shapes, look);
  }

  /** Draws the chart once with everything copied so far. */
  final void redraw() {
    chart.setNotify(true);
    chart.setNotify(false);
  }

  /** A run's name in legends: its panel number and its method. */
  static String runName(RunModel run) {
    return (run.indexProperty().get() + 1) + ": " + run.titleProperty().get();
  }

  /**
   * The runs' legend names if they or the runs' colours differ from those seen at the previous call
   * (a panel added, removed or given another method), else null: the moment a chart rebuilds its
   * series.
   */
  final List<String> changedRunNames(List<RunModel> runs) {
    List<String> names = runs.stream().map(SharedChart::runName).toList();
    List<Object> seen = List.of(names, runs.stream().map(r -> r.colourProperty().get()).toList());
    if (seen.equals(seenRuns)) {
      return null;
    }
    seenRuns = seen;
    return names;
  }

  final JFreeChart chart() {
    return chart;
  }

  final ChartViewer viewer() {
    return viewer;
  }
}
