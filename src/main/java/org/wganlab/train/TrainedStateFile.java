package org.wganlab.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.wganlab.common.AtomicFiles;
import org.wganlab.data.Rng;
import org.wganlab.data.SamplerState;
import org.wganlab.export.BinaryArrays;
import org.wganlab.export.ConfigJson;
import org.wganlab.export.DamagedFileException;
import org.wganlab.export.DataPaths;
import org.wganlab.metrics.ModeWindow;
import org.wganlab.nn.NetworkState;

/**
 * A trained state of the toy experiment in one file ({@code .wganstate}): a magic word and a version,
 * the config as the JSON of {@code config.json} (its data path relative to the file's folder, as in a
 * config file), then each run's {@link RunState} field by field, numbers as their exact bits, and last
 * a CRC-32 of everything before it. Written atomically; read back whole, the checksum is checked
 * before anything else, and every refusal names the file and what is wrong with it.
 */
public final class TrainedStateFile {
  /** The file name ending the window offers. */
  public static final String EXTENSION = ".wganstate";
  private static final int MAGIC = 0x57474C53; // "WGLS"
  private static final int VERSION = 1;
  /** Far above any state the app can hold in memory; a larger file is not one of ours. */
  private static final long MAX_BYTES = 1L << 30;

  private TrainedStateFile() {
  }

  /** Writes {@code state} to {@code file}, replacing any previous file atomically. */
  public static void write(Path file, SessionState state) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    ExperimentConfig config = state.config();
    byte[] json = ConfigJson.toJson(config.withData(DataPaths.toConfig(file, config.data())))
        .getBytes(StandardCharsets.UTF_8);
    out.writeInt(json.length);
    out.write(json);
    out.writeInt(state.runs().size());
    for (RunState run : state.runs()) {
      RunStateFields.write(out, run);
    }
    out.flush();
    CRC32 crc = new CRC32();
    crc.update(bytes.toByteArray());
    out.writeLong(crc.getValue());
    AtomicFiles.write(file, bytes::writeTo);
  }

  /**
   * Reads a trained state.
   *
   * @throws DamagedFileException when the file is not a trained state of this version, is
   *     truncated or damaged (its checksum does not match), or holds an invalid config
   * @throws IOException when it cannot be read
   */
  public static SessionState read(Path file) throws IOException {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new DamagedFileException(file, "too large to be a trained state");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new DamagedFileException(file, "no such file");
    }
    if (bytes.length < 16 || ByteBuffer.wrap(bytes).getInt() != MAGIC) {
      throw new DamagedFileException(file, "not a WGAN Lab trained state");
    }
    int version = ByteBuffer.wrap(bytes).getInt(4);
    if (version != VERSION) {
      throw new DamagedFileException(file, "trained state version " + version
          + ", this program reads version " + VERSION);
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - Long.BYTES);
    if (crc.getValue() != ByteBuffer.wrap(bytes).getLong(bytes.length - Long.BYTES)) {
      throw new DamagedFileException(file, "damaged: its checksum does not match its content"
          + " (a truncated or altered file)");
    }
    DataInputStream in = new DataInputStream(
        new ByteArrayInputStream(bytes, 8, bytes.length - 8 - Long.BYTES));
    try {
      byte[] json = new byte[BinaryArrays.length(in, file)];
      in.readFully(json);
      ExperimentConfig stored = ConfigJson.fromJson(new String(json, StandardCharsets.UTF_8),
          file.toString(), ExperimentConfig.class);
      ExperimentConfig config = stored.withData(DataPaths.fromConfig(file, stored.data()));
      int count = BinaryArrays.length(in, file);
      List<RunState> runs = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        runs.add(RunStateFields.read(in, file));
      }
      if (in.read() != -1) {
        throw new DamagedFileException(file, "damaged: unexpected data after the last run");
      }
      return new SessionState(config, runs);
    } catch (EOFException e) {
      throw new DamagedFileException(file, "damaged: it ends inside a run");
    } catch (ConfigJson.InvalidConfigException e) {
      throw new DamagedFileException(file, "its config is not valid: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new DamagedFileException(file, "damaged: " + e.getMessage());
    }
  }

  /** The fields of one {@link RunState}, in file order. */
  private static final class RunStateFields {
    private RunStateFields() {
    }

    static void write(DataOutputStream out, RunState run) throws IOException {
      out.writeInt(run.iteration());
      out.writeInt(run.criticSteps());
      out.writeInt(run.stepsIntoIteration());
      out.writeLong(run.trainingNanos());
      writeNetwork(out, run.critic());
      out.writeBoolean(run.generator() != null);
      if (run.generator() != null) {
        writeNetwork(out, run.generator());
      }
      BinaryArrays.writeFloats(out, run.method());
      RunState.Last last = run.last();
      out.writeDouble(last.criticLoss());
      out.writeDouble(last.generatorLoss());
      out.writeDouble(last.penalty());
      BinaryArrays.writeDoubles(out, last.penaltyPoints());
      BinaryArrays.writeDoubles(out, last.penaltyNorms());
      out.writeUTF(run.problem());
      out.writeInt(run.rows().size());
      for (MetricsRow row : run.rows()) {
        out.writeInt(row.iteration());
        BinaryArrays.writeDoubles(out, new double[] {row.wassersteinEstimate(), row.criticLoss(),
            row.generatorLoss(), row.penalty(), row.seconds()});
      }
      writeBatches(out, run.streams().training());
      writeBatches(out, run.streams().measuring());
      writeRng(out, run.streams().penalty());
      out.writeInt(run.modeSamples().size());
      for (ModeWindow.Sample sample : run.modeSamples()) {
        out.writeInt(sample.iteration());
        out.writeInt(sample.points());
        BinaryArrays.writeInts(out, sample.counts());
      }
    }

    static RunState read(DataInputStream in, Path file) throws IOException {
      int iteration = in.readInt();
      int criticSteps = in.readInt();
      int into = in.readInt();
      long nanos = in.readLong();
      NetworkState critic = readNetwork(in, file);
      NetworkState generator = in.readBoolean() ? readNetwork(in, file) : null;
      float[] method = BinaryArrays.readFloats(in, file);
      RunState.Last last = new RunState.Last(in.readDouble(), in.readDouble(), in.readDouble(),
          BinaryArrays.readDoubles(in, file), BinaryArrays.readDoubles(in, file));
      String problem = in.readUTF();
      int rowCount = BinaryArrays.length(in, file);
      List<MetricsRow> rows = new ArrayList<>();
      for (int i = 0; i < rowCount; i++) {
        int at = in.readInt();
        double[] v = BinaryArrays.readDoubles(in, file);
        if (v.length != 5) {
          throw new DamagedFileException(file, "damaged: a curve row of " + v.length + " values");
        }
        rows.add(new MetricsRow(at, v[0], v[1], v[2], v[3], v[4]));
      }
      RunState.Streams streams = new RunState.Streams(readBatches(in, file),
          readBatches(in, file), readRng(in));
      int sampleCount = BinaryArrays.length(in, file);
      List<ModeWindow.Sample> samples = new ArrayList<>();
      for (int i = 0; i < sampleCount; i++) {
        int at = in.readInt();
        int points = in.readInt();
        samples.add(new ModeWindow.Sample(at, BinaryArrays.readInts(in, file), points));
      }
      return new RunState(iteration, criticSteps, into, nanos, critic, generator, method, last,
          problem, rows, streams, samples);
    }

    private static void writeNetwork(DataOutputStream out, NetworkState network)
        throws IOException {
      BinaryArrays.writeFloats(out, network.parameters());
      BinaryArrays.writeFloats(out, network.optimizer());
      out.writeInt(network.optimizerSteps());
    }

    private static NetworkState readNetwork(DataInputStream in, Path file) throws IOException {
      return new NetworkState(BinaryArrays.readFloats(in, file), BinaryArrays.readFloats(in, file),
          in.readInt());
    }

    private static void writeBatches(DataOutputStream out, RunState.BatchStreams streams)
        throws IOException {
      writeSampler(out, streams.real());
      writeSampler(out, streams.fixedBase());
      writeRng(out, streams.noise());
    }

    private static RunState.BatchStreams readBatches(DataInputStream in, Path file)
        throws IOException {
      return new RunState.BatchStreams(readSampler(in), readSampler(in), readRng(in));
    }

    private static void writeSampler(DataOutputStream out, SamplerState sampler)
        throws IOException {
      writeRng(out, sampler.rng());
      out.writeLong(sampler.shuffles());
      out.writeInt(sampler.cursor());
    }

    private static SamplerState readSampler(DataInputStream in) throws IOException {
      return new SamplerState(readRng(in), in.readLong(), in.readInt());
    }

    private static void writeRng(DataOutputStream out, Rng.State rng) throws IOException {
      out.writeLong(rng.seed());
      out.writeLong(rng.gamma());
      out.writeBoolean(rng.hasSpare());
      out.writeDouble(rng.spare());
    }

    private static Rng.State readRng(DataInputStream in) throws IOException {
      return new Rng.State(in.readLong(), in.readLong(), in.readBoolean(), in.readDouble());
    }
  }
}
