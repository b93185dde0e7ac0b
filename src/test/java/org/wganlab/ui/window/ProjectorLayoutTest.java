package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.wganlab.ui.panel.RunPanel;

/** The window at projector sizes: nothing cut, nothing behind a scroll bar, presentation mode. */
class ProjectorLayoutTest extends AppTestBase {

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  @Test
  void at1280x720EverythingShowsWithoutScrollingAndNothingIsCut(FxRobot robot) throws Exception {
    resize(1280, 720);
    ScrollPane scroller = robot.lookup(".panel-scroller").queryAs(ScrollPane.class);
    Node row = scroller.getContent();
    assertThat(row.getLayoutBounds().getHeight())
        .isLessThanOrEqualTo(scroller.getViewportBounds().getHeight() + 0.5);
    assertThat(row.getLayoutBounds().getWidth())
        .isLessThanOrEqualTo(scroller.getViewportBounds().getWidth() + 0.5);
    FlowPane bars = robot.lookup(".control-bars").queryAs(FlowPane.class);
    assertThat(bars.getChildren().stream().filter(Node::isManaged).map(Node::getLayoutY)
        .distinct().count()).as("control rows").isLessThanOrEqualTo(2);
    for (RunPanel panel : ColourScalesTest.panels(robot)) {
      assertThat(panel.surfaceView().side()).as("heatmap side").isGreaterThanOrEqualTo(200);
    }
    assertNothingCut(robot);
  }

  @Test
  void at1024x768EveryControlIsInsideTheWindow(FxRobot robot) throws Exception {
    // The most crowded picture: four panels and a preset's caption over them.
    robot.clickOn("Experiments").clickOn(org.wganlab.ui.model.Preset.CLIPPING_VALUES.displayName());
    show(robot);
    assertThat(ColourScalesTest.panels(robot)).hasSize(4);
    resize(1024, 768);
    ScrollPane scroller = robot.lookup(".panel-scroller").queryAs(ScrollPane.class);
    assertThat(scroller.getContent().getLayoutBounds().getWidth())
        .isLessThanOrEqualTo(scroller.getViewportBounds().getWidth() + 0.5);
    assertThat(scroller.getContent().getLayoutBounds().getHeight())
        .isLessThanOrEqualTo(scroller.getViewportBounds().getHeight() + 0.5);
    FlowPane bars = robot.lookup(".control-bars").queryAs(FlowPane.class);
    for (Node group : bars.getChildren()) {
      Bounds inScene = group.localToScene(group.getLayoutBounds());
      assertThat(inScene.getMaxX()).isLessThanOrEqualTo(1024);
    }
    for (RunPanel panel : ColourScalesTest.panels(robot)) {
      assertThat(panel.surfaceView().side()).as("heatmap side").isGreaterThanOrEqualTo(120);
    }
    assertNothingCut(robot);
  }

  @Test
  void presentationModeIsOneKeyAway(FxRobot robot) throws Exception {
    Label title = robot.lookup(".panel-title").queryAs(Label.class);
    double normal = title.getFont().getSize();
    assertThat(showing(robot, "#data")).isTrue();
    robot.press(KeyCode.F5).release(KeyCode.F5);
    show(robot);
    assertThat(title.getFont().getSize()).isGreaterThan(1.3 * normal);
    assertThat(showing(robot, "#data")).isFalse();
    assertThat(showing(robot, "#method-kind")).isFalse();
    assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("presentation.css"));
    assertThat(showing(robot, "#play-button")).isTrue();
    robot.clickOn("View").clickOn("Presentation mode");
    show(robot);
    assertThat(title.getFont().getSize()).isEqualTo(normal);
    assertThat(showing(robot, "#data")).isTrue();
  }

  @Test
  void dropdownsShowPeoplesWords(FxRobot robot) {
    assertThat(words(robot, "#activation"))
        .containsExactly("ReLU", "Leaky ReLU (0.2)", "tanh", "Smooth softplus");
    assertThat(words(robot, "#optimizer")).containsExactly("Adam", "RMSProp", "SGD");
  }

  /** The choices of a dropdown as it shows them. */
  private static List<String> words(FxRobot robot, String id) {
    @SuppressWarnings("unchecked")
    ComboBox<Object> box = (ComboBox<Object>) robot.lookup(id).query();
    return box.getItems().stream().map(o -> box.getConverter().toString(o)).toList();
  }

  /** Whether the node and every parent of it are visible. */
  private static boolean showing(FxRobot robot, String id) {
    return showing(robot.lookup(id).<Node>query());
  }

  /** No panel title, method name or r(x) choice shows "...". */
  private static void assertNothingCut(FxRobot robot) {
    List<Node> texts = robot.lookup(".panel-title .text").queryAll().stream().toList();
    assertThat(texts).isNotEmpty();
    for (Node text : texts) {
      assertThat(((Text) text).getText()).doesNotContain("...");
    }
    for (Node box : robot.lookup("#method-kind").queryAll()) {
      assertThat(((Text) box.lookup(".list-cell .text")).getText()).doesNotContain("...");
    }
  }
}
