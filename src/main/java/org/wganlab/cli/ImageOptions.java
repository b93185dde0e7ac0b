package org.wganlab.cli;

import static org.wganlab.cli.TrainOptions.or;

import java.nio.file.Path;
import java.util.List;
import org.wganlab.data.image.IdxFolder;
import org.wganlab.image.ImageExperiment;
import org.wganlab.image.ImageNetwork;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code image} and how they turn into an {@link ImageExperiment}: the paper's
 * reference settings, or a config file, with every option given on the command line laid over it.
 */
final class ImageOptions {
  @Option(names = "--config", paramLabel = "FILE", description = "Start from this config.json.")
  Path config;
  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder of the four IDX files (gzipped or not) or of PNG/JPEG pictures "
          + "(default: where Debian's dataset-fashion-mnist puts Fashion-MNIST).")
  String data;
  @Option(names = "--iterations", paramLabel = "N", description = "Generator iterations (default 1000).")
  Integer iterations;
  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1).")
  Long seed;
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
  @Option(names = "--batch", paramLabel = "N", description = "Batch size (default 64).")
  Integer batch;
  @Option(names = "--critic-iters", paramLabel = "N", description = "Critic steps per generator step (default 5).")
  Integer criticIters;
  @Mixin
  MethodOptions method;
  @Option(names = "--log-every", paramLabel = "N", description = "A metrics row every N iterations (default 10).")
  Integer logEvery;
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
    method.checkSettings();
    ImageExperiment b = method.methods == null ? base
        : base.withRuns(method.methodKinds().stream().map(ImageExperiment::referenceRun).toList());
    return new ImageExperiment(or(data, b.data()), or(size, b.size()), or(channels, b.channels()),
        or(limit, b.limit()), or(seed, b.seed()), or(iterations, b.iterations()),
        or(batch, b.batch()), or(criticIters, b.criticIters()), or(dim, b.dim()),
        or(noise, b.noiseDim()), network != null ? ImageNetwork.parse(network) : b.network(),
        b.runs().stream().map(method::overlay).toList(), or(logEvery, b.logEvery()),
        or(sampleEvery, b.sampleEvery()), or(evalEvery, b.evalEvery()),
        or(checkpointEvery, b.checkpointEvery()));
  }
}
