package org.wganlab.ui.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.wganlab.image.live.ImageSnapshot;

/**
 * The runs pane keeps frames short: a frame builds at most one tile, or draws the real images, or
 * draws one grid, and a tile's editor is built only once the settings are shown.
 */
class ImageRunsPaneFramesTest extends ImageWindowCase {
  @Start
  void start(Stage primary) {
    begin(primary);
  }

  /** What one frame's redraw did: whether it did a costly thing, tiles built, grids drawn. */
  private record Frame(boolean costly, int tiles, int grids, boolean realShown) {
  }

  @Test
  void aFrameBuildsOneTileOrDrawsTheRealImagesOrOneGrid(FxRobot robot) throws Exception {
    newRun(robot, dir.resolve("run"), 4);
    List<Frame> frames = new ArrayList<>();
    SimpleBooleanProperty settings = new SimpleBooleanProperty(false);
    ImageRunsPane[] made = new ImageRunsPane[1];
    robot.interact(() -> {
      ImageRunsPane pane = new ImageRunsPane(window.model(), settings);
      made[0] = pane;
      ImageSnapshot shot = window.model().snapshotProperty().get();
      for (int k = 0; k < 6; k++) {
        boolean costly = pane.redraw(shot, false);
        frames.add(new Frame(costly, pane.tiles().size(), pane.gridsDrawn(),
            realShown(pane)));
      }
    });
    // Two runs: two tiles, then the real images, then one grid a frame, then nothing to do.
    assertThat(frames).extracting(Frame::costly)
        .containsExactly(true, true, true, true, true, false);
    assertThat(frames).extracting(Frame::tiles).containsExactly(1, 2, 2, 2, 2, 2);
    assertThat(frames).extracting(Frame::grids).containsExactly(0, 0, 0, 1, 2, 2);
    assertThat(frames).extracting(Frame::realShown)
        .containsExactly(false, false, true, true, true, true);

    ImageRunsPane pane = made[0];
    assertThat(pane.lookupAll("#param-lambda")).isEmpty();
    robot.interact(() -> settings.set(true));
    // GP's editor, built when the settings were shown, shows the value in force.
    assertThat(pane.lookupAll("#param-lambda")).hasSize(1);
    assertThat(((javafx.scene.control.TextField) pane.lookup("#param-lambda")).getText())
        .isEqualTo(org.wganlab.ui.model.Formats.sliderValue(
            org.wganlab.method.MethodConfig.GradientPenalty.PAPER_LAMBDA));
  }

  private static boolean realShown(ImageRunsPane pane) {
    return pane.lookupAll(".image-run-title").stream()
        .anyMatch(n -> n instanceof javafx.scene.control.Label l
            && l.getText().startsWith("Real images") && l.getParent().isManaged());
  }
}
