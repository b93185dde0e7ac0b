package org.wganlab.image;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.wganlab.export.AtomicFiles;
import org.wganlab.export.ConfigJson;
import org.wganlab.export.CsvTable;
import org.wganlab.export.CurvesFigure;
import org.wganlab.export.PngFiles;
import org.wganlab.export.SampleGrid;
import org.wganlab.train.RunConfig;

/**
 * The files of an image run folder: {@code config.json}, {@code metrics.csv} and its plot
 * {@code curves.png}, sample grids under {@code samples/}, checkpoints under {@code checkpoints/}, and
 * the last generated images per run.
 * Every file is written atomically. A folder that already holds files is only used to resume the run
 * it holds, so two runs never mix in one folder.
 */
public final class ImageRunFolder {
  /** Columns of {@code metrics.csv}. */
  public static final String[] METRICS_HEADER = {"iteration", "run", "method",
      "wasserstein_estimate", "critic_loss", "generator_loss", "penalty", "grad_norm_median",
      "grad_norm_p90", "images_per_second", "seconds", "frechet_classifier_distance",
      "sliced_wasserstein"};
  /** Images in a sample grid: 8 x 8. */
  public static final int GRID_IMAGES = 64;
  private static final int GRID_COLUMNS = 8;
  private static final int GRID_SCALE = 3;
  private final Path directory;

  private ImageRunFolder(Path directory) {
    this.directory = directory;
  }

  /**
   * A new run in {@code directory}, which must not exist or be an empty folder; it is created with
   * its subfolders.
   */
  public static ImageRunFolder create(Path directory) throws IOException {
    if (Files.exists(directory)) {
      if (!Files.isDirectory(directory)) {
        throw new IOException(directory + " exists and is not a folder");
      }
      try (Stream<Path> entries = Files.list(directory)) {
        if (entries.findAny().isPresent()) {
          throw new IOException(directory + " already holds files: use --resume to continue the"
              + " run there, or name a new folder");
        }
      }
    }
    return open(directory);
  }

  /**
   * The existing run in {@code directory}, to resume; temporary files that a killed process left
   * behind in it are deleted.
   */
  public static ImageRunFolder resume(Path directory) throws IOException {
    if (!Files.isRegularFile(directory.resolve("config.json"))) {
      throw new IOException(directory + " holds no image run to resume (no config.json)");
    }
    ImageRunFolder folder = open(directory);
    for (String sub : new String[] {"", "samples", "checkpoints"}) {
      AtomicFiles.removeLeftovers(directory.resolve(sub));
    }
    return folder;
  }

  private static ImageRunFolder open(Path directory) throws IOException {
    Files.createDirectories(directory.resolve("samples"));
    Files.createDirectories(directory.resolve("checkpoints"));
    return new ImageRunFolder(directory);
  }

  /** The folder. */
  public Path directory() {
    return directory;
  }

  /** {@code config.json}. */
  public Path configFile() {
    return directory.resolve("config.json");
  }

  /** Writes {@code config.json}. */
  public void writeConfig(ImageExperiment experiment) throws IOException {
    ConfigJson.write(configFile(), experiment);
  }

  /** A short file-name tag of run {@code index}: {@code 1-gp}. */
  static String tag(int index, RunConfig run) {
    return index + "-" + run.method().kind().cliName();
  }

  /** The checkpoint file of run {@code index}. */
  public Path checkpointFile(int index, RunConfig run) {
    return directory.resolve("checkpoints").resolve("run-" + tag(index, run) + ".ckpt");
  }

  /** The file of run {@code index}'s last generated images. */
  public Path generatedFile(int index, RunConfig run) {
    return directory.resolve("generated-" + tag(index, run) + ".idx.gz");
  }

  /** Writes {@code metrics.csv}: every run's rows, ordered by iteration, then run. */
  public void writeMetrics(List<ImageTrainer> trainers) throws IOException {
    CsvTable table = new CsvTable(METRICS_HEADER);
    int longest = trainers.stream().mapToInt(t -> t.rows().size()).max().orElse(0);
    for (int k = 0; k < longest; k++) {
      for (int i = 0; i < trainers.size(); i++) {
        List<ImageMetricsRow> rows = trainers.get(i).rows();
        if (k < rows.size()) {
          ImageMetricsRow r = rows.get(k);
          table.addRow(r.iteration(), i, trainers.get(i).run().method().kind().cliName(),
              r.wassersteinEstimate(), r.criticLoss(), r.generatorLoss(), r.penalty(),
              r.gradNormMedian(), r.gradNormP90(), r.imagesPerSecond(), r.seconds(),
              blankIfNaN(r.quality().frechetDistance()), blankIfNaN(r.quality().slicedWasserstein()));
        }
      }
    }
    table.write(directory.resolve("metrics.csv"));
  }

  /**
   * Writes {@code curves.png}: every run's Wasserstein estimate over iterations and, where measured,
   * its quality score, at twice the base size so it reads on a projector.
   */
  public void writeCurves(List<ImageTrainer> trainers) throws IOException {
    List<CurvesFigure.Series> estimates = new ArrayList<>();
    List<CurvesFigure.Series> quality = new ArrayList<>();
    List<Color> colours = org.wganlab.export.RunColours.forRuns(
        trainers.stream().map(t -> t.run().method().kind()).toList());
    for (int i = 0; i < trainers.size(); i++) {
      ImageTrainer t = trainers.get(i);
      List<ImageMetricsRow> rows = t.rows();
      double[] x = rows.stream().mapToDouble(ImageMetricsRow::iteration).toArray();
      String name = t.run().method().kind().displayName();
      Color colour = colours.get(i);
      estimates.add(new CurvesFigure.Series(name, colour, x,
          rows.stream().mapToDouble(ImageMetricsRow::wassersteinEstimate).toArray()));
      quality.add(new CurvesFigure.Series(name, colour, x,
          rows.stream().mapToDouble(r -> r.quality().frechetDistance()).toArray()));
    }
    List<CurvesFigure.Panel> panels = new ArrayList<>();
    panels.add(new CurvesFigure.Panel("Wasserstein estimate on held-out images", "iteration",
        "E[D(real)] - E[D(G(z))]", estimates));
    boolean scored = quality.stream().flatMapToDouble(c -> Arrays.stream(c.y()))
        .anyMatch(Double::isFinite);
    if (scored) {
      panels.add(new CurvesFigure.Panel("Sample quality (lower is better)", "iteration",
          "Frechet distance, classifier features", quality));
    }
    PngFiles.write(directory.resolve("curves.png"), CurvesFigure.draw(panels, 2));
  }

  private static Object blankIfNaN(double value) {
    return Double.isNaN(value) ? null : value;
  }

  /** Writes run {@code index}'s 8 x 8 sample grid of iteration {@code iteration}; returns its path. */
  public Path writeSamples(int index, RunConfig run, int iteration, float[] pixels,
      ImageExperiment experiment) throws IOException {
    Path target = directory.resolve("samples").resolve(String.format(Locale.ROOT,
        "run-%s-iter-%07d.png", tag(index, run), iteration));
    SampleGrid.write(target, pixels, GRID_IMAGES, experiment.channels(), experiment.size(),
        GRID_COLUMNS, GRID_SCALE, run.method().label() + ", iteration " + iteration);
    return target;
  }
}
