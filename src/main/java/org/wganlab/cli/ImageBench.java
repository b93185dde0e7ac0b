package org.wganlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wganlab.data.Rng;
import org.wganlab.data.image.ImageSet;
import org.wganlab.image.ImageBatches;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageMeasurements;
import org.wganlab.image.ImageTrainer;
import org.wganlab.method.MethodKind;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The image figures of {@code bench --image}: one critic step with each method, a generator step and a
 * whole GP iteration of the reference networks at batch 64, on random 28 x 28 images (the time of a
 * step does not depend on what the pixels show), plus the images a second and the peak resident
 * memory of the process.
 */
final class ImageBench {
  /** What the figures measure, for the table's heading. */
  static final String DESCRIPTION = "Image networks: batch 64, 28x28x1, DIM 64 (WGAN-GP's MNIST"
      + " critic and generator), float32";
  private static final int WARM_UP_CALLS = 2;
  private final int repeats;

  ImageBench(int repeats) {
    this.repeats = repeats;
  }

  /** Times every figure; keys as in the README. */
  Map<String, Double> figures() {
    ImageSet images = randomImages(256);
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("image_gp_step_ms", time(trainer(MethodKind.GP, images)::criticStep));
    figures.put("image_div_step_ms", time(trainer(MethodKind.DIV, images)::criticStep));
    figures.put("image_clip_step_ms", time(trainer(MethodKind.CLIP, images)::criticStep));
    figures.put("image_generator_step_ms", time(trainer(MethodKind.GP, images)::generatorStep));
    double iteration = time(trainer(MethodKind.GP, images)::iterate);
    figures.put("image_gp_iteration_ms", iteration);
    // Real images read by the critic per second of a GP iteration (5 steps of 64).
    figures.put("image_gp_images_per_second", 5 * 64 / (iteration / 1000));
    figures.put("peak_resident_mb", peakResidentMegabytes());
    return figures;
  }

  private static ImageTrainer trainer(MethodKind kind, ImageSet images) {
    ImageExperiment experiment = ImageExperiment.reference("random images", List.of(kind));
    return new ImageTrainer(experiment, 0, new ImageBatches(images, DataType.FLOAT, 1),
        new ImageMeasurements(experiment, images, 64, 64));
  }

  private static ImageSet randomImages(int count) {
    Rng rng = new Rng(1);
    float[] pixels = new float[count * 28 * 28];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (float) rng.uniform();
    }
    return new ImageSet(1, 28, 28, pixels, null);
  }

  /** Median milliseconds of {@code body} after a short warm-up (a step takes a good part of a second). */
  private double time(Runnable body) {
    return new MedianTimer(WARM_UP_CALLS, 0, repeats).millis(body);
  }

  /** The process's peak resident memory (VmHWM) in MB, or NaN where /proc is not there. */
  static double peakResidentMegabytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }
}
