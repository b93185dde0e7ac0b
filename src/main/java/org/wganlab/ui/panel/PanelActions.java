package org.wganlab.ui.panel;

import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import org.wganlab.method.MethodConfig;

/** What a panel's menu and editor ask the window to do; the panel itself changes nothing. */
public interface PanelActions {
  /** Panel {@code index} should use {@code method}. */
  void changeMethod(int index, MethodConfig method);

  /** Panel {@code index} should train at learning rate {@code rate}. */
  void changeLearningRate(int index, double rate);

  /** A typed value was not accepted. */
  void error(String message);

  /** Save panel {@code index} (the node {@code panel}) as a PNG at {@code scale}. */
  void exportPanelPng(int index, Node panel, int scale);

  /**
   * Save panel {@code index} as a figure without its controls: {@code figure} draws it at the scale
   * it is given (1 or 2).
   */
  void exportPanelFigure(int index, java.util.function.IntFunction<WritableImage> figure,
      int scale);

  /** Save run {@code index}'s current surface as CSV. */
  void exportSurfaceCsv(int index);

  /** Remove panel {@code index}. */
  void removePanel(int index);
}
