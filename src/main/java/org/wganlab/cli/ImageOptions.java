package org.wganlab.cli;

import org.wganlab.data.image.IdxFolder;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageNetwork;
import picocli.CommandLine.Option;

/**
 * The options of {@code image} and how they turn into an {@link ImageExperiment}: the paper's
 * reference settings, or a config file, with every option given on the command line laid over it (the
 * options shared with {@code train} are {@link ExperimentOptions}').
 */
final class ImageOptions extends ExperimentOptions {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder of the four IDX files (gzipped or not) or of PNG/JPEG pictures "
          + "(default: where Debian's dataset-fashion-mnist puts Fashion-MNIST).")
  String data;
  @Option(names = "--size", paramLabel = "N", description = "Image size, 28 (default) or 32.")
  Integer size;
  @Option(names = "--channels", paramLabel = "N", description = "1 (gray, default) or 3 (colour).")
  Integer channels;
  @Option(names = "--limit", paramLabel = "N", description = "Use only the first N training images (default all).")
  Integer limit;
  @Option(names = "--dim", paramLabel = "N", description = "Network width DIM (default 64).")
  Integer dim;
  @Option(names = "--noise", paramLabel = "N", description = "Generator noise size (default 128).")
  Integer noise;
  @Option(names = "--network", paramLabel = "N",
      description = "conv (default: the WGAN-GP paper's networks) or mlp (3 x 8 DIM units, CPU only).")
  String network;
  @Option(names = "--sample-every", paramLabel = "N", description = "A sample grid every N iterations (default 100).")
  Integer sampleEvery;
  @Option(names = "--eval-every", paramLabel = "N",
      description = "The quality metric every N iterations; 0 (default): at the end only.")
  Integer evalEvery;
  @Option(names = "--checkpoint-every", paramLabel = "N", description = "A checkpoint every N iterations (default 100).")
  Integer checkpointEvery;

  /** The default data folder unless one is named. */
  String dataOrDefault() {
    return data != null ? data : IdxFolder.DEFAULT_FOLDER.toString();
  }

  /** The experiment these options describe; IllegalArgumentException names what is wrong. */
  ImageExperiment toExperiment(ImageExperiment base) {
    ImageExperiment b = overlay(base, ImageExperiment::referenceRun);
    return new ImageExperiment(or(data, b.data()), or(size, b.size()), or(channels, b.channels()),
        or(limit, b.limit()), b.seed(), b.iterations(), b.batch(), b.criticIters(), or(dim, b.dim()),
        or(noise, b.noiseDim()), network != null ? ImageNetwork.parse(network) : b.network(),
        b.runs(), b.logEvery(), or(sampleEvery, b.sampleEvery()), or(evalEvery, b.evalEvery()),
        or(checkpointEvery, b.checkpointEvery()));
  }
}
