package org.wganlab.image;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wganlab.common.AtomicFiles;
import org.wganlab.export.BinaryArrays;
import org.wganlab.export.ConfigJson;
import org.wganlab.export.DamagedFileException;

/**
 * Checkpoints on disk: a small binary format (a magic word, a version, the checksum of the config the
 * run belongs to, then the fields of {@link ImageCheckpoint} in order, floats as their exact bits, and
 * last a SHA-256 checksum of everything before it), written atomically so that a killed run leaves
 * either the previous checkpoint or the new one, never half of one.
 *
 * <p>Reading checks, before anything is used: that the checksum matches the contents (one flipped
 * byte anywhere is found), that the checkpoint was written under the same config (every setting but
 * those a run may change as it trains, see {@link ImageExperiment#checkpointKey()}), that no array
 * is longer than the bytes left in the file, and that the
 * networks and optimiser states hold finite numbers only. Checkpoints of version 1, written before
 * checksums, are refused with a message saying so: they cannot be told from damaged ones.
 */
public final class CheckpointFile {
  private static final int MAGIC = 0x57474C43; // "WGLC"
  private static final int VERSION = 2;
  private static final int DIGEST_BYTES = 32;
  /** Magic, version and the config's checksum. */
  private static final int HEADER_BYTES = 8 + DIGEST_BYTES;
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
    AtomicFiles.write(file, stream -> {
      MessageDigest sum = sha256();
      DataOutputStream out = new DataOutputStream(new DigestOutputStream(stream, sum));
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.write(config);
      out.writeInt(checkpoint.iteration());
      out.writeLong(checkpoint.criticSteps());
      out.writeLong(checkpoint.trainingNanos());
      BinaryArrays.writeFloats(out, checkpoint.critic());
      BinaryArrays.writeFloats(out, checkpoint.generator());
      BinaryArrays.writeFloats(out, checkpoint.criticOptimizer());
      out.writeInt(checkpoint.criticOptimizerSteps());
      BinaryArrays.writeFloats(out, checkpoint.generatorOptimizer());
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
      stream.write(sum.digest());
    });
  }

  /**
   * Reads the checkpoint of a run of {@code experiment}; a {@link DamagedFileException} names the file
   * and what is wrong with it, another IOException a failed read.
   */
  public static ImageCheckpoint read(Path file, ImageExperiment experiment) throws IOException {
    long size = Files.size(file);
    try (InputStream stream = new BufferedInputStream(Files.newInputStream(file))) {
      DataInputStream in = new DataInputStream(stream);
      if (size < 4 || in.readInt() != MAGIC) {
        throw new DamagedFileException(file, "not a WGAN Lab checkpoint");
      }
      if (size < 8) {
        throw new DamagedFileException(file, "checkpoint is truncated");
      }
      int version = in.readInt();
      if (version == 1) {
        throw new DamagedFileException(file, "a checkpoint of version 1, written before checkpoints"
            + " carried checksums; this program reads version " + VERSION + " only: train the run"
            + " again in a new folder");
      }
      if (version != VERSION) {
        throw new DamagedFileException(file, "checkpoint version " + version + ", this program reads "
            + VERSION);
      }
    }
    if (size < HEADER_BYTES + DIGEST_BYTES) {
      throw new DamagedFileException(file, "checkpoint is truncated");
    }
    checkSum(file, size);
    try (InputStream stream = new BufferedInputStream(Files.newInputStream(file))) {
      Fields in = new Fields(new DataInputStream(stream), file, size - DIGEST_BYTES);
      in.skipHeader();
      byte[] written = in.bytes(DIGEST_BYTES);
      if (!Arrays.equals(written, configDigest(experiment))
          && !Arrays.equals(written, wholeConfigDigest(experiment))) {
        throw new DamagedFileException(file, "belongs to another config: config.json's settings"
            + " differ from those the checkpoint was written with");
      }
      return in.checkpoint();
    }
  }

  /** Compares the SHA-256 of the file's contents with the one stored at its end. */
  private static void checkSum(Path file, long size) throws IOException {
    MessageDigest sum = sha256();
    byte[] stored = new byte[DIGEST_BYTES];
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      byte[] buffer = new byte[1 << 16];
      long left = size - DIGEST_BYTES;
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new DamagedFileException(file, "checkpoint is truncated");
        }
        sum.update(buffer, 0, n);
        left -= n;
      }
      if (in.readNBytes(stored, 0, DIGEST_BYTES) < DIGEST_BYTES || in.read() != -1) {
        throw new DamagedFileException(file, "the file changed while it was read");
      }
    }
    if (!MessageDigest.isEqual(sum.digest(), stored)) {
      throw new DamagedFileException(file, "checkpoint is damaged: its contents do not match their"
          + " checksum");
    }
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
    String json = ConfigJson.toJson(experiment);
    return sha256().digest(json.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The fields of a checkpoint whose checksum matched, read with the bytes left counted, so that a
   * length can never ask for more than the file holds.
   */
  private static final class Fields {
    private final DataInputStream in;
    private final Path file;
    private long left;

    Fields(DataInputStream in, Path file, long contentBytes) {
      this.in = in;
      this.file = file;
      this.left = contentBytes;
    }

    void skipHeader() throws IOException {
      take(8);
      in.skipNBytes(8);
    }

    byte[] bytes(int n) throws IOException {
      take(n);
      return in.readNBytes(n);
    }

    ImageCheckpoint checkpoint() throws IOException {
      int iteration = integer();
      take(16);
      long criticSteps = in.readLong();
      long nanos = in.readLong();
      float[] critic = finite(floats(), "the critic's weights hold");
      float[] generator = finite(floats(), "the generator's weights hold");
      float[] criticOptimizer = finite(floats(), "the critic's optimiser state holds");
      int criticOptimizerSteps = integer();
      float[] generatorOptimizer = finite(floats(), "the generator's optimiser state holds");
      int generatorOptimizerSteps = integer();
      take(24);
      double criticLoss = in.readDouble();
      double generatorLoss = in.readDouble();
      double penalty = in.readDouble();
      int rowCount = length(integer(), 4 + 8 * ROW_VALUES);
      List<ImageMetricsRow> rows = new ArrayList<>();
      for (int i = 0; i < rowCount; i++) {
        int at = integer();
        take(8 * ROW_VALUES);
        double[] v = new double[ROW_VALUES];
        for (int j = 0; j < v.length; j++) {
          v[j] = in.readDouble();
        }
        rows.add(new ImageMetricsRow(at, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7],
            new ImageMetricsRow.Quality(v[8], v[9])));
      }
      if (left != 0) {
        throw new DamagedFileException(file, "unexpected data after the checkpoint");
      }
      return new ImageCheckpoint(iteration, criticSteps, nanos, critic, generator, criticOptimizer,
          criticOptimizerSteps, generatorOptimizer, generatorOptimizerSteps, criticLoss,
          generatorLoss, penalty, rows);
    }

    private int integer() throws IOException {
      take(4);
      return in.readInt();
    }

    private float[] floats() throws IOException {
      float[] values = new float[length(integer(), 4)];
      take(4L * values.length);
      for (int i = 0; i < values.length; i++) {
        values[i] = in.readFloat();
      }
      return values;
    }

    /** A count of items of {@code bytesEach}, refused when the file cannot hold that many. */
    private int length(int count, int bytesEach) throws DamagedFileException {
      if (count < 0 || (long) count * bytesEach > left) {
        throw new DamagedFileException(file, "checkpoint is damaged (an array of " + count
            + " values where " + left + " bytes are left)");
      }
      return count;
    }

    private float[] finite(float[] values, String what) throws DamagedFileException {
      for (int i = 0; i < values.length; i++) {
        if (!Float.isFinite(values[i])) {
          throw new DamagedFileException(file, what + " " + values[i] + " at position " + i
              + "; a checkpoint holds finite numbers only");
        }
      }
      return values;
    }

    private void take(long bytes) throws DamagedFileException {
      if (bytes > left) {
        throw new DamagedFileException(file, "checkpoint is truncated");
      }
      left -= bytes;
    }
  }
}
