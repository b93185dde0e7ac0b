package org.wganlab.image.live;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.wganlab.data.Rng;
import org.wganlab.data.image.ImageSet;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageNetwork;
import org.wganlab.method.MethodKind;

/** A picture folder and an image experiment small enough for a test to train in a second or two. */
public final class TinyImageRuns {
  private TinyImageRuns() {
  }

  /** {@code count} 28 x 28 gray images of uniform noise drawn from {@code seed}. */
  public static ImageSet noise(int count, long seed) {
    Rng rng = new Rng(seed);
    float[] pixels = new float[count * 28 * 28];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (float) rng.uniform();
    }
    return new ImageSet(1, 28, 28, pixels, null);
  }

  /** Writes {@code count} random 28 x 28 gray PNG pictures into {@code folder}; returns it. */
  public static Path pictureFolder(Path folder, int count) throws IOException {
    Files.createDirectories(folder);
    Rng rng = new Rng(7);
    for (int k = 0; k < count; k++) {
      BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
      for (int y = 0; y < 28; y++) {
        for (int x = 0; x < 28; x++) {
          int v = (int) (255 * rng.uniform());
          image.setRGB(x, y, v << 16 | v << 8 | v);
        }
      }
      ImageIO.write(image, "png", folder.resolve(String.format("p%03d.png", k)).toFile());
    }
    return folder;
  }

  /**
   * GP and clipping on {@code data} with DIM 2 and noise 4: {@code iterations} iterations of 2 critic
   * steps at batch 8, a row every iteration, a grid and a checkpoint every 2.
   */
  public static ImageExperiment experiment(String data, int iterations) {
    ImageExperiment reference = ImageExperiment.reference(data, List.of(MethodKind.GP,
        MethodKind.CLIP));
    return new ImageExperiment(data, 28, 1, 0, 3, iterations, 8, 2, 2, 4, ImageNetwork.CONV,
        reference.runs(), 1, 2, 0, 2);
  }

  /** Marks every file of {@code folder} as last changed {@code seconds} ago. */
  public static void age(Path folder, long seconds) throws IOException {
    FileTime then = FileTime.fromMillis(System.currentTimeMillis() - seconds * 1000);
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.toList()) {
        Files.setLastModifiedTime(f, then);
      }
    }
  }

  /**
   * {@code run}'s metrics.csv without images_per_second and seconds, which differ between identical
   * runs.
   */
  public static List<String> metricsWithoutTiming(Path run) throws IOException {
    return Files.readAllLines(run.resolve("metrics.csv")).stream()
        .map(line -> line.replaceAll("^((?:[^,]*,){9})[^,]*,[^,]*", "$1")).toList();
  }

  /** Every path below {@code folder} with its last change: equal listings, nothing written. */
  public static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.map(f -> {
        try {
          return folder.relativize(f) + " " + Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sorted().toList();
    }
  }
}
