package org.wganlab.ui.panel;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.wganlab.ui.model.Formats;

/**
 * A small histogram drawn on a canvas: several series of counts over one shared range, with vertical
 * markers (1 for gradient norms, +-c for clipped weights). Drawn by hand rather than with a chart
 * library because a panel redraws two of these at every measurement.
 */
public final class HistogramView extends Region {
  private static final double AXIS = 14;
  private final Canvas canvas;
  private final String title;
  private final List<Series> series = new ArrayList<>();
  private final List<Double> markers = new ArrayList<>();
  private double min;
  private double max = 1;

  /** A named counts series. */
  private record Series(String name, Color colour, long[] counts) {
  }

  /**
   * An empty histogram of the given height that asks for {@code width} and stretches sideways as far
   * as its parent lets it, down to {@code minWidth}.
   */
  public HistogramView(String title, double minWidth, double width, double height) {
    this.title = title;
    canvas = new Canvas(width, height);
    canvas.setManaged(false);
    getChildren().add(canvas);
    setMinSize(minWidth, height);
    setPrefSize(width, height);
    setMaxSize(Double.MAX_VALUE, height);
  }

  @Override
  protected void layoutChildren() {
    double width = Math.floor(getWidth());
    if (width > 0 && width != canvas.getWidth()) {
      // Only the bars are re-stroked from the counts already held; nothing is counted again.
      canvas.setWidth(width);
      paint();
    }
  }

  /** Starts a new picture over {@code [low, high]}. */
  public void begin(double low, double high) {
    series.clear();
    markers.clear();
    min = low;
    max = high > low ? high : low + 1;
  }

  /** Adds counts (bins evenly spread over the range). */
  public void add(String name, Color colour, long[] counts) {
    series.add(new Series(name, colour, counts));
  }

  /** Adds a vertical marker at {@code x}. */
  public void marker(double x) {
    markers.add(x);
  }

  /** Draws what was added since {@link #begin}. */
  public void paint() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    g.setFill(Color.WHITE);
    g.fillRect(0, 0, w, h);
    double plotTop = 25;
    double plotHeight = h - plotTop - AXIS;
    long highest = 1;
    for (Series s : series) {
      for (long c : s.counts) {
        highest = Math.max(highest, c);
      }
    }
    for (Series s : series) {
      g.setFill(s.colour.deriveColor(0, 1, 1, 0.55));
      double barWidth = w / s.counts.length;
      for (int i = 0; i < s.counts.length; i++) {
        double barHeight = plotHeight * s.counts[i] / highest;
        g.fillRect(i * barWidth, plotTop + plotHeight - barHeight, Math.max(1, barWidth - 0.5),
            barHeight);
      }
    }
    g.setStroke(Color.BLACK);
    g.setLineWidth(1.2);
    g.setLineDashes(4, 3);
    for (double x : markers) {
      if (x >= min && x <= max) {
        double sx = (x - min) / (max - min) * w;
        g.strokeLine(sx, plotTop, sx, plotTop + plotHeight);
      }
    }
    g.setLineDashes();
    g.setFill(Color.BLACK);
    g.setFont(Font.font(10));
    g.fillText(title, 3, 10);
    g.fillText(Formats.number(min), 2, h - 3);
    String right = Formats.number(max);
    g.fillText(right, w - 6 * right.length() - 2, h - 3);
    double legendX = 3;
    for (Series s : series) {
      if (s.name.isEmpty()) {
        continue;
      }
      g.setFill(s.colour);
      g.fillRect(legendX, 14, 7, 7);
      g.setFill(Color.BLACK);
      g.fillText(s.name, legendX + 9, 21);
      legendX += 9 + 6 * s.name.length() + 4;
    }
  }

  /** Number of series drawn last (for tests). */
  public int seriesCount() {
    return series.size();
  }
}
