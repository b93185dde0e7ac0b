package org.wganlab.ui.image;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The image window gives its grids the room: the runs' editors are folded away until Settings
 * shows them, the grids shrink to make room for them and grow back when they fold, and the choice
 * stays for the next experiment the window opens.
 */
class ImageWindowLayoutTest extends ImageWindowCase {

  @Start
  void start(Stage primary) {
    begin(primary);
  }

  private static Bounds grid(FxRobot robot, int index) {
    return robot.lookup(".image-run").queryAllAs(RunTile.class).stream().toList().get(index)
        .gridView().getBoundsInParent();
  }

  /** Whether GP's lambda field is built and it and every parent of it are visible. */
  private static boolean editorsShown(FxRobot robot) {
    java.util.Optional<Node> field = robot.lookup("#param-lambda").tryQuery();
    if (field.isEmpty()) {
      return false;
    }
    for (Node n = field.get(); n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void theGridsGrowWhenTheSettingsFoldAndTheChoiceStaysForTheNextRun(FxRobot robot)
      throws Exception {
    // A projector's 1280 x 720, where the grids are below twice their size and fill their room.
    robot.interact(() -> {
      stage.setWidth(1280);
      stage.setHeight(720);
    });
    newRun(robot, dir.resolve("run"), 4);
    robot.clickOn("#image-step");
    robot.interact(() -> window.showLatest());
    double folded = grid(robot, 0).getWidth();
    assertThat(editorsShown(robot)).isFalse();
    assertThat(grid(robot, 1).getWidth()).isEqualTo(folded);
    assertThat(folded).isGreaterThanOrEqualTo(240).isLessThan(466);

    robot.clickOn("#image-settings");
    robot.interact(() -> window.showLatest());
    assertThat(editorsShown(robot)).isTrue();
    double shown = grid(robot, 0).getWidth();
    assertThat(shown).isLessThan(folded);
    assertThat(grid(robot, 0).getHeight()).isEqualTo(shown);

    robot.clickOn("#image-settings");
    robot.interact(() -> window.showLatest());
    assertThat(grid(robot, 0).getWidth()).isEqualTo(folded);

    robot.clickOn("#image-settings");
    newRun(robot, dir.resolve("second"), 4);
    assertThat(robot.lookup("#image-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
    assertThat(editorsShown(robot)).isTrue();
  }

  @Test
  void aGridIsEnlargedByWholePixelsFromTwiceItsSizeAndFillsItsRoomBelow() {
    // 28 x 28 images, 8 a row with 1-pixel gaps: 233 pixels.
    assertThat(CrispGrid.shownWidth(233, 200)).isEqualTo(200);
    assertThat(CrispGrid.shownWidth(233, 300.6)).isEqualTo(300);
    assertThat(CrispGrid.shownWidth(233, 466)).isEqualTo(466);
    assertThat(CrispGrid.shownWidth(233, 698)).isEqualTo(466);
    assertThat(CrispGrid.shownWidth(233, 700)).isEqualTo(699);
    assertThat(CrispGrid.shownWidth(0, 120.5)).isEqualTo(120);
  }
}
