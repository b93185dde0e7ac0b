package org.wganlab.ui.panel;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.wganlab.ui.model.Formats;

/**
 * A small histogram drawn on a canvas: several series of counts over one shared axis, vertical markers
 * (1 for gradient norms, +-c for clipped weights), a marked pile of values (clipping's weights at +-c)
 * and an overflow bin for values past the axis. Drawn by hand rather than with a chart library because
 * a panel redraws two of these at every measurement.
 */
public final class HistogramView extends Region implements SharpPicture {
  private static final Color PILE = Color.web("#c62828");
  private final Canvas canvas;
  private final String title;
  private final List<Series> series = new ArrayList<>();
  private final List<Double> markers = new ArrayList<>();
  private final List<Double> piles = new ArrayList<>();
  private String pileText = "";
  private double pileShare;
  private String overflowText = "";
  private double overflowShare;
  private double min;
  private double max = 1;
  private double textScale = 1;

  /** A named counts series over {@code [low, high]} in equal bins. */
  private record Series(String name, Color colour, long[] counts, double low, double high) {
  }

  /**
   * An empty histogram that asks for {@code width} x {@code height}, stretches sideways as far as its
   * parent lets it and shrinks to {@code minWidth} x {@code minHeight}.
   */
  public HistogramView(String title, double minWidth, double width, double minHeight, double height) {
    this.title = title;
    canvas = new Canvas(width, height);
    canvas.setManaged(false);
    getChildren().add(canvas);
    setMinSize(minWidth, minHeight);
    setPrefSize(width, height);
    setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
  }

  @Override
  protected void layoutChildren() {
    double width = Math.floor(getWidth());
    double height = Math.floor(getHeight());
    if (width > 0 && height > 0 && (width != canvas.getWidth() || height != canvas.getHeight())) {
      // Only the bars are re-stroked from the counts already held; nothing is counted again.
      canvas.setWidth(width);
      canvas.setHeight(height);
      paint();
    }
  }

  /** Text size relative to the normal one (larger in presentation mode). */
  public void setTextScale(double factor) {
    textScale = factor;
    paint();
  }

  /** Starts a new picture with an axis over {@code [low, high]}. */
  public void begin(double low, double high) {
    series.clear();
    markers.clear();
    piles.clear();
    pileText = "";
    overflowText = "";
    min = low;
    max = high > low ? high : low + 1;
  }

  /** Adds counts in bins evenly spread over the axis. */
  public void add(String name, Color colour, long[] counts) {
    add(name, colour, counts, min, max);
  }

  /** Adds counts in bins evenly spread over {@code [low, high]}, which may be narrower than the axis. */
  public void add(String name, Color colour, long[] counts, double low, double high) {
    series.add(new Series(name, colour, counts, low, high));
  }

  /** Adds a vertical marker at {@code x}. */
  public void marker(double x) {
    markers.add(x);
  }

  /**
   * Marks values piled up at each of {@code at}: a red bar as tall as {@code share} of the plot and
   * {@code text} beside it, so a pile at the edge of the range cannot pass for a 1-pixel bar.
   */
  public void pile(List<Double> at, double share, String text) {
    piles.addAll(at);
    pileShare = share;
    pileText = text;
  }

  /** Values past the axis: an overflow bin at the right, {@code share} of all values, and its text. */
  public void overflow(double share, String text) {
    overflowShare = share;
    overflowText = text;
  }

  /** Draws what was added since {@link #begin}. */
  public void paint() {
    draw(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
  }

  @Override
  public WritableImage render(double scale) {
    return picture(canvas.getWidth(), canvas.getHeight(), scale);
  }

  /** What {@link #paint} draws, on a histogram {@code w} x {@code h} drawn at {@code scale}. */
  WritableImage picture(double w, double h, double scale) {
    return SharpPicture.paint(w, h, scale, g -> draw(g, w, h));
  }

  private void draw(GraphicsContext g, double w, double h) {
    double size = 10 * textScale;
    g.setFill(Color.WHITE);
    g.fillRect(0, 0, w, h);
    double plotTop = 2.5 * size;
    double plotHeight = plotHeight(h, size);
    double overflowWidth = overflowText.isEmpty() ? 0 : Math.max(8, w * 0.04);
    double plotWidth = w - overflowWidth - (overflowText.isEmpty() ? 0 : 3);
    long highest = 1;
    for (Series s : series) {
      for (long c : s.counts) {
        highest = Math.max(highest, c);
      }
    }
    for (Series s : series) {
      g.setFill(s.colour.deriveColor(0, 1, 1, 0.55));
      double binWidth = (s.high - s.low) / s.counts.length / (max - min) * plotWidth;
      double left = (s.low - min) / (max - min) * plotWidth;
      for (int i = 0; i < s.counts.length; i++) {
        double barHeight = plotHeight * s.counts[i] / highest;
        g.fillRect(left + i * binWidth, plotTop + plotHeight - barHeight, Math.max(1, binWidth - 0.5),
            barHeight);
      }
    }
    g.setStroke(Color.BLACK);
    g.setLineWidth(1.2 * textScale);
    g.setLineDashes(4, 3);
    for (double x : markers) {
      if (x >= min && x <= max) {
        double sx = (x - min) / (max - min) * plotWidth;
        g.strokeLine(sx, plotTop, sx, plotTop + plotHeight);
      }
    }
    g.setLineDashes();
    g.setFont(Font.font(size));
    drawPiles(g, plotWidth, plotTop, plotHeight, size);
    if (!overflowText.isEmpty()) {
      double barHeight = Math.max(2, plotHeight * Math.min(1, overflowShare));
      g.setFill(PILE);
      g.fillRect(w - overflowWidth, plotTop + plotHeight - barHeight, overflowWidth, barHeight);
      g.setFill(PILE);
      g.fillText(overflowText, w - TextFit.width(overflowText, size) - 2, plotTop - 0.3 * size);
    }
    g.setFill(Color.BLACK);
    g.fillText(title, 3, size);
    String left = Formats.number(min);
    String right = Formats.number(max);
    double leftEnd = TextFit.width(left, size) + 8;
    double rightStart = plotWidth - TextFit.width(right, size) - 8;
    for (double x : markers) {
      // The marker's value under it, so "1" needs no words in the title, where it has room.
      String text = Formats.number(x);
      double half = TextFit.width(text, size) / 2;
      double sx = (x - min) / (max - min) * plotWidth;
      if (min == 0 && sx - half > leftEnd && sx + half < rightStart) {
        g.fillText(text, sx - half, h - 3);
      }
    }
    g.fillText(left, 2, h - 3);
    g.fillText(right, plotWidth - TextFit.width(right, size) - 2, h - 3);
    legend(g, w, size);
  }

  /** The series' names in a row under the title, shrunk to fit the width. */
  private void legend(GraphicsContext g, double w, double size) {
    StringBuilder all = new StringBuilder();
    for (Series s : series) {
      all.append(s.name).append("    ");
    }
    double fitted = TextFit.size(size, w - 6, all.toString());
    g.setFont(Font.font(fitted));
    double legendX = 3;
    for (Series s : series) {
      if (s.name.isEmpty()) {
        continue;
      }
      g.setFill(s.colour);
      g.fillRect(legendX, 1.3 * size, 0.7 * fitted, 0.7 * fitted);
      g.setFill(Color.BLACK);
      g.fillText(s.name, legendX + 0.9 * fitted, 2.05 * size);
      legendX += 0.9 * fitted + TextFit.width(s.name, fitted) + 0.5 * fitted;
    }
  }

  private void drawPiles(GraphicsContext g, double plotWidth, double plotTop, double plotHeight,
      double size) {
    if (piles.isEmpty()) {
      return;
    }
    double barHeight = Math.max(3, plotHeight * Math.min(1, pileShare));
    double barWidth = Math.max(4, 0.4 * size);
    g.setFill(PILE);
    for (double x : piles) {
      double sx = (x - min) / (max - min) * plotWidth;
      g.fillRect(sx - barWidth / 2, plotTop + plotHeight - barHeight, barWidth, barHeight);
    }
    g.fillText(pileText, Math.max(2, plotWidth - TextFit.width(pileText, size) - 2), plotTop - 0.3 * size);
  }

  /** Height of the bars' area when the histogram was last drawn, in pixels (for tests). */
  public double plotHeight() {
    return plotHeight(canvas.getHeight(), 10 * textScale);
  }

  /** The bars' area under the title and legend and over the axis labels. */
  private static double plotHeight(double height, double size) {
    return Math.max(4, height - textHeight(size / 10));
  }

  /**
   * Height of the text above and below the bars at text {@code scale}: title and legend ({@code 2.5}
   * text sizes), axis labels ({@code 1.4}).
   */
  static double textHeight(double scale) {
    return 3.9 * 10 * scale;
  }

  /** The overflow text drawn last, empty when nothing ran past the axis (for tests). */
  public String overflowText() {
    return overflowText;
  }

  /** The pile-up text drawn last, empty without one (for tests). */
  public String pileText() {
    return pileText;
  }
}
