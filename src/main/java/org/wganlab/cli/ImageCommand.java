package org.wganlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wganlab.data.DataFormatException;
import org.wganlab.data.image.ImageDataLoader;
import org.wganlab.data.image.ImageDataOptions;
import org.wganlab.data.image.TrainTestImages;
import org.wganlab.export.ConfigJson;
import org.wganlab.export.DamagedFileException;
import org.wganlab.export.RunFolder;
import org.wganlab.image.CheckpointFile;
import org.wganlab.image.ClassifierQuality;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageMemory;
import org.wganlab.image.ImageMetricsRow;
import org.wganlab.image.ImageNetwork;
import org.wganlab.image.ImageRunFolder;
import org.wganlab.image.ImageSession;
import org.wganlab.image.ImageTrainer;
import org.wganlab.image.SavedCheckpoints;
import org.wganlab.metrics.image.QualityMeter;
import org.wganlab.nn.backend.BackendKind;
import org.wganlab.nn.backend.BackendReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code wgan-lab image ... --out DIR}: trains the WGAN-GP paper's image networks with one or more
 * methods side by side on Fashion-MNIST, MNIST or a folder of pictures, for runs too long to watch:
 * metrics, sample grids, quality scores and checkpoints go to the run folder as it trains, and
 * {@code --resume} continues from the last checkpoint. Ctrl-C stops before the next critic or
 * generator step, checkpoints every run at a whole iteration (a run stopped inside one keeps its
 * earlier checkpoint) and exits with 130.
 */
@Command(name = "image", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Trains WGAN critics and generators on images (Fashion-MNIST by default).")
public final class ImageCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;
  @Mixin
  private ImageOptions options;
  @Mixin
  private BackendOption backend;
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Run folder.")
  private Path out;
  @Option(names = "--resume", description = "Continue the run in --out from its checkpoints.")
  private boolean resume;
  @Option(names = "--overwrite",
      description = "Replace the run already in --out (its own files are deleted first).")
  private boolean overwrite;
  @Option(names = "--quiet", description = "No progress line.")
  private boolean quiet;
  @Option(names = "--no-quality", description = "Skip the quality metric (and its classifier).")
  private boolean noQuality;
  @Option(names = "--cache", paramLabel = "DIR", description = "Where the quality metric's classifier"
      + " is kept once trained (default: the user's cache folder, e.g. ~/.cache/wgan-lab).")
  private Path cache;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (out.toString().isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--out must name a folder, not \"\"");
    }
    ImageExperiment experiment;
    TrainTestImages images;
    if (resume && overwrite) {
      throw new ParameterException(spec.commandLine(),
          "--resume continues the run in --out and --overwrite replaces it: give one of them");
    }
    try {
      experiment = resume ? resumedExperiment() : options.toExperiment(options.config != null
          ? ConfigJson.read(options.config, ImageExperiment.class)
          : ImageExperiment.reference(options.dataOrDefault(), options.method.methodKinds()));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    } catch (ConfigJson.InvalidConfigException | RefusedResume | DamagedFileException e) {
      err.println("wgan-lab image: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    String tooLarge = ImageMemory.of(experiment).refusal();
    if (tooLarge != null) {
      err.println("wgan-lab image: " + tooLarge);
      return ExitCodes.BAD_INPUT;
    }
    try {
      images = ImageDataLoader.load(Path.of(experiment.data()), new ImageDataOptions(
          experiment.size(), experiment.channels(), experiment.limit()));
    } catch (DataFormatException e) {
      err.println("wgan-lab image: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    ImageRunFolder folder = ImageRunFolder.open(out, resume ? RunFolder.Use.RESUME
        : overwrite ? RunFolder.Use.OVERWRITE : RunFolder.Use.NEW);
    folder.writeConfig(experiment);
    // The hook waits until the summary is printed, so that a stopped run still says where it stopped.
    try (CtrlC ctrlC = new CtrlC()) {
      return train(experiment, images, folder, ctrlC);
    }
  }

  /**
   * The run folder's own config, with a larger {@code --iterations} if given: a resumed run goes on
   * exactly as it was configured, so that its rows stay comparable. Options that restate the config
   * are accepted, those that would change it refused by name (see {@link ResumeCheck}), and so is an
   * {@code --iterations} below the iteration the checkpoints already hold, which would leave a
   * config that contradicts them. Every checkpoint is read and checked here, before anything is
   * loaded or written.
   */
  private ImageExperiment resumedExperiment()
      throws IOException, ConfigJson.InvalidConfigException, RefusedResume {
    ImageExperiment saved = ConfigJson.read(out.resolve("config.json"), ImageExperiment.class);
    List<String> differ = ResumeCheck.differing(spec.commandLine().getParseResult(), saved);
    if (!differ.isEmpty()) {
      throw new RefusedResume(String.join(", ", differ) + (differ.size() == 1 ? " differs" : " differ")
          + " from the run in " + out + ", which --resume continues as its config.json says; leave"
          + (differ.size() == 1 ? " it" : " them") + " out, or start a new run in another folder");
    }
    ImageExperiment experiment = options.iterations == null ? saved
        : saved.withIterations(options.iterations);
    int latest = SavedCheckpoints.latestIteration(out, saved);
    if (experiment.iterations() < latest) {
      throw new RefusedResume("--iterations " + experiment.iterations() + " is below iteration "
          + latest + ", which the checkpoints in " + out + " hold; give " + latest + " or more");
    }
    return experiment;
  }

  /** A resume that cannot continue the run in the folder as asked; the message says why. */
  private static final class RefusedResume extends Exception {
    private static final long serialVersionUID = 1L;

    RefusedResume(String message) {
      super(message);
    }
  }

  private int train(ImageExperiment experiment, TrainTestImages images, ImageRunFolder folder,
      CtrlC ctrlC) throws IOException {
    PrintWriter console = spec.commandLine().getOut();
    BackendReport report = backend.start();
    console.println(report.line());
    if (report.kind() == BackendKind.CUDA && experiment.network() == ImageNetwork.MLP) {
      spec.commandLine().getErr().println("wgan-lab image: --network mlp runs on the CPU only"
          + " (its passes use host memory); add --backend cpu");
      return ExitCodes.BAD_INPUT;
    }
    console.println(String.format(Locale.ROOT, "training on %d images of %dx%dx%d from %s",
        images.train().count(), experiment.channels(), experiment.size(), experiment.size(),
        experiment.data()));
    ImageSession session = new ImageSession(experiment, images.train(), images.test(), folder,
        quality(images, console));
    if (resume) {
      int restored;
      try {
        restored = session.restoreCheckpoints();
      } catch (DamagedFileException e) {
        spec.commandLine().getErr().println("wgan-lab image: " + e.getMessage());
        return ExitCodes.BAD_INPUT;
      }
      console.println("resumed " + restored + " of " + experiment.runs().size()
          + " runs at iteration " + session.trainers().stream().mapToInt(ImageTrainer::iteration)
              .min().orElse(0));
    }
    Progress progress = new Progress(spec.commandLine().getErr(),
        !quiet && System.console() != null, experiment.iterations());
    ImageSession.Outcome outcome = session.run(ctrlC::requested, (it, trainers) -> progress.update(
        it, trainers.stream().map(t -> new Progress.RunState(t.run().method().kind().cliName(),
            t.diverged())).toList(), imagesPerSecond(trainers)));
    progress.done();
    for (ImageTrainer t : session.trainers()) {
      List<ImageMetricsRow> rows = t.rows();
      ImageMetricsRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      console.println(String.format(Locale.ROOT, "%-34s iteration %6d%s%s",
          t.run().method().label(), t.iteration(), last == null ? "" : String.format(Locale.ROOT,
              "  W^ %8.4f  median |grad D| %.3f  %.0f images/s", last.wassersteinEstimate(),
              last.gradNormMedian(), last.imagesPerSecond()),
          last == null || Double.isNaN(last.quality().frechetDistance()) ? ""
              : String.format(Locale.ROOT, "  FD %.3f", last.quality().frechetDistance())));
      if (t.diverged()) {
        console.println("  diverged: " + t.problem());
      }
    }
    console.println("wrote " + String.join(", ", folder.writtenParts()) + " to "
        + folder.directory());
    if (outcome == ImageSession.Outcome.STOPPED) {
      StopReport.lines(session, folder).forEach(console::println);
      return ExitCodes.INTERRUPTED;
    }
    return session.trainers().stream().anyMatch(ImageTrainer::diverged) ? ExitCodes.DIVERGED
        : ExitCodes.DONE;
  }

  /**
   * The quality metric, unless switched off or the data have no labels to train its classifier on;
   * says which, and the classifier's accuracy and the metric's floor when there is one.
   */
  private ClassifierQuality quality(TrainTestImages images, PrintWriter console) {
    if (noQuality) {
      return null;
    }
    if (!ClassifierQuality.applies(images.train(), images.test())) {
      console.println("quality: not measured (the data have no labels to train its classifier on)");
      return null;
    }
    PrintWriter err = spec.commandLine().getErr();
    boolean show = !quiet && System.console() != null;
    ClassifierQuality quality = ClassifierQuality.prepare(images.train(), images.test(),
        cache != null ? cache : QualityMeter.defaultCacheDirectory(), (stage, fraction) -> {
          if (show) {
            err.printf(Locale.ROOT, "\r%s: %3.0f%%", stage, 100 * fraction);
            err.flush();
          }
        });
    if (show) {
      err.println();
    }
    console.println(String.format(Locale.ROOT, "quality: Frechet distance in the features of a"
        + " classifier trained here (test accuracy %.1f%%) on %d generated images; %d real training"
        + " images score %.3f", 100 * quality.classifierAccuracy(), ClassifierQuality.SAMPLES,
        ClassifierQuality.SAMPLES, quality.floor()));
    return quality;
  }

  private static String imagesPerSecond(List<ImageTrainer> trainers) {
    double sum = 0;
    for (ImageTrainer t : trainers) {
      List<ImageMetricsRow> rows = t.rows();
      if (!rows.isEmpty()) {
        sum += rows.get(rows.size() - 1).imagesPerSecond();
      }
    }
    return sum > 0 ? String.format(Locale.ROOT, "  %.0f images/s", sum / trainers.size()) : "";
  }
}
