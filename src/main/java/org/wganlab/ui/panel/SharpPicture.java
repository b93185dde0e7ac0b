package org.wganlab.ui.panel;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A picture in the window that can draw itself again at any resolution: a heatmap, a histogram, a
 * colour bar, a chart. A snapshot of the window at 2x scales a canvas's pixels up, which blurs
 * everything but widget text; an export asks each such node for its picture at the export's scale
 * instead, drawn from what it measured (the surface's values, the counts, the chart's data) with
 * every stroke and letter at that resolution.
 */
@FunctionalInterface
public interface SharpPicture {
  /**
   * The node's picture {@code scale} times its size in pixels (its layout width and height times
   * {@code scale}), transparent where the node draws nothing. Called on the JavaFX thread.
   */
  WritableImage render(double scale);

  /** The picture of {@code node}, if it is one or one was attached to it. */
  static Optional<SharpPicture> of(Node node) {
    if (node instanceof SharpPicture picture) {
      return Optional.of(picture);
    }
    return node.getProperties().get(SharpPicture.class) instanceof SharpPicture picture
        ? Optional.of(picture) : Optional.empty();
  }

  /** Makes {@code picture} the picture of {@code node} (a node of another library, a chart). */
  static void attach(Node node, SharpPicture picture) {
    node.getProperties().put(SharpPicture.class, picture);
  }

  /**
   * Paints with {@code painter} on a canvas of {@code width} x {@code height} layout pixels that holds
   * {@code scale} times as many pixels a side, and returns its pixels: the painter draws in layout
   * pixels, the canvas's transform puts them at the resolution.
   */
  static WritableImage paint(double width, double height, double scale,
      Consumer<GraphicsContext> painter) {
    Canvas canvas = new Canvas(Math.max(1, Math.round(width * scale)),
        Math.max(1, Math.round(height * scale)));
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.scale(scale, scale);
    painter.accept(g);
    SnapshotParameters parameters = new SnapshotParameters();
    parameters.setFill(Color.TRANSPARENT);
    return canvas.snapshot(parameters, null);
  }
}
