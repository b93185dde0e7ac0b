package org.wganlab.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import org.wganlab.ui.charts.ChartsPane;

/**
 * The window between its control bars and its status line: the row of panels over the shared charts.
 * Normally the charts take their share of the height (at least their minimum) and the panels the
 * rest. In presentation mode the panels come first, at the size the back row needs: the charts get
 * what is left up to their share, and give way altogether when that is too little to read.
 */
final class WindowBody extends Region {
  /** Least height of the charts in presentation mode: titles, axes and a plot in the larger text. */
  static final double LEAST_PRESENTED_CHARTS = 170;
  private final ScrollPane panels;
  private final ChartsPane charts;
  private final ObservableBooleanValue presentation;

  WindowBody(ScrollPane panels, ChartsPane charts, ObservableBooleanValue presentation) {
    this.panels = panels;
    this.charts = charts;
    this.presentation = presentation;
    getChildren().addAll(panels, charts);
    presentation.addListener(obs -> requestLayout());
  }

  @Override
  protected void layoutChildren() {
    double w = getWidth();
    double h = getHeight();
    double wanted = charts.prefHeight(w);
    double height;
    if (presentation.get()) {
      double panelsNeed = panels.getContent().minHeight(w) + panels.snappedTopInset()
          + panels.snappedBottomInset();
      height = Math.floor(Math.min(wanted, h - panelsNeed));
      if (height < LEAST_PRESENTED_CHARTS) {
        height = 0;
      }
    } else {
      height = Math.max(charts.minHeight(w), wanted);
    }
    charts.setVisible(height > 0);
    panels.resizeRelocate(0, 0, w, h - height);
    charts.resizeRelocate(0, h - height, w, height);
  }

  @Override
  protected double computeMinHeight(double width) {
    return 0;
  }

  @Override
  protected double computePrefHeight(double width) {
    return panels.prefHeight(width) + charts.prefHeight(width);
  }

  @Override
  protected double computePrefWidth(double height) {
    return Math.max(panels.prefWidth(-1), charts.prefWidth(-1));
  }
}
