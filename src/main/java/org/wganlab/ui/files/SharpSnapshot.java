package org.wganlab.ui.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.wganlab.ui.panel.SharpPicture;

/**
 * A picture of a node at a scale with every picture in it drawn at that scale. JavaFX's snapshot
 * under a scale transform draws controls and their text anew, but enlarges each canvas's pixels; so
 * over the snapshot each {@link SharpPicture} in the node (heatmaps, histograms, colour bars, charts)
 * is painted again, drawn by itself at the scale, on the background it stands on and within the
 * clips of the nodes it is in (a scrolled row of panels shows only its visible part).
 */
final class SharpSnapshot {
  private final Node root;
  private final int scale;
  private final Bounds origin;
  private final Graphics2D g;

  private SharpSnapshot(Node root, int scale, Graphics2D g) {
    this.root = root;
    this.scale = scale;
    this.origin = root.getBoundsInLocal();
    this.g = g;
  }

  /** {@code node} drawn at {@code scale} times its size, on the JavaFX thread. */
  static BufferedImage of(Node node, int scale) {
    SnapshotParameters parameters = new SnapshotParameters();
    parameters.setTransform(Transform.scale(scale, scale));
    BufferedImage image = SwingFXUtils.fromFXImage(node.snapshot(parameters, null), null);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
          RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
      if (node instanceof Parent parent) {
        new SharpSnapshot(node, scale, g).redrawInside(parent);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  private void redrawInside(Parent parent) {
    for (Node child : parent.getChildrenUnmodifiable()) {
      if (!child.isVisible()) {
        continue;
      }
      var picture = SharpPicture.of(child);
      if (picture.isPresent()) {
        redraw(child, picture.get());
      } else if (child instanceof Parent inner) {
        redrawInside(inner);
      }
    }
  }

  private void redraw(Node node, SharpPicture picture) {
    Bounds area = inRoot(node, node.getLayoutBounds());
    Bounds visible = area;
    for (Node n = node.getParent(); n != null && n != root; n = n.getParent()) {
      if (n.getClip() != null) {
        visible = intersection(visible, inRoot(n, n.getClip().getBoundsInParent()));
      }
    }
    if (visible.getWidth() <= 0 || visible.getHeight() <= 0 || area.getWidth() < 1
        || area.getHeight() < 1) {
      return;
    }
    BufferedImage fine = SwingFXUtils.fromFXImage(picture.render(scale), null);
    g.setClip(px(visible.getMinX() - origin.getMinX()), px(visible.getMinY() - origin.getMinY()),
        px(visible.getWidth()), px(visible.getHeight()));
    Color behind = backgroundBehind(node);
    g.setColor(new java.awt.Color((float) behind.getRed(), (float) behind.getGreen(),
        (float) behind.getBlue()));
    int x = px(area.getMinX() - origin.getMinX());
    int y = px(area.getMinY() - origin.getMinY());
    g.fillRect(x, y, fine.getWidth(), fine.getHeight());
    g.drawImage(fine, x, y, null);
  }

  private Bounds inRoot(Node node, Bounds local) {
    return root.sceneToLocal(node.localToScene(local));
  }

  private int px(double layout) {
    return (int) Math.round(layout * scale);
  }

  private static Bounds intersection(Bounds a, Bounds b) {
    double minX = Math.max(a.getMinX(), b.getMinX());
    double minY = Math.max(a.getMinY(), b.getMinY());
    double maxX = Math.min(a.getMaxX(), b.getMaxX());
    double maxY = Math.min(a.getMaxY(), b.getMaxY());
    return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
  }

  /** The colour of the nearest region under {@code node} that paints a plain background. */
  private static Color backgroundBehind(Node node) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n instanceof Region region && region.getBackground() != null) {
        for (BackgroundFill fill : region.getBackground().getFills()) {
          if (fill.getFill() instanceof Color colour && colour.getOpacity() == 1) {
            return colour;
          }
        }
      }
    }
    return Color.WHITE;
  }
}
