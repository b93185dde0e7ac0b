package org.wganlab.ui.charts;

import java.util.List;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.jfree.chart.JFreeChart;
import org.wganlab.common.RoundRobin;
import org.wganlab.ui.model.RunModel;

/**
 * The row of shared charts. {@link #refresh} is called every frame and redraws at most one chart, the
 * one whose turn it is, and only if its data changed and its last redraw is older than the interval:
 * a chart costs milliseconds to draw, so spreading them keeps every frame short.
 */
public final class ChartsPane extends HBox {
  /** Least time between two redraws of the same chart. */
  public static final long INTERVAL_NANOS = 1_000_000_000L;
  private final List<SharedChart> charts = List.of(CurvesChart.estimate(), CurvesChart.losses(),
      LayerNormsChart.create(), ModesChart.create());
  private final long[] drawnAt = new long[charts.size()];
  private final RoundRobin turns = new RoundRobin();

  /** The four charts side by side. */
  public ChartsPane() {
    super(4);
    for (SharedChart chart : charts) {
      HBox.setHgrow(chart.viewer(), Priority.ALWAYS);
      getChildren().add(chart.viewer());
    }
  }

  /** Redraws at most one chart with the runs' latest data; whether one was redrawn. */
  public boolean refresh(List<RunModel> runs, long nowNanos) {
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
      return true;
    });
  }

  /** Updates and redraws every chart now (before a snapshot or an export). */
  public void refreshAll(List<RunModel> runs) {
    for (SharedChart chart : charts) {
      chart.update(runs);
      chart.redraw();
    }
  }

  /** The charts, in display order (for tests). */
  public List<JFreeChart> charts() {
    return charts.stream().map(SharedChart::chart).toList();
  }
}
