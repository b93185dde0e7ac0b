package org.wganlab.ui.charts;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.wganlab.metrics.ModeCoverage;
import org.wganlab.train.Evaluation;
import org.wganlab.ui.model.RunModel;

/**
 * Modes captured over iterations for gaussian-mixture data, one line per run, from each new
 * measurement. Other data (and fixed-generator mode) has no modes; the title says so.
 */
final class ModesChart extends SharedChart {
  /** The title names the rule's radius, which the panels' rings draw. */
  private static final String TITLE = String.format(java.util.Locale.ROOT,
      "Modes captured (within %.0f\u03c3, pooled)", ModeCoverage.QUALITY_RADIUS_STDS);
  private final XYSeriesCollection data;
  private final List<XYSeries> series = new ArrayList<>();
  private final List<Evaluation> seen = new ArrayList<>();
  private boolean hasModes = true;
  private List<RunModel> shownRuns = List.of();

  private ModesChart(XYSeriesCollection data) {
    super(Charts.lines(TITLE, "iteration", "modes", data));
    this.data = data;
    NumberAxis axis = (NumberAxis) chart().getXYPlot().getRangeAxis();
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    axis.setLowerBound(0);
    ((NumberAxis) chart().getXYPlot().getDomainAxis()).setAutoRangeMinimumSize(10);
  }

  /** An empty chart. */
  static ModesChart create() {
    return new ModesChart(new XYSeriesCollection());
  }

  @Override
  boolean update(List<RunModel> runs) {
    boolean changed = resize(runs);
    boolean anyModes = false;
    for (int r = 0; r < runs.size(); r++) {
      Evaluation e = runs.get(r).evaluationProperty().get();
      if (e == null || e == seen.get(r)) {
        anyModes |= e != null && e.modes() != null;
        continue;
      }
      seen.set(r, e);
      XYSeries s = series.get(r);
      if (s.getItemCount() > 0 && e.iteration() < s.getMaxX()) {
        s.clear();
      }
      ModeCoverage modes = e.modes();
      if (modes != null) {
        anyModes = true;
        if (s.getItemCount() == 0 || e.iteration() > s.getMaxX()) {
          s.add(e.iteration(), modes.modesCaptured(), false);
          changed = true;
        }
      }
    }
    int most = 1;
    for (RunModel run : runs) {
      Evaluation e = run.evaluationProperty().get();
      if (e != null && e.modes() != null) {
        most = Math.max(most, e.modes().modeCount());
      }
    }
    NumberAxis axis = (NumberAxis) chart().getXYPlot().getRangeAxis();
    if (axis.getUpperBound() != most + 0.5) {
      axis.setRange(0, most + 0.5);
      changed = true;
    }
    if (runs.stream().anyMatch(r -> r.evaluationProperty().get() != null)) {
      hasModes = anyModes;
    }
    String title = anyModes || runs.isEmpty() ? TITLE : TITLE + " (gaussian data in GAN mode only)";
    if (!title.equals(chart().getTitle().getText())) {
      chart().getTitle().setText(title);
      changed = true;
    }
    if (changed) {
      series.forEach(XYSeries::fireSeriesChanged);
    }
    return changed;
  }

  /** Whether the data has modes to count (true until the first measurement says otherwise). */
  boolean hasModes() {
    return hasModes;
  }

  private boolean resize(List<RunModel> runs) {
    List<String> wanted = changedRunNames(runs);
    if (wanted == null) {
      return false;
    }
    java.util.Map<RunModel, XYSeries> old = new java.util.IdentityHashMap<>();
    for (int r = 0; r < shownRuns.size() && r < series.size(); r++) {
      old.put(shownRuns.get(r), series.get(r));
    }
    shownRuns = List.copyOf(runs);
    data.removeAllSeries();
    series.clear();
    seen.clear();
    for (int r = 0; r < runs.size(); r++) {
      XYSeries s = Charts.series(wanted.get(r));
      XYSeries before = old.get(runs.get(r));
      if (before != null) {
        // A run keeps its history when it is renamed (new lambda, say) or another panel goes: the
        // same model, the same networks, the same iterations.
        for (int i = 0; i < before.getItemCount(); i++) {
          s.add(before.getX(i), before.getY(i), false);
        }
      }
      data.addSeries(s);
      series.add(s);
      seen.add(null);
      style(r, runs.get(r), false, false);
    }
    return true;
  }
}
