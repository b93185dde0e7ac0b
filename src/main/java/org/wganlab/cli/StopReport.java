package org.wganlab.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.image.ImageRunFolder;
import org.wganlab.image.ImageSession;
import org.wganlab.image.ImageTrainer;

/**
 * What the console says when an image session was stopped: where {@code --resume} will continue each
 * run, judged by the checkpoint files actually in the folder. A run stopped inside its first
 * iteration has none, and is said to start again from iteration 0.
 */
final class StopReport {
  private StopReport() {
  }

  /** The lines to print for the stopped {@code session} writing to {@code folder}. */
  static List<String> lines(ImageSession session, ImageRunFolder folder) {
    List<ImageTrainer> trainers = session.trainers();
    List<String> lines = new ArrayList<>();
    List<String> without = new ArrayList<>();
    int held = Integer.MAX_VALUE;
    for (int i = 0; i < trainers.size(); i++) {
      ImageTrainer t = trainers.get(i);
      if (!Files.isRegularFile(folder.checkpointFile(i, t.run()))) {
        without.add(t.run().method().label());
        continue;
      }
      held = Math.min(held, session.checkpointedIteration(i));
      if (t.stoppedInsideIteration()) {
        lines.add("  " + t.run().method().label() + " was stopped inside iteration "
            + (t.iteration() + 1) + ": it keeps its checkpoint of iteration "
            + session.checkpointedIteration(i) + " (a checkpoint holds whole iterations), and"
            + " --resume trains the iterations since again");
      }
    }
    if (without.size() == trainers.size()) {
      lines.add(0, "interrupted before the first checkpoint: there is nothing to resume from, and"
          + " --resume starts every run again from iteration 0");
      return lines;
    }
    lines.add(0, "interrupted: checkpoints hold iteration " + held + "; continue with --resume");
    for (String label : without) {
      lines.add("  " + label + " has no checkpoint yet: --resume starts it again from iteration 0");
    }
    return lines;
  }
}
