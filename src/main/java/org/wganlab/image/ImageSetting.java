package org.wganlab.image;

import java.util.List;
import org.wganlab.method.MethodKind;
import org.wganlab.nn.OptimizerConfig;
import org.wganlab.train.RunConfig;

/**
 * The image experiments the app starts from. {@link #PAPER} is the WGAN-GP paper's MNIST setting;
 * {@link #CLASSROOM} is sized, by measurement, for a lesson: on a 2-core laptop, within ten minutes
 * of Play with clipping, GP and W-div side by side, GP's and W-div's samples are garments and
 * clipping's are not, and the quality number says so. It halves the networks' width and the batch
 * (about an eighth of the paper's multiply-adds per iteration) and trains the two penalties at three
 * times their paper learning rate (Adam 3e-4), which they take without trouble; clipping keeps the
 * WGAN paper's RMSProp 5e-5. Clipping at three times its rate too learns faster but still lags: the
 * image mode's page gives both measurements.
 */
public enum ImageSetting {
  /** The WGAN-GP paper's MNIST settings: DIM 64, batch 64, its learning rates. */
  PAPER("The paper's settings (DIM 64, batch 64)"),
  /** Sized for ten minutes in front of a class: DIM 32, batch 32, the penalties at 3e-4. */
  CLASSROOM("Classroom: clipping vs GP vs W-div in 10 minutes");

  /** The classroom networks' width DIM: half the paper's. */
  public static final int CLASSROOM_DIM = 32;
  /** The classroom batch: half the reference batch. */
  public static final int CLASSROOM_BATCH = 32;
  /** The classroom learning rate of the penalties' runs, as a multiple of their paper rate. */
  public static final double CLASSROOM_RATE_FACTOR = 3;
  /** Classroom iterations: more than ten minutes reach, so a class can watch it go on. */
  public static final int CLASSROOM_ITERATIONS = 3000;
  /** A classroom sample grid every 50 iterations, for a finer history slider. */
  public static final int CLASSROOM_SAMPLE_EVERY = 50;
  /** The classroom quality number every 100 iterations, so its chart fills during the lesson. */
  public static final int CLASSROOM_EVAL_EVERY = 100;

  private final String displayName;

  ImageSetting(String displayName) {
    this.displayName = displayName;
  }

  /** The name menus and dialogs show. */
  public String displayName() {
    return displayName;
  }

  /** This setting on {@code data} with {@code methods} side by side. */
  public ImageExperiment experiment(String data, List<MethodKind> methods) {
    ImageExperiment paper = ImageExperiment.reference(data, methods);
    if (this == PAPER) {
      return paper;
    }
    List<RunConfig> runs = paper.runs().stream()
        .map(run -> run.method().kind() == MethodKind.CLIP ? run : faster(run)).toList();
    return new ImageExperiment(paper.data(), paper.size(), paper.channels(), paper.limit(),
        paper.seed(), CLASSROOM_ITERATIONS, CLASSROOM_BATCH, paper.criticIters(), CLASSROOM_DIM,
        paper.noiseDim(), paper.network(), runs, paper.logEvery(), CLASSROOM_SAMPLE_EVERY,
        CLASSROOM_EVAL_EVERY, paper.checkpointEvery());
  }

  private static RunConfig faster(RunConfig run) {
    OptimizerConfig o = run.optimizer();
    return run.withOptimizer(new OptimizerConfig(o.kind(), o.learningRate() * CLASSROOM_RATE_FACTOR,
        o.beta1(), o.beta2()));
  }
}
