package org.wganlab.ui.charts;

import java.util.List;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.wganlab.common.RoundRobin;
import org.wganlab.ui.model.RunModel;

/**
 * The row of shared charts. {@link #refresh} is called every frame and redraws at most one chart, the
 * one whose turn it is, and only if its data changed and its last redraw is older than the interval:
 * a chart costs milliseconds to draw, so spreading them keeps every frame short.
 */
public final class ChartsPane extends VBox {
  /** Least time between two redraws of the same chart. */
  public static final long INTERVAL_NANOS = 1_000_000_000L;
  private final ModesChart modes = ModesChart.create();
  private final List<SharedChart> charts = List.of(CurvesChart.estimate(), CurvesChart.losses(),
      LayerNormsChart.create(), modes);
  private final long[] drawnAt = new long[charts.size()];
  private final RoundRobin turns = new RoundRobin();
  private final RunLegend legend = new RunLegend();

  /** The runs' legend over the four charts side by side. */
  public ChartsPane() {
    super(2);
    HBox row = new HBox(4);
    for (SharedChart chart : charts) {
      HBox.setHgrow(chart.viewer(), Priority.ALWAYS);
      row.getChildren().add(chart.viewer());
    }
    VBox.setVgrow(row, Priority.ALWAYS);
    getChildren().addAll(legend, row);
  }

  /** Redraws at most one chart with the runs' latest data; whether one was redrawn. */
  public boolean refresh(List<RunModel> runs, long nowNanos) {
    legend.update(runs);
    return turns.serveOne(charts.size(), i -> {
      if (nowNanos - drawnAt[i] < INTERVAL_NANOS) {
        return false;
      }
      drawnAt[i] = nowNanos;
      SharedChart chart = charts.get(i);
      if (!chart.update(runs)) {
        return false;
      }
      chart.redraw();
      showModesIfAny();
      return true;
    });
  }

  /** The modes chart only where there are modes to count; elsewhere the other charts share its room. */
  private void showModesIfAny() {
    modes.viewer().setVisible(modes.hasModes());
    modes.viewer().setManaged(modes.hasModes());
  }

  /** Text and lines {@code scale} times their normal size, e.g. for presentation mode. */
  public void setLook(double scale, List<RunModel> runs) {
    for (SharedChart chart : charts) {
      chart.setLook(scale);
    }
    refreshAll(runs);
  }

  /** Updates and redraws every chart now (before a snapshot or an export). */
  public void refreshAll(List<RunModel> runs) {
    legend.update(runs);
    for (SharedChart chart : charts) {
      chart.update(runs);
      chart.redraw();
    }
    showModesIfAny();
  }

  /** The names in the runs' legend, in run order (for tests). */
  public List<String> legendNames() {
    return legend.names();
  }

  /** The colours in the runs' legend, in run order (for tests). */
  public List<javafx.scene.paint.Color> legendColours() {
    return legend.colours();
  }

  /** The charts, in display order (for tests). */
  public List<JFreeChart> charts() {
    return charts.stream().map(SharedChart::chart).toList();
  }
}
