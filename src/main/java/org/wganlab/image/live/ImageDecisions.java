package org.wganlab.image.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.wganlab.export.RunFolder;
import org.wganlab.image.ImageExperiment;
import org.wganlab.train.Command;
import org.wganlab.train.EvaluationRequest;
import org.wganlab.train.ExperimentConfig;
import org.wganlab.train.LatentWalk;
import org.wganlab.train.Notice;
import org.wganlab.train.Pace;
import org.wganlab.train.SessionState;
import org.wganlab.train.StepKind;
import org.wganlab.train.Transport;

/**
 * What each command does to an {@link ImageLab}: the transport, live edits of the settings an image
 * run takes live, and a refusal for the rest, which an image run cannot take while it exists (a new
 * command must be answered here, or this does not compile). Runs on the training thread.
 */
final class ImageDecisions implements Command.Handler {
  private final ImageLab lab;

  ImageDecisions(ImageLab lab) {
    this.lab = lab;
  }

  @Override
  public void play() {
    if (lab.training() != null) {
      lab.transport().play(!lab.training().finished());
    } else if (lab.startup() != null) {
      lab.begin(lab.startup(), true);
    } else {
      takeOver("Play", true);
    }
  }

  @Override
  public void pause() {
    lab.holdStartup();
    lab.transport().pause(lab.startup() != null ? "the run is made ready and then waits for Play."
        : Transport.KEPT);
  }

  @Override
  public void step(StepKind kind) {
    if (lab.training() == null && lab.startup() == null && !takeOver("Step", false)) {
      return;
    }
    lab.completeStartup();
    if (lab.training() != null) {
      // A checkpoint holds whole iterations, so an image step is always one.
      lab.transport().step(lab::train, "One iteration of every run (image runs step by whole"
          + " iterations).");
    }
  }

  @Override
  public void setPace(Pace next) {
    lab.transport().setPace(next);
  }

  /**
   * Starts resuming the followed folder from its checkpoints; false, with a notice, when it may not
   * (another process writes the folder) or cannot (it holds no readable run).
   */
  private boolean takeOver(String what, boolean play) {
    try {
      FolderContents now = lab.watch().readNow();
      String note = now.writerNote(System.currentTimeMillis());
      if (!note.isEmpty()) {
        lab.tell(Notice.Level.ERROR, what + " refused: " + note);
        return false;
      }
      // A resumed run logs what it logged before: the quality number only if it measured one.
      lab.begin(new RunStartup(now.experiment(), lab.folder(), RunFolder.Use.RESUME, lab.setup(),
          now.metrics().measuredQuality() ? lab.setup().qualityCache() : null), play);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      lab.tell(Notice.Level.ERROR, what + " refused: " + e.getMessage());
      return false;
    }
  }

  @Override
  public void reset() {
    Training training = lab.training();
    if (training == null) {
      lab.tell(Notice.Level.WARNING, "Reset replaces a run the app trains; "
          + (lab.startup() != null ? "this one is still being made ready." : "this folder is only"
          + " followed."));
      return;
    }
    try {
      lab.replaceTraining(Training.open(lab.experiment(), training.images(), lab.folder(),
          RunFolder.Use.OVERWRITE, lab.setup().qualityCache()));
      lab.tell(Notice.Level.INFO, "Reset: new networks at iteration 0; the folder's earlier files are"
          + " replaced. Press Play.");
    } catch (IOException | IllegalArgumentException e) {
      lab.replaceTraining(null);
      lab.tell(Notice.Level.ERROR, "Reset failed: " + e.getMessage());
    }
  }

  /**
   * A method's parameters, a learning rate or n_critic, applied from the next iteration and written
   * to the folder's config and checkpoints; anything else is refused, and so is every edit of a
   * folder that is only followed or still being made ready.
   */
  @Override
  public void edit(Command.Edit edit) {
    Training training = lab.training();
    if (training == null) {
      lab.tell(Notice.Level.WARNING, "Not applied: " + edit.what() + ": " + (lab.startup() != null
          ? "the run is still being made ready; try again in a moment."
          : "this folder is only followed; Play resumes it here, and then its settings change"
          + " live."));
      return;
    }
    ImageExperiment next;
    try {
      next = LiveEdit.apply(lab.experiment(), edit);
    } catch (IllegalArgumentException e) {
      lab.tell(Notice.Level.ERROR, "Not applied: " + edit.what() + ": " + e.getMessage() + ".");
      return;
    }
    if (next.equals(lab.experiment())) {
      return;
    }
    try {
      training.reconfigure(next);
      lab.edited(next);
      lab.tell(Notice.Level.INFO, edit.what() + ": applied from the next iteration; the folder's"
          + " config.json and checkpoints hold it, so a resumed run goes on with it too.");
    } catch (IOException | UncheckedIOException e) {
      lab.tell(Notice.Level.ERROR, "Not applied: " + edit.what() + ": the run folder could not be"
          + " written (" + e.getMessage() + "); the runs go on as they were.");
    }
  }

  @Override
  public void replace(ExperimentConfig config) {
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
    lab.walk(walk);
  }

  private void refuse() {
    lab.tell(Notice.Level.WARNING, "Image runs cannot change that while they exist: start a new image"
        + " experiment with other settings.");
  }
}
