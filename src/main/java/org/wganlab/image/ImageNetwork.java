package org.wganlab.image;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.nd4j.linalg.api.buffer.DataType;
import org.wganlab.common.CliNamed;
import org.wganlab.data.Rng;
import org.wganlab.nn.Activation;
import org.wganlab.nn.Critic;
import org.wganlab.nn.Generator;
import org.wganlab.nn.Mlp;
import org.wganlab.nn.MlpSpec;
import org.wganlab.nn.WeightInit;
import org.wganlab.nn.conv.ConvCritic;
import org.wganlab.nn.conv.ConvGenerator;

/**
 * Which networks an image experiment trains: the WGAN-GP paper's convolutional ones, or fully
 * connected ones on the flattened images (the WGAN paper's MLP comparison). Both sit behind the same
 * critic and generator contracts, so the methods, the trainer and the run folder do not know which.
 */
public enum ImageNetwork implements CliNamed {
  /** Convolutional critic and generator (ND4J operations; CPU or GPU). */
  CONV("conv"),
  /**
   * Three hidden layers of {@code 8 DIM} units (512 at DIM 64), LeakyReLU in the critic and ReLU in
   * the generator, whose output is linear. These are the toy mode's MLPs, whose passes run on host
   * memory: CPU only.
   */
  MLP("mlp");

  private static final int MLP_DEPTH = 3;
  private static final int MLP_WIDTH_PER_DIM = 8;
  private final String cliName;

  ImageNetwork(String cliName) {
    this.cliName = cliName;
  }

  @Override
  @JsonValue
  public String cliName() {
    return cliName;
  }

  /** The constant called {@code name}; throws naming the valid choices otherwise. */
  @JsonCreator
  public static ImageNetwork parse(String name) {
    return CliNamed.parse(ImageNetwork.class, name, "network");
  }

  /** A critic for {@code experiment}'s images, initialised from {@code rng}. */
  public Critic critic(ImageExperiment experiment, DataType type, Rng rng) {
    return switch (this) {
      case CONV -> ConvCritic.create(experiment.networks(), type, rng);
      case MLP -> Mlp.create(new MlpSpec(experiment.networks().imageVolume(), 1, MLP_DEPTH,
          mlpWidth(experiment), Activation.LEAKY_RELU, WeightInit.REFERENCE), type, rng);
    };
  }

  /** A generator of {@code experiment}'s images, initialised from {@code rng}. */
  Generator generator(ImageExperiment experiment, DataType type, Rng rng) {
    return switch (this) {
      case CONV -> ConvGenerator.create(experiment.networks(), type, rng);
      case MLP -> Mlp.create(new MlpSpec(experiment.noiseDim(), experiment.networks().imageVolume(),
          MLP_DEPTH, mlpWidth(experiment), Activation.RELU, WeightInit.REFERENCE), type, rng);
    };
  }

  private static int mlpWidth(ImageExperiment experiment) {
    return Math.min(MlpSpec.MAX_WIDTH, MLP_WIDTH_PER_DIM * experiment.dim());
  }
}
