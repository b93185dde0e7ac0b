package org.wganlab.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class RecordingTest extends AppTestBase {
  private static final Pattern RECORDED = Pattern.compile("Recorded (\\d+) frames \\(([0-9.]+) s");

  @Start
  void start(Stage primary) throws Exception {
    open(primary);
  }

  /**
   * Trains round by round until the status line reports the recording, at most 60 s (a loaded
   * machine grabs more slowly: grabbing keeps to a tenth of the JavaFX thread's time).
   */
  private String trainWhileRecording(FxRobot robot) throws InterruptedException {
    long until = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < until) {
      train(robot, 1);
      String now = status(robot);
      if (now.startsWith("Recorded") || now.startsWith("Could not")) {
        return now;
      }
      Thread.sleep(20);
    }
    return status(robot);
  }

  private void chooseInDialog(FxRobot robot, String box, String item) {
    robot.clickOn(box).clickOn(item);
  }

  @Test
  void aPanelIsRecordedForItsLengthAtItsFrameRate(FxRobot robot) throws Exception {
    robot.clickOn("#play-button");
    train(robot, 2);
    robot.clickOn("File").clickOn("Record as GIF...");
    chooseInDialog(robot, "#record-what", "Panel 2: WGAN-GP lambda=0.1");
    chooseInDialog(robot, "#record-seconds", "2 s");
    chooseInDialog(robot, "#record-rate", "5 frames/s");
    Path gif = dir.resolve("panel.gif");
    dialogs.answer(gif);
    robot.clickOn("#record-start");
    String outcome = trainWhileRecording(robot);
    Matcher m = RECORDED.matcher(outcome);
    assertThat(m.find()).as(outcome).isTrue();
    assertThat(m.group(2)).isEqualTo("2.0");
    int reported = Integer.parseInt(m.group(1));
    List<Integer> delays = new ArrayList<>();
    List<BufferedImage> frames = read(gif, delays);
    // 2 s at 5 frames a second: 10 frames of 20 hundredths of a second each.
    assertThat(reported).isEqualTo(10);
    assertThat(frames).hasSize(10);
    assertThat(delays).containsOnly(20);
    // A panel, not the window: the frame is narrower than the window and trains visibly.
    assertThat(frames.get(0).getWidth()).isLessThan((int) stage.getWidth() / 2);
    assertThat(differingPixels(frames.get(0), frames.get(frames.size() - 1))).isGreaterThan(100);
    assertThat(onFx(() -> robot.lookup("#record-count").queryAs(Label.class).getText()))
        .isEqualTo(outcome);
  }

  @Test
  void stopEndsTheRecordingEarlyAndKeepsWhatWasRecorded(FxRobot robot) throws Exception {
    robot.clickOn("File").clickOn("Record as GIF...");
    chooseInDialog(robot, "#record-seconds", "60 s");
    Path gif = dir.resolve("window.gif");
    dialogs.answer(gif);
    robot.clickOn("#record-start");
    long until = System.nanoTime() + 10_000_000_000L;
    while (onFx(() -> robot.lookup("#record-count").queryAs(Label.class).getText())
        .startsWith("Recording: 0 ") && System.nanoTime() < until) {
      robot.clickOn("#step-iteration");
    }
    robot.clickOn("#record-stop");
    String outcome = trainWhileRecording(robot);
    assertThat(outcome).startsWith("Recorded");
    List<Integer> delays = new ArrayList<>();
    List<BufferedImage> frames = read(gif, delays);
    assertThat(frames).isNotEmpty();
    assertThat(outcome).startsWith("Recorded " + frames.size() + " frames");
    assertThat(delays.stream().mapToInt(Integer::intValue).sum()).isLessThan(6000);
    // The whole window.
    assertThat(frames.get(0).getWidth()).isEqualTo((int) Math.ceil(stage.getScene().getWidth()));
  }

  private static List<BufferedImage> read(Path gif, List<Integer> delays) throws IOException {
    List<BufferedImage> frames = new ArrayList<>();
    try (ImageInputStream in = ImageIO.createImageInputStream(Files.newInputStream(gif))) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      int n = reader.getNumImages(true);
      for (int i = 0; i < n; i++) {
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i)
            .getAsTree("javax_imageio_gif_image_1.0");
        delays.add(Integer.parseInt(((IIOMetadataNode) root
            .getElementsByTagName("GraphicControlExtension").item(0)).getAttribute("delayTime")));
        frames.add(reader.read(i));
      }
      reader.dispose();
    }
    return frames;
  }

  private static int differingPixels(BufferedImage a, BufferedImage b) {
    int n = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
      }
    }
    return n;
  }
}
