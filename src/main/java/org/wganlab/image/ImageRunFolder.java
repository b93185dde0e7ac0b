package org.wganlab.image;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.wganlab.common.FileWriteException;
import org.wganlab.common.OutputRefusedException;
import org.wganlab.export.ConfigJson;
import org.wganlab.export.CsvTable;
import org.wganlab.export.CurvesFigure;
import org.wganlab.export.PngFiles;
import org.wganlab.export.RunFolder;
import org.wganlab.export.SampleGrid;
import org.wganlab.train.RunConfig;
import org.wganlab.train.RunLabels;

/**
 * The files of an image run folder: {@code config.json}, {@code metrics.csv} and its plot
 * {@code curves.png}, sample grids under {@code samples/}, checkpoints under {@code checkpoints/}, and
 * the last generated images per run.
 * Every file is written atomically. A folder that already holds files is only used to resume the run
 * it holds or, when asked, to replace it, so two runs never mix in one folder.
 */
public final class ImageRunFolder {
  /** Columns of {@code metrics.csv}. */
  public static final String[] METRICS_HEADER = {"iteration", "run", "method",
      "wasserstein_estimate", "critic_loss", "generator_loss", "penalty", "grad_norm_median",
      "grad_norm_p90", "images_per_second", "seconds", "frechet_classifier_distance",
      "sliced_wasserstein", "status", "problem"};
  /** Images in a sample grid: 8 x 8. */
  public static final int GRID_IMAGES = 64;
  private static final int GRID_COLUMNS = 8;
  private static final int GRID_SCALE = 3;
  private final Path directory;

  private ImageRunFolder(Path directory) {
    this.directory = directory;
  }

  /** The files an image run writes, by path in its folder: the only ones --overwrite deletes. */
  private static final Pattern OWN_FILE = Pattern.compile("config\\.json|metrics\\.csv|curves\\.png"
      + "|generated-\\d+-[a-z-]+\\.idx\\.gz|samples/run-\\d+-[a-z-]+-iter-\\d+\\.png"
      + "|checkpoints/run-\\d+-[a-z-]+\\.ckpt");

  /**
   * A run in {@code directory}, created with its subfolders if missing. {@link RunFolder.Use#NEW}
   * refuses a folder that holds files, {@link RunFolder.Use#OVERWRITE} deletes an earlier run's files
   * first, {@link RunFolder.Use#RESUME} needs the run's {@code config.json}; temporary files that a
   * killed process left are deleted in every case (see {@link RunFolder}).
   */
  public static ImageRunFolder open(Path directory, RunFolder.Use use) throws IOException {
    if (use == RunFolder.Use.RESUME && !Files.isRegularFile(directory.resolve("config.json"))) {
      throw new OutputRefusedException(directory, "holds no image run to resume (no config.json)");
    }
    RunFolder.prepare(directory, use, name -> OWN_FILE.matcher(name).matches(),
        "or --resume to continue it");
    try {
      Files.createDirectories(directory.resolve("samples"));
      Files.createDirectories(directory.resolve("checkpoints"));
    } catch (IOException e) {
      throw new FileWriteException(directory, e);
    }
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
    return checkpointFile(directory, index, run);
  }

  /** The checkpoint file of run {@code index} in the run folder {@code directory}. */
  public static Path checkpointFile(Path directory, int index, RunConfig run) {
    return directory.resolve("checkpoints").resolve("run-" + tag(index, run) + ".ckpt");
  }

  /**
   * What the folder holds of a run's files, for the console: {@code config.json}, {@code
   * metrics.csv}, {@code curves.png}, and {@code samples/} and {@code checkpoints/} when they hold
   * anything, so that a run stopped before its first checkpoint does not claim one.
   */
  public List<String> writtenParts() throws IOException {
    List<String> parts = new ArrayList<>();
    for (String file : List.of("config.json", "metrics.csv", "curves.png")) {
      if (Files.isRegularFile(directory.resolve(file))) {
        parts.add(file);
      }
    }
    for (String folder : List.of("samples", "checkpoints")) {
      try (var entries = Files.list(directory.resolve(folder))) {
        if (entries.findAny().isPresent()) {
          parts.add(folder + "/");
        }
      }
    }
    return parts;
  }

  /** The file of run {@code index}'s last generated images. */
  public Path generatedFile(int index, RunConfig run) {
    return directory.resolve("generated-" + tag(index, run) + ".idx.gz");
  }

  /**
   * Writes {@code metrics.csv}: every run's rows, ordered by iteration, then run, with status "ok";
   * a run that diverged gets a last row with status "diverged", the iteration it diverged in (which
   * never completed, so its numbers are empty) and the cause.
   */
  public void writeMetrics(List<ImageTrainer> trainers) throws IOException {
    CsvTable table = new CsvTable(METRICS_HEADER);
    int longest = trainers.stream().mapToInt(t -> t.rows().size() + (t.diverged() ? 1 : 0)).max()
        .orElse(0);
    for (int k = 0; k < longest; k++) {
      for (int i = 0; i < trainers.size(); i++) {
        ImageTrainer t = trainers.get(i);
        List<ImageMetricsRow> rows = t.rows();
        String method = t.run().method().kind().cliName();
        if (k < rows.size()) {
          ImageMetricsRow r = rows.get(k);
          table.addRow(r.iteration(), i, method,
              r.wassersteinEstimate(), r.criticLoss(), r.generatorLoss(), r.penalty(),
              r.gradNormMedian(), r.gradNormP90(), r.imagesPerSecond(), r.seconds(),
              blankIfNaN(r.quality().frechetDistance()), blankIfNaN(r.quality().slicedWasserstein()),
              "ok", "");
        } else if (k == rows.size() && t.diverged()) {
          table.addRow(t.iteration() + 1, i, method, null, null, null, null, null, null, null, null,
              null, null, "diverged", t.problem());
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
    // The toy mode's names: two runs of one method read apart (their lambda, r(x) or optimiser).
    List<String> names = RunLabels.of(trainers.stream().map(ImageTrainer::run).toList());
    for (int i = 0; i < trainers.size(); i++) {
      ImageTrainer t = trainers.get(i);
      List<ImageMetricsRow> rows = t.rows();
      double[] x = rows.stream().mapToDouble(ImageMetricsRow::iteration).toArray();
      String name = names.get(i);
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

  /**
   * The sample grid file of run {@code index} at {@code iteration} in the run folder
   * {@code directory} (a static method, so that a reader needs no folder object, which would create
   * the subfolders).
   */
  public static Path samplesFile(Path directory, int index, RunConfig run, int iteration) {
    return directory.resolve("samples").resolve(String.format(Locale.ROOT,
        "run-%s-iter-%07d.png", tag(index, run), iteration));
  }

  /**
   * The cell under the point ({@code x}, {@code y}) of a saved sample grid of {@code experiment}, in
   * the file's pixels: from 0 in reading order, or -1 off the images.
   */
  public static int savedGridCell(double x, double y, ImageExperiment experiment) {
    return SampleGrid.cellAt(x, y, GRID_IMAGES, experiment.size(), GRID_COLUMNS, GRID_SCALE);
  }

  /** Writes run {@code index}'s 8 x 8 sample grid of iteration {@code iteration}; returns its path. */
  public Path writeSamples(int index, RunConfig run, int iteration, float[] pixels,
      ImageExperiment experiment) throws IOException {
    Path target = samplesFile(directory, index, run, iteration);
    SampleGrid.write(target, pixels, GRID_IMAGES, experiment.channels(), experiment.size(),
        GRID_COLUMNS, GRID_SCALE, run.method().label() + ", iteration " + iteration);
    return target;
  }
}
