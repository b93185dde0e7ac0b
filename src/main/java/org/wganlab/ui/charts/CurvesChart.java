package org.wganlab.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.wganlab.train.MetricsRow;
import org.wganlab.ui.model.RunModel;

/**
 * Curves over iterations for every run on common axes, from the logged metrics rows: the Wasserstein
 * estimate, or the critic and generator losses (critic solid, generator dashed). Rows only grow, so
 * each update appends the new ones; a run whose rows shrank was reset and starts over.
 */
final class CurvesChart extends SharedChart {
  /** One line of the chart: a name and what it reads from a row. */
  record Curve(String name, ToDoubleFunction<MetricsRow> value, boolean dashed) {
  }

  private final XYSeriesCollection data;
  private final List<Curve> curves;
  private final List<XYSeries> series = new ArrayList<>();
  private final List<Integer> copied = new ArrayList<>();

  private CurvesChart(String title, String yLabel, List<Curve> curves, XYSeriesCollection data) {
    super(Charts.lines(title, "iteration", yLabel, data));
    this.data = data;
    this.curves = curves;
    ((org.jfree.chart.axis.NumberAxis) chart().getXYPlot().getDomainAxis())
        .setAutoRangeMinimumSize(10);
  }

  /** The held-out Wasserstein estimate of each run. */
  static CurvesChart estimate() {
    return new CurvesChart("Wasserstein estimate", "E_r[D] - E_g[D]",
        List.of(new Curve("", MetricsRow::wassersteinEstimate, false)), new XYSeriesCollection());
  }

  /** The critic and generator losses of each run. */
  static CurvesChart losses() {
    return new CurvesChart("Losses (generator dashed)", "loss", List.of(
        new Curve("critic", MetricsRow::criticLoss, false),
        new Curve("generator", MetricsRow::generatorLoss, true)), new XYSeriesCollection());
  }

  @Override
  boolean update(List<RunModel> runs) {
    boolean changed = resize(runs);
    for (int r = 0; r < runs.size(); r++) {
      List<MetricsRow> rows = runs.get(r).rowsProperty().get();
      int done = copied.get(r);
      if (rows.size() < done) {
        for (int c = 0; c < curves.size(); c++) {
          series.get(r * curves.size() + c).clear();
        }
        done = 0;
      }
      for (int i = done; i < rows.size(); i++) {
        MetricsRow row = rows.get(i);
        for (int c = 0; c < curves.size(); c++) {
          double y = curves.get(c).value().applyAsDouble(row);
          if (Double.isFinite(y)) {
            series.get(r * curves.size() + c).add(row.iteration(), y, false);
          }
        }
      }
      changed |= rows.size() != copied.get(r);
      copied.set(r, rows.size());
    }
    if (changed) {
      series.forEach(XYSeries::fireSeriesChanged);
    }
    return changed;
  }

  /** One set of series per run, named after the run's method. */
  private boolean resize(List<RunModel> runs) {
    List<String> wanted = changedRunNames(runs);
    if (wanted == null) {
      return false;
    }
    data.removeAllSeries();
    series.clear();
    copied.clear();
    for (int r = 0; r < runs.size(); r++) {
      for (int c = 0; c < curves.size(); c++) {
        Curve curve = curves.get(c);
        XYSeries s = Charts.series(curve.name().isEmpty() ? wanted.get(r)
            : wanted.get(r) + " " + curve.name());
        data.addSeries(s);
        series.add(s);
        style(series.size() - 1, runs.get(r), curve.dashed(), false);
      }
      copied.add(0);
    }
    return true;
  }
}
