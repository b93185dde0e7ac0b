package org.wganlab.ui.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wganlab.image.live.WalkPictures;
import org.wganlab.train.LatentWalk;

/**
 * The latent walk and the exports in the window, with real clicks: two clicked grid cells become
 * the walk's ends, a dragged slider moves every run's large frame; the window saved at 1x and 2x
 * (the 2x one rendered, not enlarged), the curves as the run folder's metrics.csv, and a name taken
 * by a folder refused.
 */
class ImageWindowWalkTest extends ImageWindowCase {
  @Start
  void start(Stage primary) {
    begin(primary);
  }


  /** Clicks the middle of grid cell {@code cell} of the live grid shown by {@code view}. */
  private static void clickCell(FxRobot robot, ImageView view, int cell) {
    Image image = view.getImage();
    double scale = view.getLayoutBounds().getWidth() / image.getWidth();
    // The live grid: 28-pixel images 8 a row, one pixel apart and around.
    double x = 1 + (cell % 8) * 29 + 14;
    double y = 1 + (cell / 8) * 29 + 14;
    robot.clickOn(robot.point(view).atPosition(Pos.TOP_LEFT)
        .atOffset(new Point2D(x * scale, y * scale)));
  }

  private static int[] pixels(Image image) {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    int[] argb = new int[w * h];
    image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    return argb;
  }

  @Test
  void twoClickedCellsAndADraggedSliderWalkEveryRun(FxRobot robot) throws Exception {
    newRun(robot, dir.resolve("run"), 4);
    robot.clickOn("#image-step");
    robot.interact(() -> window.showLatest());
    ImageView grid = robot.lookup(".sample-grid").queryAs(ImageView.class);
    clickCell(robot, grid, 2);
    clickCell(robot, grid, 20);
    poll(robot);
    assertThat(robot.lookup("#image-walk-ends").queryAs(Label.class).getText())
        .startsWith("A: cell 3   B: cell 21");
    WalkPictures walk = window.model().snapshotProperty().get().walk();
    assertThat(walk.walk()).isEqualTo(new LatentWalk(new LatentWalk.Cell(2),
        new LatentWalk.Cell(20), 0.5));
    assertThat(walk.rows()).hasSize(2).allMatch(r -> r.iteration() == 1);
    RunTile tile = robot.lookup(".image-run").queryAs(RunTile.class);
    int[] before = pixels(tile.walkView().frameImage());

    Node thumb = robot.lookup("#image-walk .thumb").query();
    robot.drag(thumb).moveBy(150, 0).drop();
    poll(robot);
    double at = robot.lookup("#image-walk").queryAs(Slider.class).getValue();
    assertThat(at).isGreaterThan(0.5);
    assertThat(window.model().snapshotProperty().get().walk().walk().position()).isEqualTo(at);
    assertThat(pixels(tile.walkView().frameImage())).isNotEqualTo(before);
    assertThat(robot.lookup("#image-walk-at").queryAs(Label.class).getText())
        .isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", at));
  }

  @Test
  void theWindowAndTheCurvesAreSavedAndATakenNameRefused(FxRobot robot) throws Exception {
    Path run = commandLineRun();
    open(robot, run);
    Path out = Files.createDirectories(dir.resolve("exports"));
    folders.add(out);
    robot.clickOn("File").clickOn("Save window as PNG (1x)...");
    folders.add(out);
    robot.clickOn("File").clickOn("Save window as PNG (2x)...");
    WaitForAsyncUtils.waitForFxEvents();
    BufferedImage one = ImageIO.read(out.resolve("cli-iter-0000004-window.png").toFile());
    BufferedImage two = ImageIO.read(out.resolve("cli-iter-0000004-window@2x.png").toFile());
    assertThat(two.getWidth()).isEqualTo(2 * one.getWidth());
    assertThat(two.getHeight()).isEqualTo(2 * one.getHeight());
    assertThat(unevenBlocks(two)).as("2 x 2 blocks that an enlarged 1x picture would not have")
        .isGreaterThan(1000);

    folders.add(out);
    robot.clickOn("File").clickOn("Save curves as CSV (metrics.csv)...");
    WaitForAsyncUtils.waitForFxEvents();
    Path csv = out.resolve("cli-iter-0000004-metrics.csv");
    assertThat(Files.readAllBytes(csv)).isEqualTo(Files.readAllBytes(run.resolve("metrics.csv")));
    assertThat(status(robot)).startsWith("Saved " + csv);

    Files.delete(csv);
    Path taken = Files.createDirectories(csv);
    folders.add(out);
    robot.clickOn("File").clickOn("Save curves as CSV (metrics.csv)...");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(status(robot)).contains(taken.toString()).contains("is a folder, not a file");
    assertThat(Files.isDirectory(taken)).isTrue();
  }

  /** How many aligned 2 x 2 blocks of {@code image} hold more than one colour. */
  private static int unevenBlocks(BufferedImage image) {
    int count = 0;
    for (int y = 0; y + 1 < image.getHeight(); y += 2) {
      for (int x = 0; x + 1 < image.getWidth(); x += 2) {
        int c = image.getRGB(x, y);
        if (image.getRGB(x + 1, y) != c || image.getRGB(x, y + 1) != c
            || image.getRGB(x + 1, y + 1) != c) {
          count++;
        }
      }
    }
    return count;
  }
}
