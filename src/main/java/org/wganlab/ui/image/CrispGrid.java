package org.wganlab.ui.image;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * A picture of image pixels (a sample grid, the real images, a walk's frames) as large as the box
 * the layout gives it. From twice the picture's size up it is enlarged by a whole number, so that
 * every image pixel is a square of equal screen pixels; below that it fills the box, still without
 * smoothing (a pixel is one or two screen pixels wide), since the grids are the point on a
 * projector and one-to-one would leave them small. A picture larger than the box (a saved grid,
 * written at three screen pixels per image pixel) is shrunk smoothly instead, which keeps it from
 * breaking into stripes.
 */
final class CrispGrid extends Region {
  private final ImageView view = new ImageView();
  private final double minSide;

  /** An empty picture that shrinks to {@code minSide} a side. */
  CrispGrid(double minSide) {
    this.minSide = minSide;
    view.setPreserveRatio(true);
    view.setSmooth(false);
    getChildren().add(view);
  }

  /** Shows {@code image} (null: nothing). */
  void setImage(Image image) {
    view.setImage(image);
    if (image != null && image.getProgress() < 1) {
      // A file loaded in the background has its size once it is read: lay it out again then, once.
      image.progressProperty().addListener(new ChangeListener<>() {
        @Override
        public void changed(ObservableValue<? extends Number> obs, Number was, Number is) {
          if (is.doubleValue() >= 1) {
            obs.removeListener(this);
            requestLayout();
          }
        }
      });
    }
    requestLayout();
  }

  /** The picture shown, or null. */
  Image image() {
    return view.getImage();
  }

  /** The view that draws the picture (clicks land on it; its bounds are the picture's). */
  ImageView view() {
    return view;
  }

  /**
   * The width at which a picture {@code natural} pixels wide is shown in a box of {@code room}
   * pixels: a whole multiple from twice its size up, all of the room below that.
   */
  static double shownWidth(double natural, double room) {
    if (natural <= 0 || room < 2 * natural) {
      return Math.floor(room);
    }
    return Math.floor(room / natural) * natural;
  }

  @Override
  protected void layoutChildren() {
    Image image = view.getImage();
    double w = getWidth() - snappedLeftInset() - snappedRightInset();
    double h = getHeight() - snappedTopInset() - snappedBottomInset();
    double natural = image == null ? 0 : image.getWidth();
    double ratio = image == null || image.getWidth() <= 0 ? 1 : image.getHeight() / image.getWidth();
    double width = shownWidth(natural, Math.max(0, Math.min(w, h / ratio)));
    view.setSmooth(natural > width);
    view.setFitWidth(width);
    view.setFitHeight(width * ratio);
    view.relocate(snappedLeftInset(), snappedTopInset());
  }

  @Override
  protected double computeMinWidth(double height) {
    return minSide;
  }

  @Override
  protected double computeMinHeight(double width) {
    return minSide;
  }

  @Override
  protected double computePrefWidth(double height) {
    Image image = view.getImage();
    return image == null ? minSide : Math.max(minSide, image.getWidth());
  }

  @Override
  protected double computePrefHeight(double width) {
    Image image = view.getImage();
    return image == null ? minSide : Math.max(minSide, image.getHeight());
  }
}
