package org.wganlab.image.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.wganlab.export.RunFolder;
import org.wganlab.image.ImageExperiment;
import org.wganlab.train.Command;
import org.wganlab.train.LatentWalk;
import org.wganlab.train.LoopedSession;
import org.wganlab.train.Notice;
import org.wganlab.train.Pace;
import org.wganlab.train.Transport;

/**
 * The one owner of an image experiment in the app: its run folder, whether it trains or only follows
 * the folder, how fast, and its runs. Views propose {@link Command}s; {@link ImageDecisions} decides
 * what each does and the session answers in its next {@link ImageSnapshot}. A folder opened from
 * disk is first only followed ({@link FolderWatch}: its files re-read every second, nothing
 * written); Play or Step resumes training from its checkpoints unless another process writes it
 * (see {@link FolderContents#WRITER_QUIET_MILLIS}). Reading the data and building the networks take
 * a round each on the training thread ({@link RunStartup}), each announced in the snapshot before
 * it. A resumed folder measures the quality number only if its metrics hold one (the {@code image}
 * command's {@code --no-quality} leaves none). Method parameters, learning rates and n_critic change
 * live ({@link LiveEdit}); the folder's config and checkpoints follow, so that {@code image --resume}
 * goes on as the session does. A latent walk is drawn at the end of a round, the newest asked for
 * only, with every run's generator ({@link LatentWalks}); a followed folder's checkpoints are read
 * once per change for the walk and the weight histograms alike ({@link FolderCheckpoints}).
 */
public final class ImageLab implements LoopedSession<ImageSnapshot> {
  private final Path folder;
  private final Setup setup;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final FolderWatch watch;
  private final Transport transport = new Transport(this::tell);
  private final ImageDecisions decisions = new ImageDecisions(this);
  private final LatentWalks walks = new LatentWalks();
  private RunStartup startup;
  private boolean playWhenReady;
  /** A new run that could not start leaves no folder to follow: its error stays the last word. */
  private boolean nothingToFollow;
  private ImageExperiment experiment;
  private Training training;
  private long sequence;
  private Notice notice = Notice.NONE;

  /**
   * Where the session finds what a config names.
   *
   * @param workingFolder what relative data paths are relative to
   * @param qualityCache where the quality metric's classifier is kept, or null for no quality metric
   */
  public record Setup(Path workingFolder, Path qualityCache) {
  }

  private ImageLab(Path folder, Setup setup) {
    this.folder = folder;
    this.setup = setup;
    this.watch = new FolderWatch(folder);
  }

  /** A session that follows the run in {@code folder}, read-only until Play or Step. */
  public static ImageLab open(Path folder, Setup setup) {
    return new ImageLab(folder, setup);
  }

  /** A session of a new run of {@code experiment} in {@code folder}, which must be empty or missing. */
  public static ImageLab create(ImageExperiment experiment, Path folder, Setup setup) {
    ImageLab lab = new ImageLab(folder, setup);
    lab.experiment = experiment;
    lab.begin(new RunStartup(experiment, folder, RunFolder.Use.NEW, setup, setup.qualityCache()),
        false);
    return lab;
  }

  @Override
  public boolean playing() {
    return transport.playing();
  }

  @Override
  public Pace pace() {
    return transport.pace();
  }

  @Override
  public long nanosUntilDue(long now) {
    return transport.nanosUntilDue(now);
  }

  @Override
  public void apply(Command command) {
    command.dispatchTo(decisions);
  }

  @Override
  public boolean tick(long now) {
    boolean changed = round(now);
    return walks.draw(experiment, training, watch) || changed;
  }

  /** One round: loading, following, or training while playing; whether anything changed. */
  private boolean round(long now) {
    if (startup != null) {
      return advance();
    }
    if (training == null) {
      return !nothingToFollow && follow();
    }
    if (!transport.playing()) {
      return watch.pollGrids(experiment.runs().size());
    }
    if (!transport.roundDue(now)) {
      return false;
    }
    train();
    if (transport.playing() && training.finished()) {
      transport.set(false);
      finish();
      tell(Notice.Level.INFO, "Every run is through (finished or diverged); checkpoints and last"
          + " images are in " + folder + ".");
    }
    return true;
  }

  /** Starts making a run ready over the next rounds; it plays once ready if {@code play}. */
  void begin(RunStartup next, boolean play) {
    startup = next;
    playWhenReady = play;
    tell(Notice.Level.INFO, next.doing());
  }

  /**
   * The next round of the run being made ready, unless a stop was asked; its failure is told and
   * nothing trains.
   */
  private boolean advance() {
    if (stop.get()) {
      return false;
    }
    RunStartup starting = startup;
    try {
      Training ready = starting.advance();
      if (ready == null) {
        tell(Notice.Level.INFO, starting.doing());
        return true;
      }
      startup = null;
      training = ready;
      experiment = starting.experiment();
      watch.stopFollowing();
      watch.listGrids(experiment.runs().size());
      transport.set(playWhenReady && !training.finished());
      tell(Notice.Level.INFO, starting.ready(transport.playing(), training.finished(),
          transport.pace()));
    } catch (IOException | IllegalArgumentException e) {
      startup = null;
      transport.set(false);
      if (!starting.resumes()) {
        experiment = null;
        nothingToFollow = true;
      }
      tell(Notice.Level.ERROR, starting.failed(e.getMessage()));
    }
    return true;
  }

  /** Takes every round of the run being made ready now (a Step asked before it was ready). */
  void completeStartup() {
    while (startup != null && !stop.get()) {
      advance();
    }
  }

  /** One iteration of every run; whether it was whole. A failed write stops training, saying so. */
  boolean train() {
    try {
      boolean whole = training.iterate(stop::get);
      if (!whole) {
        transport.set(false);
      }
      // An iteration takes far longer than listing the folder: list it after every one, so a grid
      // written by the last iterations is never missed (the poll's throttle is for idle ticks).
      watch.listGrids(experiment.runs().size());
      return whole;
    } catch (IOException | UncheckedIOException e) {
      transport.set(false);
      tell(Notice.Level.ERROR, "Training stopped: " + e.getMessage());
      return false;
    }
  }

  /** Reads a followed folder again when due; whether it changed. */
  private boolean follow() {
    try {
      boolean changed = watch.follow();
      experiment = watch.contents() == null ? experiment : watch.contents().experiment();
      return changed;
    } catch (IOException | IllegalArgumentException e) {
      String text = "Cannot read the run folder: " + e.getMessage();
      if (!text.equals(notice.text())) {
        tell(Notice.Level.ERROR, text);
        return true;
      }
      return false;
    }
  }

  @Override
  public void requestStop() {
    stop.set(true);
  }

  @Override
  public void finish() {
    if (training == null) {
      return;
    }
    try {
      training.finish();
      tell(Notice.Level.INFO, "Checkpointed in " + folder + ".");
    } catch (IOException | UncheckedIOException e) {
      tell(Notice.Level.ERROR, "The last checkpoint failed: " + e.getMessage());
    }
  }

  void tell(Notice.Level level, String text) {
    notice = new Notice(notice.number() + 1, level, text);
  }

  @Override
  public ImageSnapshot snapshot() {
    if (training != null) {
      return new ImageSnapshot(++sequence, folder, ImageSnapshot.Access.TRAINING, experiment,
          transport.playing(), transport.pace(), training.states(transport.playing(), watch.saved()),
          training.data(),
          training.realImages(), "", notice, walks.pictures());
    }
    if (startup != null) {
      return new ImageSnapshot(++sequence, folder, ImageSnapshot.Access.LOADING,
          startup.experiment(), false, transport.pace(), watch.followedRuns(""), startup.doing(), null,
          "", notice, walks.pictures());
    }
    String writer = watch.writerNote();
    return new ImageSnapshot(++sequence, folder, ImageSnapshot.Access.WATCHING, experiment, false,
        transport.pace(), watch.followedRuns(writer), "", null, writer, notice, walks.pictures());
  }

  Path folder() {
    return folder;
  }

  Setup setup() {
    return setup;
  }

  FolderWatch watch() {
    return watch;
  }

  Transport transport() {
    return transport;
  }

  Training training() {
    return training;
  }

  RunStartup startup() {
    return startup;
  }

  ImageExperiment experiment() {
    return experiment;
  }

  /** A run being made ready waits for Play once it is (a Pause while it loads). */
  void holdStartup() {
    playWhenReady = false;
  }

  /** Replaces the runs in training (a reset), or drops them when {@code next} is null. */
  void replaceTraining(Training next) {
    training = next;
    transport.set(false);
  }

  /** Records the newest latent walk; it is drawn at the end of the round (see {@link #tick}). */
  void walk(LatentWalk walk) {
    walks.request(walk);
  }

  /** The experiment in force after a live edit that {@code training} applied. */
  void edited(ImageExperiment next) {
    experiment = next;
  }
}
