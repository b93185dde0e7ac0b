package org.wganlab.ui.controls;

import java.util.Random;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.wganlab.data.PointSet;
import org.wganlab.metrics.GridSpec;
import org.wganlab.ui.panel.Palette;

/**
 * An empty square over the surface's range on which points are drawn with the mouse: each press or
 * drag sprays a few points around the cursor, so that a stroke becomes a thin cloud a generator can
 * learn.
 */
public final class DrawingPad extends Region {
  private static final double SPRAY = 0.04;
  private static final int PER_EVENT = 3;
  private final Canvas canvas;
  private final GridSpec range;
  private final Random jitter = new Random(7);
  private double[] xy = new double[256];
  private int count;

  /** A pad of {@code size} pixels over {@code range}'s square. */
  public DrawingPad(double size, GridSpec range) {
    this.range = range;
    canvas = new Canvas(size, size);
    getChildren().add(canvas);
    canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::spray);
    canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::spray);
    clear();
  }

  private void spray(MouseEvent event) {
    double size = canvas.getWidth();
    double span = range.side();
    double x = range.xMin() + event.getX() / size * span;
    double y = range.yMax() - event.getY() / size * span;
    for (int i = 0; i < PER_EVENT; i++) {
      add(x + SPRAY * jitter.nextGaussian(), y + SPRAY * jitter.nextGaussian());
    }
  }

  /** Adds one point in data coordinates. */
  public void add(double x, double y) {
    if (2 * count + 2 > xy.length) {
      xy = java.util.Arrays.copyOf(xy, 2 * xy.length);
    }
    xy[2 * count] = x;
    xy[2 * count + 1] = y;
    count++;
    GraphicsContext g = canvas.getGraphicsContext2D();
    double size = canvas.getWidth();
    double span = range.side();
    g.setFill(Palette.REAL);
    g.fillOval((x - range.xMin()) / span * size - 2, (range.yMax() - y) / span * size - 2, 4, 4);
  }

  /** Removes every point. */
  public void clear() {
    count = 0;
    GraphicsContext g = canvas.getGraphicsContext2D();
    double size = canvas.getWidth();
    g.setFill(Color.WHITE);
    g.fillRect(0, 0, size, size);
    g.setStroke(Color.LIGHTGRAY);
    double span = range.side();
    for (int v = (int) Math.ceil(range.xMin()); v <= range.xMax(); v++) {
      double p = (v - range.xMin()) / span * size;
      g.strokeLine(p, 0, p, size);
    }
    for (int v = (int) Math.ceil(range.yMin()); v <= range.yMax(); v++) {
      double p = (range.yMax() - v) / span * size;
      g.strokeLine(0, p, size, p);
    }
  }

  /** Number of points drawn. */
  public int count() {
    return count;
  }

  /** The drawn points. */
  public PointSet points() {
    return new PointSet(java.util.Arrays.copyOf(xy, 2 * count));
  }
}
