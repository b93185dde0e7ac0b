package org.wganlab.ui.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import javafx.scene.text.FontSmoothingType;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.fx.FXGraphics2D;
import org.jfree.fx.FXHints;
import org.wganlab.ui.model.RunModel;
import org.wganlab.ui.panel.Palette;
import org.wganlab.ui.panel.SharpPicture;

/** Small helpers that give every shared chart the same look. */
final class Charts {
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

  private Charts() {
  }

  /**
   * A viewer of {@code chart} whose picture for an export is the chart drawn again at the export's
   * resolution (laid out at the viewer's size, every line and letter at the finer pixels), the way
   * the viewer's own canvas draws it.
   */
  static ChartViewer viewer(JFreeChart chart) {
    ChartViewer viewer = new ChartViewer(chart);
    SharpPicture.attach(viewer, scale -> {
      double w = viewer.getWidth();
      double h = viewer.getHeight();
      return SharpPicture.paint(w, h, scale, g -> {
        g.setFontSmoothingType(FontSmoothingType.GRAY);
        FXGraphics2D g2 = new FXGraphics2D(g);
        g2.setRenderingHint(FXHints.KEY_USE_FX_FONT_METRICS, true);
        g2.setZeroStrokeWidth(0.1);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
            RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
      });
    });
    return viewer;
  }

  /** A line chart over {@code data} with small fonts and a white background. */
  static JFreeChart lines(String title, String x, String y, XYSeriesCollection data) {
    // No legend of its own: the charts share one (RunLegend), which leaves the height to the plot.
    JFreeChart chart = ChartFactory.createXYLineChart(title, x, y, data, PlotOrientation.VERTICAL,
        false, false, false);
    chart.getTitle().setFont(TITLE);
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

  /**
   * Colours series {@code series} of {@code chart} in {@code run}'s colour, dashed if asked, with
   * lines {@code scale} times the normal width (thicker in presentation mode).
   */
  static void style(JFreeChart chart, int series, RunModel run, boolean dashed, boolean shapes,
      double scale) {
    style(chart, series, Palette.awt(run.colourProperty().get()), dashed, shapes, scale);
  }

  /** Colours series {@code series} of {@code chart} in {@code colour}, as the runs' series. */
  static void style(JFreeChart chart, int series, java.awt.Color colour, boolean dashed,
      boolean shapes, double scale) {
    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
    renderer.setSeriesPaint(series, colour);
    float width = (float) (1.5 * scale);
    renderer.setSeriesStroke(series, dashed
        ? new BasicStroke(width * 0.85f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
            new float[] {4f * width, 3f * width}, 0f)
        : new BasicStroke(width));
    renderer.setSeriesShapesVisible(series, shapes);
  }

  /** Sets every text of {@code chart} to {@code scale} times its normal size. */
  static void textScale(JFreeChart chart, double scale) {
    chart.getTitle().setFont(TITLE.deriveFont((float) (TITLE.getSize() * scale)));
    Font label = LABEL.deriveFont((float) (LABEL.getSize() * scale));
    XYPlot plot = chart.getXYPlot();
    for (var axis : new org.jfree.chart.axis.ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
      axis.setLabelFont(label);
      axis.setTickLabelFont(label);
    }
  }

  /** A series that keeps its points in x order and allows repeated x values. */
  static XYSeries series(String key) {
    return new XYSeries(key, true, true);
  }
}
