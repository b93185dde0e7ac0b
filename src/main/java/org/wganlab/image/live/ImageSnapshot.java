package org.wganlab.image.live;

import java.nio.file.Path;
import java.util.List;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageRunFolder;
import org.wganlab.train.Notice;
import org.wganlab.train.Pace;

/**
 * An image experiment at one moment, immutable: what a view draws.
 *
 * @param sequence increases with every snapshot of a session
 * @param folder the run folder
 * @param access whether the session trains into the folder or only follows it
 * @param experiment the folder's config, or null while it is not read (or unreadable)
 * @param playing whether the session trains
 * @param pace how fast it trains when playing
 * @param runs the runs, in config order
 * @param data the training data in words ("60,000 images of 28 x 28 x 1 from ..."); while the
 *     run is made ready ({@link Access#LOADING}), what is being done; otherwise empty
 * @param realImages {@link #GRID_IMAGES} held-out images (NCHW values in [0, 1]) to show beside the
 *     samples, or null while no data is loaded
 * @param writerNote why training into the folder is refused (another process writes it), or empty
 * @param notice the session's answer to the last command that needed one
 * @param walk the latent walk as every run's generator drew it, or null while none was asked for
 */
public record ImageSnapshot(long sequence, Path folder, Access access, ImageExperiment experiment,
    boolean playing, Pace pace, List<ImageRunState> runs, String data, float[] realImages,
    String writerNote, Notice notice, WalkPictures walk) {
  /** Images in a sample grid, as in the run folder's grids. */
  public static final int GRID_IMAGES = ImageRunFolder.GRID_IMAGES;

  /** Freezes the runs. */
  public ImageSnapshot {
    runs = List.copyOf(runs);
  }

  /** How the session uses its folder. */
  public enum Access {
    /** Follows the folder's files; writes nothing. */
    WATCHING,
    /**
     * Makes a run ready to train: reads the data, then builds the networks (restoring them from the
     * folder's checkpoints when it resumes); {@link ImageSnapshot#data()} says which.
     */
    LOADING,
    /** Trains and writes the folder. */
    TRAINING
  }
}
