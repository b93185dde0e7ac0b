package org.wganlab.ui.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.wganlab.ui.model.RunModel;

/**
 * The one legend of all shared charts: each run's colour and its name, the name saying what tells it
 * from the other runs. One line for all charts instead of a legend under each, which took most of a
 * small chart's height; the loss chart's title says which line is the critic's.
 */
final class RunLegend extends FlowPane {
  private List<Object> shown = List.of();

  RunLegend() {
    super(18, 2);
    setAlignment(Pos.CENTER);
    getStyleClass().add("run-legend");
    setMinHeight(Region.USE_PREF_SIZE);
  }

  /** Shows the runs' names and colours if they changed. */
  void update(List<RunModel> runs) {
    List<Object> now = new ArrayList<>();
    for (RunModel run : runs) {
      now.add(SharedChart.runName(run));
      now.add(run.colourProperty().get());
    }
    if (now.equals(shown)) {
      return;
    }
    shown = now;
    getChildren().clear();
    for (RunModel run : runs) {
      Rectangle swatch = new Rectangle(22, 4, run.colourProperty().get());
      swatch.getStyleClass().add("run-legend-swatch");
      Label name = new Label(SharedChart.runName(run), swatch);
      name.getStyleClass().add("run-legend-name");
      getChildren().add(name);
    }
  }

  /** The names shown, in run order (for tests). */
  List<String> names() {
    return getChildren().stream().map(n -> ((Label) n).getText()).toList();
  }

  /** The swatch colours shown, in run order (for tests). */
  List<Color> colours() {
    return getChildren().stream()
        .map(n -> (Color) ((Rectangle) ((Label) n).getGraphic()).getFill()).toList();
  }
}
