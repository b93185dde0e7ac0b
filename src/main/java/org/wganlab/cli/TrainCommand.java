package org.wganlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.wganlab.data.DataFormatException;
import org.wganlab.data.Dataset;
import org.wganlab.data.Datasets;
import org.wganlab.export.ConfigJson;
import org.wganlab.export.RunFolder;
import org.wganlab.nn.ThreadBudget;
import org.wganlab.train.DataView;
import org.wganlab.train.Evaluation;
import org.wganlab.train.EvaluationRequest;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.MemoryEstimate;
import org.wganlab.train.MetricsRow;
import org.wganlab.train.RunFiles;
import org.wganlab.train.Trainer;
import org.wganlab.train.TrainingMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code wgan-lab train ... --out DIR}: trains one or more runs side by side (round-robin, one
 * iteration each in turn, so they progress together) and writes config.json, metrics.csv,
 * samples.csv, and a surface CSV and figure per run. metrics.csv is rewritten at every logged row;
 * Ctrl-C stops after the current critic or generator step and still writes the samples and figures
 * of that moment. A run that diverged is drawn at its last good state, its last logged iteration
 * with a finite estimate.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Trains WGAN critics (and generators) on 2-D data and writes curves and figures.")
public final class TrainCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;
  @Mixin
  private TrainOptions options;
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  private Path out;
  @Option(names = "--overwrite",
      description = "Replace the run already in --out (its own files are deleted first).")
  private boolean overwrite;
  @Option(names = "--quiet", description = "No progress line.")
  private boolean quiet;
  @Mixin
  private BackendOption backend;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (out.toString().isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--out must name a folder, not \"\"");
    }
    ExperimentConfig config;
    Dataset dataset;
    try {
      backend.requireCpu();
      if (options.iterations != null && options.iterations < 1) {
        throw new IllegalArgumentException("--iterations must be at least 1, got "
            + options.iterations);
      }
      ExperimentConfig base = options.config != null ? ConfigJson.read(options.config, ExperimentConfig.class)
          : ExperimentConfig.reference(options.data != null ? options.data : "8gaussians",
              options.method.methodKinds());
      config = options.toConfig(base);
      if (config.iterations() < 1) {
        err.println("wgan-lab train: " + options.config + ": "
            + ExperimentConfig.iterationsRule(config.iterations()));
        return ExitCodes.BAD_INPUT;
      }
      dataset = Datasets.resolve(config.data());
      if (options.range == null) {
        // Without --range the surface follows the data: points far from the origin get a view.
        config = config.withEvaluation(config.evaluation().withGrid(
            DataView.forData(dataset, config.evaluation().grid())));
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    } catch (ConfigJson.InvalidConfigException | DataFormatException e) {
      err.println("wgan-lab train: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    String tooLarge = MemoryEstimate.of(config).refusal();
    if (tooLarge != null) {
      err.println("wgan-lab train: " + tooLarge);
      return ExitCodes.BAD_INPUT;
    }
    RunFiles files = RunFiles.create(out, overwrite ? RunFolder.Use.OVERWRITE : RunFolder.Use.NEW);
    files.writeConfig(config);
    try (CtrlC ctrlC = new CtrlC()) {
      return train(config, dataset, files, ctrlC);
    }
  }

  private int train(ExperimentConfig config, Dataset dataset, RunFiles files, CtrlC ctrlC)
      throws IOException {
    ThreadBudget.fitTo(config.batch(), Math.max(config.critic().width(), config.generator().width()));
    List<Trainer> trainers = new ArrayList<>();
    for (int i = 0; i < config.runs().size(); i++) {
      Trainer t = new Trainer(config, i, dataset);
      // So that a run that diverges can still be drawn as it was at its last logged iteration.
      t.keepLastGoodState();
      trainers.add(t);
    }
    boolean fixed = config.mode() == TrainingMode.FIXED_GENERATOR;
    EvaluationRequest rowRequest = new EvaluationRequest(false, fixed);
    List<RunFiles.LoggedRow> logged = new ArrayList<>();
    Progress progress = new Progress(spec.commandLine().getErr(), !quiet && System.console() != null,
        config.iterations());
    // Checked between the steps of an iteration too, so that a large network stops within a step.
    BooleanSupplier stop = ctrlC::requested;
    for (int it = 1; it <= config.iterations() && !ctrlC.requested(); it++) {
      boolean newRows = false;
      for (int i = 0; i < trainers.size(); i++) {
        Trainer t = trainers.get(i);
        if (t.diverged()) {
          continue;
        }
        if (!t.iterate(stop)) {
          break;
        }
        if (t.diverged()) {
          // The iteration it diverged in never completed: the row carries its number and the cause.
          logged.add(RunFiles.LoggedRow.diverged(i, t.run(), t.iteration() + 1, t.problem()));
          newRows = true;
          continue;
        }
        if (t.iteration() == it && (it % config.evaluation().logEvery() == 0
            || it == config.iterations())) {
          List<MetricsRow> rows = t.rows();
          Evaluation e = t.evaluate(rowRequest);
          logged.add(new RunFiles.LoggedRow(i, t.run(), rows.get(rows.size() - 1), e.modes(),
              e.exactW1()));
          newRows = true;
        }
      }
      if (newRows) {
        files.writeMetrics(logged);
      }
      progress.update(it, trainers.stream().map(t -> new Progress.RunState(
          t.run().method().kind().cliName(), t.diverged())).toList(), "");
    }
    progress.done();
    List<Evaluation> last = new ArrayList<>();
    EvaluationRequest full = new EvaluationRequest(true, fixed);
    for (Trainer t : trainers) {
      last.add(t.diverged() ? t.evaluateLastGoodState(full) : t.evaluate(full));
    }
    files.writeMetrics(logged);
    files.writeSamples(config.runs(), last);
    PrintWriter console = spec.commandLine().getOut();
    for (int i = 0; i < trainers.size(); i++) {
      Trainer t = trainers.get(i);
      Path figure = files.writeSurface(i, t.run(), last.get(i), t.problem());
      Evaluation e = last.get(i);
      console.println(String.format(Locale.ROOT, "%-28s iteration %6d  W^ %9.4f%s%s  -> %s",
          t.run().method().label(), e.iteration(), e.wassersteinEstimate(),
          Double.isNaN(e.exactW1()) ? "" : String.format(Locale.ROOT, "  exact W1 %.4f", e.exactW1()),
          e.modes() == null ? "" : String.format(Locale.ROOT, "  modes %d/%d (%.0f%% high quality)",
              e.modes().modesCaptured(), e.modes().modeCount(), 100 * e.modes().highQualityFraction()),
          figure.getFileName()));
      if (t.diverged()) {
        console.println("  diverged: " + t.problem() + "; its samples and surface show its last good"
            + " state, iteration " + e.iteration());
      }
    }
    console.println("wrote config.json, metrics.csv, samples.csv and " + trainers.size()
        + " surface CSV/PNG pairs to " + files.directory());
    if (ctrlC.requested()) {
      int steps = trainers.stream().mapToInt(Trainer::stepsIntoIteration).max().orElse(0);
      console.println("interrupted: files hold the state at iteration "
          + trainers.stream().mapToInt(Trainer::iteration).min().orElse(0) + " (each run's own above)"
          + (steps == 0 ? "" : "; a run stopped " + steps + " critic step" + (steps == 1 ? "" : "s")
              + " into the next"));
      return ExitCodes.INTERRUPTED;
    }
    return trainers.stream().anyMatch(Trainer::diverged) ? ExitCodes.DIVERGED : ExitCodes.DONE;
  }
}
