package org.wganlab.image;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.common.AtomicFiles;

/**
 * Checkpoints on disk: a small binary format (a magic word, a version, then the fields of
 * {@link ImageCheckpoint} in order, floats as their exact bits), written atomically so that a killed
 * run leaves either the previous checkpoint or the new one, never half of one.
 */
public final class CheckpointFile {
  private static final int MAGIC = 0x57474C43; // "WGLC"
  private static final int VERSION = 1;
  /** A bound on array lengths read back, so a damaged length cannot ask for gigabytes. */
  private static final int MAX_ARRAY = 1 << 28;

  private CheckpointFile() {
  }

  /** Writes {@code checkpoint} to {@code file}, replacing any previous one atomically. */
  public static void write(Path file, ImageCheckpoint checkpoint) throws IOException {
    AtomicFiles.write(file, stream -> {
      DataOutputStream out = new DataOutputStream(stream);
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(checkpoint.iteration());
      out.writeLong(checkpoint.criticSteps());
      out.writeLong(checkpoint.trainingNanos());
      writeFloats(out, checkpoint.critic());
      writeFloats(out, checkpoint.generator());
      writeFloats(out, checkpoint.criticOptimizer());
      out.writeInt(checkpoint.criticOptimizerSteps());
      writeFloats(out, checkpoint.generatorOptimizer());
      out.writeInt(checkpoint.generatorOptimizerSteps());
      out.writeDouble(checkpoint.criticLoss());
      out.writeDouble(checkpoint.generatorLoss());
      out.writeDouble(checkpoint.penalty());
      out.writeInt(checkpoint.rows().size());
      for (ImageMetricsRow row : checkpoint.rows()) {
        out.writeInt(row.iteration());
        for (double value : new double[] {row.wassersteinEstimate(), row.criticLoss(),
            row.generatorLoss(), row.penalty(), row.gradNormMedian(), row.gradNormP90(),
            row.imagesPerSecond(), row.seconds(), row.quality().frechetDistance(),
            row.quality().slicedWasserstein()}) {
          out.writeDouble(value);
        }
      }
      out.flush();
    });
  }

  /** Reads a checkpoint; an IOException names the file and what is wrong with it. */
  public static ImageCheckpoint read(Path file) throws IOException {
    try (InputStream stream = new BufferedInputStream(Files.newInputStream(file))) {
      DataInputStream in = new DataInputStream(stream);
      if (in.readInt() != MAGIC) {
        throw new DamagedException(file + ": not a WGAN Lab checkpoint");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new DamagedException(file + ": checkpoint version " + version + ", this program reads "
            + VERSION);
      }
      int iteration = in.readInt();
      long criticSteps = in.readLong();
      long nanos = in.readLong();
      float[] critic = readFloats(in, file);
      float[] generator = readFloats(in, file);
      float[] criticOptimizer = readFloats(in, file);
      int criticOptimizerSteps = in.readInt();
      float[] generatorOptimizer = readFloats(in, file);
      int generatorOptimizerSteps = in.readInt();
      double criticLoss = in.readDouble();
      double generatorLoss = in.readDouble();
      double penalty = in.readDouble();
      int rowCount = length(in.readInt(), file);
      List<ImageMetricsRow> rows = new ArrayList<>();
      for (int i = 0; i < rowCount; i++) {
        int at = in.readInt();
        double[] v = new double[10];
        for (int j = 0; j < v.length; j++) {
          v[j] = in.readDouble();
        }
        rows.add(new ImageMetricsRow(at, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7],
            new ImageMetricsRow.Quality(v[8], v[9])));
      }
      if (in.read() != -1) {
        throw new DamagedException(file + ": unexpected data after the checkpoint");
      }
      return new ImageCheckpoint(iteration, criticSteps, nanos, critic, generator, criticOptimizer,
          criticOptimizerSteps, generatorOptimizer, generatorOptimizerSteps, criticLoss,
          generatorLoss, penalty, rows);
    } catch (EOFException e) {
      throw new DamagedException(file + ": checkpoint is truncated");
    }
  }

  private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
    out.writeInt(values.length);
    for (float value : values) {
      out.writeFloat(value);
    }
  }

  private static float[] readFloats(DataInputStream in, Path file) throws IOException {
    float[] values = new float[length(in.readInt(), file)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readFloat();
    }
    return values;
  }

  private static int length(int value, Path file) throws IOException {
    if (value < 0 || value > MAX_ARRAY) {
      throw new DamagedException(file + ": checkpoint is damaged (an array of " + value
          + " values)");
    }
    return value;
  }

  /**
   * A checkpoint file that is readable but not a usable checkpoint (another file, another version,
   * truncated or damaged): bad input, unlike a read that fails.
   */
  public static final class DamagedException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The message names the file and what is wrong. */
    public DamagedException(String message) {
      super(message);
    }
  }
}
