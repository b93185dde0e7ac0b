package org.wganlab.ui.charts;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.wganlab.train.Evaluation;
import org.wganlab.ui.model.RunModel;

/**
 * The norm of the critic loss's gradient with respect to each hidden layer's activations, layer by
 * layer, on a log axis (WGAN-GP paper, Figure 1b): it explodes or vanishes through a clipped critic
 * and stays level under a gradient penalty. Redrawn from each run's latest measurement.
 */
final class LayerNormsChart extends SharedChart {
  private final XYSeriesCollection data;
  private final List<Evaluation> shown = new ArrayList<>();

  private LayerNormsChart(XYSeriesCollection data) {
    super(Charts.lines("Gradient norm per layer (log)", "layer (input first)",
        "||dL/dh||", data));
    this.data = data;
    LogAxis axis = new LogAxis("||dL/dh||");
    axis.setSmallestValue(1e-12);
    axis.setLabelFont(chart().getXYPlot().getRangeAxis().getLabelFont());
    axis.setTickLabelFont(chart().getXYPlot().getRangeAxis().getTickLabelFont());
    chart().getXYPlot().setRangeAxis(axis);
    ((NumberAxis) chart().getXYPlot().getDomainAxis()).setStandardTickUnits(
        NumberAxis.createIntegerTickUnits());
  }

  /** An empty chart. */
  static LayerNormsChart create() {
    return new LayerNormsChart(new XYSeriesCollection());
  }

  @Override
  boolean update(List<RunModel> runs) {
    boolean changed = changedRunNames(runs) != null || runs.size() != shown.size();
    for (int r = 0; r < runs.size() && !changed; r++) {
      changed = runs.get(r).evaluationProperty().get() != shown.get(r);
    }
    if (!changed) {
      return false;
    }
    data.removeAllSeries();
    shown.clear();
    double least = Double.POSITIVE_INFINITY;
    double most = 0;
    for (int r = 0; r < runs.size(); r++) {
      RunModel run = runs.get(r);
      Evaluation e = run.evaluationProperty().get();
      shown.add(e);
      XYSeries s = Charts.series(runName(run));
      if (e != null) {
        double[] norms = e.layerGradientNorms();
        for (int layer = 0; layer < norms.length; layer++) {
          if (norms[layer] > 0 && Double.isFinite(norms[layer])) {
            s.add(layer + 1, norms[layer], false);
            least = Math.min(least, norms[layer]);
            most = Math.max(most, norms[layer]);
          }
        }
      }
      data.addSeries(s);
      style(r, run, false, true);
    }
    if (most > 0) {
      decades(least, most);
    }
    return true;
  }

  /**
   * Spans the axis over whole decades around the values, with a tick at every decade (or every few,
   * for many), so that its labels read 10^-3, 10^-2 rather than 10^-0.80.
   */
  private void decades(double least, double most) {
    LogAxis axis = (LogAxis) chart().getXYPlot().getRangeAxis();
    int low = (int) Math.floor(Math.log10(least));
    int high = Math.max(low + 1, (int) Math.ceil(Math.log10(most)));
    // A little past both decades, so that the ticks at either end keep their labels.
    axis.setRange(0.9 * Math.pow(10, low), 1.1 * Math.pow(10, high));
    axis.setTickUnit(new NumberTickUnit(Math.max(1, Math.ceil((high - low) / 5.0))));
  }
}
