package org.wganlab.ui.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.wganlab.ui.panel.Palette;

/** Small helpers that give every shared chart the same look. */
final class Charts {
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

  private Charts() {
  }

  /** A line chart over {@code data} with small fonts and a white background. */
  static JFreeChart lines(String title, String x, String y, XYSeriesCollection data) {
    JFreeChart chart = ChartFactory.createXYLineChart(title, x, y, data, PlotOrientation.VERTICAL,
        true, false, false);
    chart.getTitle().setFont(TITLE);
    chart.getLegend().setItemFont(LABEL);
    chart.setBackgroundPaint(java.awt.Color.WHITE);
    // Anti-aliased lines cost more than they add at this size (text stays anti-aliased).
    chart.setAntiAlias(false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(new java.awt.Color(0xf7, 0xf7, 0xf7));
    plot.setDomainGridlinePaint(java.awt.Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);
    // Iterations and layers are never negative: an empty chart, or one with a single point at
    // iteration 0, starts its axis at 0 instead of centring it on the point (-5 to 5).
    plot.getDomainAxis().setDefaultAutoRange(new org.jfree.data.Range(0, 10));
    ((org.jfree.chart.axis.NumberAxis) plot.getDomainAxis())
        .setRangeType(org.jfree.data.RangeType.POSITIVE);
    plot.getDomainAxis().setLabelFont(LABEL);
    plot.getDomainAxis().setTickLabelFont(LABEL);
    plot.getRangeAxis().setLabelFont(LABEL);
    plot.getRangeAxis().setTickLabelFont(LABEL);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    plot.setRenderer(renderer);
    return chart;
  }

  /** Colours series {@code series} of {@code chart} as run {@code run}, dashed if asked. */
  static void style(JFreeChart chart, int series, int run, boolean dashed, boolean shapes) {
    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
    renderer.setSeriesPaint(series, Palette.awt(Palette.run(run)));
    renderer.setSeriesStroke(series, dashed
        ? new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
            new float[] {4f, 3f}, 0f)
        : new BasicStroke(1.5f));
    renderer.setSeriesShapesVisible(series, shapes);
  }

  /** A series that keeps its points in x order and allows repeated x values. */
  static XYSeries series(String key) {
    return new XYSeries(key, true, true);
  }
}
