package org.wganlab.image.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.wganlab.export.RunFolder;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageMetricsRow;
import org.wganlab.train.Command;
import org.wganlab.train.EvaluationRequest;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.LatentWalk;
import org.wganlab.train.LoopedSession;
import org.wganlab.train.Notice;
import org.wganlab.train.Pace;
import org.wganlab.train.PacedRounds;
import org.wganlab.train.RunStatus;
import org.wganlab.train.SessionState;
import org.wganlab.train.StepKind;

/**
 * The one owner of an image experiment in the app: its run folder, whether it trains or only follows
 * the folder, how fast, and its runs. Views propose transport {@link Command}s (Play, Pause, Step,
 * SetPace, Reset); the session decides and answers in its next {@link ImageSnapshot}. A folder opened
 * from disk is first only followed (its files re-read every second, nothing written); Play or Step
 * resumes training from its checkpoints unless another process writes it (see
 * {@link FolderContents#WRITER_QUIET_MILLIS}). Loading data and building networks happen on the
 * training thread, at the first {@link #tick()} or command. A resumed folder measures the quality
 * number only if its metrics hold one (the {@code image} command's {@code --no-quality} leaves none).
 * Method parameters, the learning rate and n_critic
 * cannot change under a running image trainer; such edits are refused with a notice.
 */
public final class ImageLab implements LoopedSession<ImageSnapshot> {
  /** How often a followed folder is read again, and a training folder's grids listed. */
  static final long POLL_MILLIS = 1000;
  private final Path folder;
  private final Setup setup;
  private final AtomicBoolean stop = new AtomicBoolean();
  private ImageExperiment toCreate;
  private ImageExperiment experiment;
  private FolderContents contents;
  private Training training;
  private List<List<Integer>> saved = List.of();
  private long lastPoll = Long.MIN_VALUE / 2;
  private boolean playing;
  private final PacedRounds rounds = new PacedRounds();
  private final Decisions decisions = new Decisions();
  private final LatentWalks walks = new LatentWalks();
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

  private ImageLab(Path folder, Setup setup, ImageExperiment toCreate) {
    this.folder = folder;
    this.setup = setup;
    this.toCreate = toCreate;
    this.experiment = toCreate;
  }

  /** A session that follows the run in {@code folder}, read-only until Play or Step. */
  public static ImageLab open(Path folder, Setup setup) {
    return new ImageLab(folder, setup, null);
  }

  /** A session of a new run of {@code experiment} in {@code folder}, which must be empty or missing. */
  public static ImageLab create(ImageExperiment experiment, Path folder, Setup setup) {
    return new ImageLab(folder, setup, experiment);
  }

  @Override
  public boolean playing() {
    return playing;
  }

  @Override
  public Pace pace() {
    return rounds.pace();
  }

  @Override
  public long nanosUntilDue(long now) {
    return rounds.nanosUntilDue(now);
  }

  @Override
  public void apply(Command command) {
    command.dispatchTo(decisions);
  }

  /**
   * What each command does to an image experiment: the transport, and a refusal for the edits an
   * image run cannot take while it exists (a new command must be answered here, or this does not
   * compile).
   */
  private final class Decisions implements Command.Handler {
    @Override
    public void play() {
      if (takeOver("Play")) {
        playing = !training.finished();
        rounds.restart();
        tell(Notice.Level.INFO, playing ? "Training at " + rounds.pace().displayName() + "."
            : "Every run is through (finished or diverged): nothing to train.");
      }
    }

    @Override
    public void pause() {
      playing = false;
      tell(Notice.Level.INFO, "Paused after the iteration under way; everything is kept.");
    }

    @Override
    public void step(StepKind kind) {
      if (takeOver("Step")) {
        playing = false;
        // A checkpoint holds whole iterations, so an image step is always one.
        train();
        tell(Notice.Level.INFO, "One iteration of every run (image runs step by whole iterations).");
      }
    }

    @Override
    public void setPace(Pace next) {
      rounds.set(next);
    }

    @Override
    public void reset() {
      ImageLab.this.reset();
    }

    @Override
    public void replace(ExperimentConfig config) {
      refuse();
    }

    @Override
    public void edit(Command.Edit edit) {
      refuse();
    }

    @Override
    public void discardPending() {
      refuse();
    }

    @Override
    public void addRun(Command.AddRun add) {
      refuse();
    }

    @Override
    public void removeRun(int index) {
      refuse();
    }

    @Override
    public void evaluate(EvaluationRequest request) {
      refuse();
    }

    @Override
    public void capture(Consumer<SessionState> receiver) {
      refuse();
    }

    @Override
    public void restore(SessionState state, String source) {
      refuse();
    }

    @Override
    public void walk(LatentWalk walk) {
      // Drawn at the end of the round (see tick): of many walks queued meanwhile, only the newest.
      walks.request(walk);
    }

    private void refuse() {
      tell(Notice.Level.WARNING, "Image runs cannot change that while they exist: start a new image"
          + " experiment with other settings.");
    }
  }

  /**
   * Makes the session train into its folder, resuming from its checkpoints; false, with a notice,
   * when it may not (another process writes the folder) or cannot.
   */
  private boolean takeOver(String what) {
    if (toCreate != null) {
      createNew();
    }
    if (training != null) {
      return true;
    }
    try {
      FolderContents now = FolderContents.read(folder);
      String note = now.writerNote(System.currentTimeMillis());
      if (!note.isEmpty()) {
        tell(Notice.Level.ERROR, what + " refused: " + note);
        return false;
      }
      experiment = now.experiment();
      // A resumed run logs what it logged before: the quality number only if it measured one.
      training = Training.open(experiment, folder, RunFolder.Use.RESUME, setup.workingFolder(),
          now.metrics().measuredQuality() ? setup.qualityCache() : null);
      contents = null;
      return true;
    } catch (IOException | IllegalArgumentException e) {
      tell(Notice.Level.ERROR, what + " refused: " + e.getMessage());
      return false;
    }
  }

  /** Loads the data and builds the new run's networks; a failure is told, and nothing trains. */
  private void createNew() {
    ImageExperiment next = toCreate;
    toCreate = null;
    try {
      training = Training.open(next, folder, RunFolder.Use.NEW, setup.workingFolder(),
          setup.qualityCache());
      tell(Notice.Level.INFO, "New image run in " + folder + ". Press Play.");
    } catch (IOException | IllegalArgumentException e) {
      experiment = null;
      tell(Notice.Level.ERROR, "The new image run cannot start: " + e.getMessage());
    }
  }

  private void reset() {
    if (training == null) {
      tell(Notice.Level.WARNING, "Reset replaces a run the app trains; this folder is only followed.");
      return;
    }
    try {
      training = Training.open(experiment, folder, RunFolder.Use.OVERWRITE, setup.workingFolder(),
          setup.qualityCache());
      playing = false;
      tell(Notice.Level.INFO, "Reset: new networks at iteration 0; the folder's earlier files are"
          + " replaced. Press Play.");
    } catch (IOException | IllegalArgumentException e) {
      training = null;
      playing = false;
      tell(Notice.Level.ERROR, "Reset failed: " + e.getMessage());
    }
  }

  @Override
  public boolean tick(long now) {
    boolean changed = advance(now);
    return drawWalk() || changed;
  }

  /** Draws the latent walk if it, or a generator, changed; whether it did. */
  private boolean drawWalk() {
    if (training != null) {
      walks.forgetSaved();
      return walks.drawTraining(experiment, training.trainers());
    }
    return contents != null && walks.drawSaved(experiment, folder);
  }

  /** One round: loading, following, or training while playing; whether anything changed. */
  private boolean advance(long now) {
    if (toCreate != null) {
      createNew();
      return true;
    }
    if (training == null) {
      return follow();
    }
    if (!playing) {
      return poll();
    }
    if (!rounds.start(now)) {
      return false;
    }
    train();
    if (playing && training.finished()) {
      playing = false;
      finish();
      tell(Notice.Level.INFO, "Every run is through (finished or diverged); checkpoints and last"
          + " images are in " + folder + ".");
    }
    return true;
  }

  /** One iteration of every run; a failure to write stops training and says so. */
  private void train() {
    try {
      if (!training.iterate(stop::get)) {
        playing = false;
      }
      // An iteration takes far longer than listing the folder: list it after every one, so a grid
      // written by the last iterations is never missed (the poll's throttle is for idle ticks).
      listGrids();
    } catch (IOException | UncheckedIOException e) {
      playing = false;
      tell(Notice.Level.ERROR, "Training stopped: " + e.getMessage());
    }
  }

  /** Lists the saved grids of a training folder at most once per {@link #POLL_MILLIS}. */
  private boolean poll() {
    return pollDue() && listGrids();
  }

  /** Lists the saved grids of a training folder now; whether they changed. */
  private boolean listGrids() {
    try {
      List<List<Integer>> next = FolderContents.gridsIn(folder, experiment.runs().size());
      boolean changed = !next.equals(saved);
      saved = next;
      return changed;
    } catch (IOException e) {
      return false;
    }
  }

  /** Reads a followed folder again at most once per {@link #POLL_MILLIS}; whether it changed. */
  private boolean follow() {
    if (!pollDue()) {
      return false;
    }
    try {
      FolderContents next = FolderContents.read(folder);
      boolean changed = contents == null || next.lastChangeMillis() != contents.lastChangeMillis()
          || !next.metrics().equals(contents.metrics());
      contents = next;
      experiment = next.experiment();
      saved = next.savedGrids();
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

  /** Whether {@link #POLL_MILLIS} passed since the last read of the folder; if so, this one counts. */
  private boolean pollDue() {
    long now = System.currentTimeMillis();
    if (now - lastPoll < POLL_MILLIS) {
      return false;
    }
    lastPoll = now;
    return true;
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

  private void tell(Notice.Level level, String text) {
    notice = new Notice(notice.number() + 1, level, text);
  }

  @Override
  public ImageSnapshot snapshot() {
    if (training != null) {
      return new ImageSnapshot(++sequence, folder, ImageSnapshot.Access.TRAINING, experiment,
          playing, rounds.pace(), training.states(playing, saved), training.data(),
          training.realImages(), "", notice, walks.pictures());
    }
    String writer = contents == null ? "" : contents.writerNote(System.currentTimeMillis());
    return new ImageSnapshot(++sequence, folder, ImageSnapshot.Access.WATCHING, experiment, false,
        rounds.pace(), followed(writer), "", null, writer, notice, walks.pictures());
  }

  /** The runs of a followed folder, as far as its files tell. */
  private List<ImageRunState> followed(String writer) {
    List<ImageRunState> out = new ArrayList<>();
    if (contents == null) {
      return out;
    }
    for (int i = 0; i < experiment.runs().size(); i++) {
      List<ImageMetricsRow> rows = contents.metrics().rowsOf(i);
      List<Integer> grids = saved.get(i);
      int iteration = Math.max(rows.isEmpty() ? 0 : rows.get(rows.size() - 1).iteration(),
          grids.isEmpty() ? 0 : grids.get(grids.size() - 1));
      String problem = contents.metrics().problemOf(i);
      RunStatus status = !problem.isEmpty() ? RunStatus.DIVERGED
          : iteration >= experiment.iterations() ? RunStatus.FINISHED
          : !writer.isEmpty() ? RunStatus.RUNNING : RunStatus.PAUSED;
      out.add(new ImageRunState(i, experiment.runs().get(i), status, problem, iteration, rows, null,
          -1, grids, null, null));
    }
    return out;
  }
}
