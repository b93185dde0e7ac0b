package org.wganlab.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.export.DamagedFileException;
import org.wganlab.export.FieldReader;
import org.wganlab.export.FieldWriter;
import org.wganlab.export.SealedFile;

/**
 * Checkpoints on disk, sealed as every state file is ({@link SealedFile}: magic word "WGLC", version
 * 2, a SHA-256 trailer checked before anything is read, written atomically, so that a killed run
 * leaves either the previous checkpoint or the new one, never half of one). Their fields: the
 * checksum of the config the run belongs to, then the fields of {@link ImageCheckpoint} in order,
 * floats as their exact bits.
 *
 * <p>Reading checks, beyond the container's checks: that the checkpoint was written under the same
 * config (every setting but those a run may change as it trains, see
 * {@link ImageExperiment#checkpointKey()}), and that the networks and optimiser states hold finite
 * numbers only. Checkpoints of version 1, written before checksums, are refused with a message
 * saying so: they cannot be told from damaged ones.
 */
public final class CheckpointFile {
  static final SealedFile.Format FORMAT = new SealedFile.Format("checkpoint", 0x57474C43, 2,
      SealedFile.Checksum.SHA_256, "checkpoints of version 1 were written before checkpoints"
      + " carried checksums; train the run again in a new folder");
  private static final int DIGEST_BYTES = 32;
  /** Values per metrics row after its iteration. */
  private static final int ROW_VALUES = 10;

  private CheckpointFile() {
  }

  /**
   * Writes {@code checkpoint} of a run of {@code experiment} to {@code file}, replacing any previous
   * one atomically.
   */
  public static void write(Path file, ImageCheckpoint checkpoint, ImageExperiment experiment)
      throws IOException {
    byte[] config = configDigest(experiment);
    SealedFile.write(file, FORMAT, out -> {
      out.write(config);
      out.writeInt(checkpoint.iteration());
      out.writeLong(checkpoint.criticSteps());
      out.writeLong(checkpoint.trainingNanos());
      out.writeFloats(checkpoint.critic());
      out.writeFloats(checkpoint.generator());
      out.writeFloats(checkpoint.criticOptimizer());
      out.writeInt(checkpoint.criticOptimizerSteps());
      out.writeFloats(checkpoint.generatorOptimizer());
      out.writeInt(checkpoint.generatorOptimizerSteps());
      out.writeDouble(checkpoint.criticLoss());
      out.writeDouble(checkpoint.generatorLoss());
      out.writeDouble(checkpoint.penalty());
      out.writeInt(checkpoint.rows().size());
      for (ImageMetricsRow row : checkpoint.rows()) {
        writeRow(out, row);
      }
    });
  }

  /**
   * Reads the checkpoint of a run of {@code experiment}; a {@link DamagedFileException} names the file
   * and what is wrong with it, another IOException a failed read.
   */
  public static ImageCheckpoint read(Path file, ImageExperiment experiment) throws IOException {
    return SealedFile.read(file, FORMAT, in -> {
      byte[] written = in.readBytes(DIGEST_BYTES);
      if (!MessageDigest.isEqual(written, configDigest(experiment))
          && !MessageDigest.isEqual(written, wholeConfigDigest(experiment))) {
        throw new DamagedFileException(file, "belongs to another config: config.json's settings"
            + " differ from those the checkpoint was written with");
      }
      int iteration = in.readInt();
      long criticSteps = in.readLong();
      long nanos = in.readLong();
      float[] critic = finite(file, in.readFloats(), "the critic's weights hold");
      float[] generator = finite(file, in.readFloats(), "the generator's weights hold");
      float[] criticOptimizer = finite(file, in.readFloats(), "the critic's optimiser state holds");
      int criticOptimizerSteps = in.readInt();
      float[] generatorOptimizer = finite(file, in.readFloats(),
          "the generator's optimiser state holds");
      int generatorOptimizerSteps = in.readInt();
      double criticLoss = in.readDouble();
      double generatorLoss = in.readDouble();
      double penalty = in.readDouble();
      int rowCount = in.readCount(Integer.BYTES + Double.BYTES * ROW_VALUES);
      List<ImageMetricsRow> rows = new ArrayList<>();
      for (int i = 0; i < rowCount; i++) {
        rows.add(readRow(in));
      }
      return new ImageCheckpoint(iteration, criticSteps, nanos, critic, generator, criticOptimizer,
          criticOptimizerSteps, generatorOptimizer, generatorOptimizerSteps, criticLoss,
          generatorLoss, penalty, rows);
    });
  }

  private static void writeRow(FieldWriter out, ImageMetricsRow row) throws IOException {
    out.writeInt(row.iteration());
    for (double value : new double[] {row.wassersteinEstimate(), row.criticLoss(),
        row.generatorLoss(), row.penalty(), row.gradNormMedian(), row.gradNormP90(),
        row.imagesPerSecond(), row.seconds(), row.quality().frechetDistance(),
        row.quality().slicedWasserstein()}) {
      out.writeDouble(value);
    }
  }

  private static ImageMetricsRow readRow(FieldReader in) throws IOException {
    int at = in.readInt();
    double[] v = new double[ROW_VALUES];
    for (int j = 0; j < v.length; j++) {
      v[j] = in.readDouble();
    }
    return new ImageMetricsRow(at, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7],
        new ImageMetricsRow.Quality(v[8], v[9]));
  }

  private static float[] finite(Path file, float[] values, String what)
      throws DamagedFileException {
    for (int i = 0; i < values.length; i++) {
      if (!Float.isFinite(values[i])) {
        throw new DamagedFileException(file, what + " " + values[i] + " at position " + i
            + "; a checkpoint holds finite numbers only");
      }
    }
    return values;
  }

  /**
   * The checksum of the config a run belongs to: that of its {@link ImageExperiment#checkpointKey()},
   * so that a run whose method parameters, learning rate or n_critic were changed live goes on from
   * the checkpoints written before the change.
   */
  private static byte[] configDigest(ImageExperiment experiment) {
    return digest(experiment.checkpointKey());
  }

  /**
   * The checksum checkpoints carried before settings changed live: the whole config but its data
   * path and iterations. Such a checkpoint is still read when config.json is as it was written.
   */
  private static byte[] wholeConfigDigest(ImageExperiment experiment) {
    return digest(experiment.withIterations(1).withData("."));
  }

  private static byte[] digest(ImageExperiment experiment) {
    String json = org.wganlab.export.ConfigJson.toJson(experiment);
    try {
      return MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
