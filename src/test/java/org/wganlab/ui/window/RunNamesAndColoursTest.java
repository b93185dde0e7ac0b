package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.wganlab.ui.panel.RunPanel;

/** Runs are told apart: names that say what differs, and a colour that stays with the run. */
class RunNamesAndColoursTest extends AppTestBase {

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void fourRxChoicesAreNamedByTheirRx(FxRobot robot) throws Exception {
    robot.clickOn("Experiments").clickOn("W-div with four r(x) choices");
    show(robot);
    assertThat(robot.lookup(".run-panel").queryAll()).hasSize(4);
    List<String> titles = texts(robot, "panel-title");
    assertThat(titles).containsExactly("WGAN-div k=2 p=6 r(x)=interpolates",
        "WGAN-div k=2 p=6 r(x)=same-side", "WGAN-div k=2 p=6 r(x)=real-and-fake",
        "WGAN-div k=2 p=6 r(x)=fake");
    assertThat(window.charts().legendNames()).isEqualTo(IntStream.range(0, 4)
        .mapToObj(i -> (i + 1) + ": " + titles.get(i)).toList());
    // Shades of W-div's one colour, each run its own.
    assertThat(window.charts().legendColours()).doesNotHaveDuplicates();
  }

  @Test
  void aRunKeepsItsColourWhenAnotherPanelIsRemoved(FxRobot robot) throws Exception {
    List<RunPanel> before = ColourScalesTest.panels(robot);
    Color clip = before.get(0).stripeColour();
    Color div = before.get(2).stripeColour();
    assertThat(List.of(clip, before.get(1).stripeColour(), div)).doesNotHaveDuplicates();
    List<Node> menus = robot.lookup("#panel-menu").queryAll().stream().toList();
    robot.clickOn("#step-iteration");
    show(robot);
    assertThat(iterations(robot)).containsExactly(1, 1, 1);
    robot.clickOn(menus.get(1)).clickOn("Remove panel");
    show(robot);
    assertThat(texts(robot, "panel-title")).containsExactly("WGAN clip c=0.01", "WGAN-div k=2 p=6");
    List<RunPanel> after = ColourScalesTest.panels(robot);
    // The same panels as before, not new ones drawn again.
    assertThat(after).containsExactly(before.get(0), before.get(2));
    assertThat(after.get(0).stripeColour()).isEqualTo(clip);
    assertThat(after.get(1).stripeColour()).isEqualTo(div);
    assertThat(window.charts().legendColours()).containsExactly(clip, div);
    // The other runs were not restarted.
    assertThat(iterations(robot)).containsExactly(1, 1);
    assertThat(window.model().pendingProperty().get()).isNull();
  }
}
