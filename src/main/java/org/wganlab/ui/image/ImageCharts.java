package org.wganlab.ui.image;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.wganlab.export.RunColours;
import org.wganlab.image.ImageMetricsRow;
import org.wganlab.image.live.ImageRunState;
import org.wganlab.ui.charts.LinesChart;

/**
 * The shared charts under the image runs: Wasserstein estimates, losses (generator dashed), the
 * quality number and the sliced Wasserstein distance over iterations, every run in its colour. Like
 * the toy charts, at most one chart is redrawn per frame, each at most once a second.
 */
final class ImageCharts extends HBox {
  /** Least time between two redraws of one chart. */
  static final long INTERVAL_NANOS = 1_000_000_000L;
  private final List<LinesChart> charts = List.of(
      new LinesChart("Wasserstein estimate", "E_real[D] - E_fake[D]"),
      new LinesChart("Losses (generator dashed)", "loss"),
      new LinesChart("Quality (lower is better)", "Frechet distance"),
      new LinesChart("Sliced Wasserstein", "distance"));
  private final long[] drawnAt = new long[charts.size()];
  private int turn;

  ImageCharts() {
    super(4);
    for (LinesChart chart : charts) {
      HBox.setHgrow(chart.viewer(), Priority.ALWAYS);
      getChildren().add(chart.viewer());
    }
  }

  /** Redraws at most one chart, the one whose turn it is, if its lines changed; whether one was. */
  boolean refresh(List<ImageRunState> runs, long now) {
    int i = turn;
    turn = (turn + 1) % charts.size();
    if (now - drawnAt[i] < INTERVAL_NANOS) {
      return false;
    }
    drawnAt[i] = now;
    if (!charts.get(i).show(lines(i, runs))) {
      return false;
    }
    charts.get(i).redraw();
    return true;
  }

  /** Updates and redraws every chart now (tests, exports). */
  void refreshAll(List<ImageRunState> runs) {
    for (int i = 0; i < charts.size(); i++) {
      charts.get(i).show(lines(i, runs));
      charts.get(i).redraw();
    }
  }

  private static List<LinesChart.Line> lines(int chart, List<ImageRunState> runs) {
    List<LinesChart.Line> out = new ArrayList<>();
    for (ImageRunState run : runs) {
      String name = (run.index() + 1) + ": " + run.run().method().kind().displayName();
      java.awt.Color colour = RunColours.of(run.run().method().kind());
      switch (chart) {
        case 0 -> out.add(line(name, colour, false, run, ImageMetricsRow::wassersteinEstimate));
        case 1 -> {
          out.add(line(name + " critic", colour, false, run, ImageMetricsRow::criticLoss));
          out.add(line(name + " generator", colour, true, run, ImageMetricsRow::generatorLoss));
        }
        case 2 -> out.add(line(name, colour, false, run, r -> r.quality().frechetDistance()));
        default -> out.add(line(name, colour, false, run, r -> r.quality().slicedWasserstein()));
      }
    }
    return out;
  }

  private static LinesChart.Line line(String name, java.awt.Color colour, boolean dashed,
      ImageRunState run, ToDoubleFunction<ImageMetricsRow> value) {
    List<ImageMetricsRow> rows = run.rows();
    return new LinesChart.Line(name, colour, dashed,
        rows.stream().mapToDouble(ImageMetricsRow::iteration).toArray(),
        rows.stream().mapToDouble(value).toArray());
  }

  /** The charts (for tests). */
  List<LinesChart> charts() {
    return charts;
  }
}
