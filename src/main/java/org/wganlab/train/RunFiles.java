package org.wganlab.train;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wganlab.export.ConfigJson;
import org.wganlab.export.CsvTable;
import org.wganlab.export.PngFiles;
import org.wganlab.export.RunFolder;
import org.wganlab.export.SurfaceFigure;
import org.wganlab.metrics.ModeCoverage;

/**
 * The files of a training run directory: {@code config.json}, {@code metrics.csv},
 * {@code samples.csv}, and per run a value-surface CSV and a figure. Every file is written atomically,
 * so an interrupted run leaves complete files or none.
 */
public final class RunFiles {
  /** Columns of {@code metrics.csv}. */
  public static final String[] METRICS_HEADER = {"iteration", "run", "method",
      "wasserstein_estimate", "critic_loss", "generator_loss", "penalty", "seconds",
      "modes_captured", "high_quality_fraction", "exact_w1", "status", "problem"};
  /** Width of the figures in pixels. */
  static final int FIGURE_WIDTH = 720;

  private final Path directory;

  /** A trainer's account of a divergence: what, at which iteration, and in which step. */
  private static final Pattern PROBLEM = Pattern.compile("(.+) at iteration (\\d+) \\(.*\\)");

  /** The files a toy run writes, by name: the only ones {@code --overwrite} deletes. */
  private static final Pattern OWN_FILE = Pattern.compile(
      "config\\.json|metrics\\.csv|samples\\.csv|surface-\\d+-[a-z-]+\\.(csv|png)");

  private RunFiles(Path directory) {
    this.directory = directory;
  }

  /**
   * The files of a run in {@code directory}, which is created if missing; a folder holding an earlier
   * run is refused unless {@code use} is {@link RunFolder.Use#OVERWRITE} (see {@link RunFolder}).
   */
  public static RunFiles create(Path directory, RunFolder.Use use) throws IOException {
    RunFolder.prepare(directory, use, name -> OWN_FILE.matcher(name).matches(), null);
    return new RunFiles(directory);
  }

  /** The directory. */
  public Path directory() {
    return directory;
  }

  /**
   * One logged row plus the measurements only some rows have (mode coverage and exact W1).
   *
   * @param run index of the run
   * @param config the run's settings
   * @param row the logged metrics
   * @param modes mode coverage, or null
   * @param exactW1 exact W1, or NaN
   * @param problem why the run diverged in this row's iteration, or empty while it trains on
   */
  public record LoggedRow(int run, RunConfig config, MetricsRow row, ModeCoverage modes,
      double exactW1, String problem) {
    /** A row of a run that trains on. */
    public LoggedRow(int run, RunConfig config, MetricsRow row, ModeCoverage modes, double exactW1) {
      this(run, config, row, modes, exactW1, "");
    }

    /** The row that records where and why run {@code run} diverged; its numbers are NaN. */
    public static LoggedRow diverged(int run, RunConfig config, int iteration, String problem) {
      double nan = Double.NaN;
      return new LoggedRow(run, config, new MetricsRow(iteration, nan, nan, nan, nan, nan), null, nan,
          problem);
    }
  }

  /** Writes {@code config.json}. */
  public void writeConfig(ExperimentConfig config) throws IOException {
    ConfigJson.write(directory.resolve("config.json"), config);
  }

  /**
   * Writes {@code metrics.csv}, one line per logged iteration per run, and for a run that diverged a
   * last line with status "diverged", the iteration it diverged in and the cause.
   */
  public void writeMetrics(List<LoggedRow> rows) throws IOException {
    CsvTable table = new CsvTable(METRICS_HEADER);
    for (LoggedRow r : rows) {
      MetricsRow m = r.row();
      table.addRow(m.iteration(), r.run(), r.config().method().kind().cliName(),
          m.wassersteinEstimate(), m.criticLoss(), m.generatorLoss(), m.penalty(), m.seconds(),
          r.modes() == null ? "" : r.modes().modesCaptured(),
          r.modes() == null ? "" : r.modes().highQualityFraction(),
          Double.isNaN(r.exactW1()) ? "" : r.exactW1(),
          r.problem().isEmpty() ? "ok" : "diverged", r.problem());
    }
    table.write(directory.resolve("metrics.csv"));
  }

  /** Writes {@code samples.csv}: the real and generated points of each run's last evaluation. */
  public void writeSamples(List<RunConfig> runs, List<Evaluation> evaluations) throws IOException {
    CsvTable table = new CsvTable("run", "method", "kind", "x", "y");
    for (int i = 0; i < evaluations.size(); i++) {
      String method = runs.get(i).method().kind().cliName();
      addPoints(table, i, method, "real", evaluations.get(i).real());
      addPoints(table, i, method, "fake", evaluations.get(i).fake());
    }
    table.write(directory.resolve("samples.csv"));
  }

  private static void addPoints(CsvTable table, int run, String method, String kind, double[] xy) {
    for (int k = 0; k + 1 < xy.length; k += 2) {
      table.addRow(run, method, kind, xy[k], xy[k + 1]);
    }
  }

  /**
   * Writes run {@code index}'s value surface as {@code surface-<index>-<method>.csv} and its figure
   * as {@code surface-<index>-<method>.png}; returns the figure's path. For a run that diverged
   * ({@code problem} not empty) the evaluation is of its last good state, and the title says so.
   */
  public Path writeSurface(int index, RunConfig run, Evaluation evaluation, String problem)
      throws IOException {
    String stem = String.format(Locale.ROOT, "surface-%d-%s", index, run.method().kind().cliName());
    CsvTable.writeSurface(directory.resolve(stem + ".csv"), evaluation.surface());
    String title = problem.isEmpty()
        ? String.format(Locale.ROOT, "%s   iteration %d   W^ = %.3f", run.method().label(),
            evaluation.iteration(), evaluation.wassersteinEstimate())
        : String.format(Locale.ROOT, "%s   last good state, iteration %d; diverged %s",
            run.method().label(), evaluation.iteration(), shortProblem(problem));
    BufferedImage figure = SurfaceFigure.render(evaluation.surface(),
        new SurfaceFigure.Layers(evaluation.real(), evaluation.fake(), null), title, FIGURE_WIDTH,
        false);
    Path png = directory.resolve(stem + ".png");
    PngFiles.write(png, figure);
    return png;
  }

  /**
   * "at 3: critic loss NaN" from the trainer's "critic loss became NaN at iteration 3 (critic step
   * 12)", short enough for a title line; any other text as it is.
   */
  static String shortProblem(String problem) {
    Matcher m = PROBLEM.matcher(problem);
    return m.matches() ? "at " + m.group(2) + ": " + m.group(1).replace(" became ", " ")
        : "(" + problem + ")";
  }
}
