package org.wganlab.ui.image;

import javafx.scene.layout.Region;

/**
 * A run tile's pictures: its sample grid and, beside or under it, its two histograms or its latent
 * walk. The layout puts them where the grid comes out larger: beside it in a wide tile (a lone run),
 * under it in a narrower one (three runs at 1280 x 720 or 1024 x 768), so the grid takes what the
 * tile's box leaves whatever the window's shape.
 */
final class TileBody extends Region {
  /** The width of the histograms' or the walk's column beside the grid. */
  static final double SIDE_WIDTH = 150;
  /** The height of the histograms' row under the grid. */
  static final double UNDER_HEIGHT = 76;
  private static final double GAP = 6;
  private static final double MIN_GRID = 100;
  private static final double TIE = 6;
  private final CrispGrid grid;
  private final Region first;
  private final Region second;
  private final Region walk;

  /**
   * The pictures of a tile: {@code grid}, the histograms {@code first} and {@code second}, and
   * {@code walk}, shown in their place while it is visible.
   */
  TileBody(CrispGrid grid, Region first, Region second, Region walk) {
    this.grid = grid;
    this.first = first;
    this.second = second;
    this.walk = walk;
    for (Region r : new Region[] {first, second, walk}) {
      r.setManaged(false);
    }
    getChildren().addAll(grid, first, second, walk);
  }

  @Override
  protected void layoutChildren() {
    double w = getWidth() - snappedLeftInset() - snappedRightInset();
    double h = getHeight() - snappedTopInset() - snappedBottomInset();
    double x = snappedLeftInset();
    double y = snappedTopInset();
    boolean walking = walk.isVisible();
    // Under the grid the walk needs a third of the grid's side, the histograms UNDER_HEIGHT.
    double underSide = walking ? Math.min(w, (h - GAP) / 1.3) : Math.min(w, h - UNDER_HEIGHT - GAP);
    double besideSide = Math.min(h, w - SIDE_WIDTH - GAP);
    // Tiles of one row differ in width by a rounding pixel: a margin keeps them all on one side of
    // the choice, so the row looks alike.
    boolean beside = besideSide + TIE >= underSide;
    double side = Math.max(MIN_GRID, beside ? besideSide : underSide);
    grid.resizeRelocate(x, y, side, side);
    if (beside) {
      double left = x + side + GAP;
      // A lone run's tile is wide: histograms stretched across it would be no easier to read.
      double width = Math.max(0, Math.min(w - side - GAP, 2 * SIDE_WIDTH));
      place(walking, left, y, width, side, true);
    } else {
      place(walking, x, y + side + GAP, w, Math.max(0, h - side - GAP), false);
    }
  }

  /** Lays the histograms (or the walk) out in the box at ({@code x}, {@code y}). */
  private void place(boolean walking, double x, double y, double w, double h, boolean stacked) {
    if (walking) {
      walk.resizeRelocate(x, y, w, h);
      return;
    }
    // Under the grid the histograms take what height it leaves (at least UNDER_HEIGHT).
    double height = stacked ? (h - GAP) / 2 : h;
    double width = stacked ? w : (w - GAP) / 2;
    first.resizeRelocate(x, y, width, height);
    if (stacked) {
      second.resizeRelocate(x, y + height + GAP, width, height);
    } else {
      second.resizeRelocate(x + width + GAP, y, width, height);
    }
  }

  @Override
  protected double computeMinWidth(double height) {
    return MIN_GRID + snappedLeftInset() + snappedRightInset();
  }

  @Override
  protected double computeMinHeight(double width) {
    return MIN_GRID + UNDER_HEIGHT + GAP + snappedTopInset() + snappedBottomInset();
  }

  @Override
  protected double computePrefWidth(double height) {
    return grid.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
  }

  @Override
  protected double computePrefHeight(double width) {
    return grid.prefHeight(-1) + UNDER_HEIGHT + GAP + snappedTopInset() + snappedBottomInset();
  }
}
