package org.wganlab.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.data.Rng;
import org.wganlab.data.SamplerState;
import org.wganlab.export.ConfigJson;
import org.wganlab.export.DamagedFileException;
import org.wganlab.export.DataPaths;
import org.wganlab.export.FieldReader;
import org.wganlab.export.FieldWriter;
import org.wganlab.export.SealedFile;
import org.wganlab.metrics.ModeWindow;
import org.wganlab.nn.NetworkState;

/**
 * A trained state of the toy experiment in one file ({@code .wganstate}), sealed as every state file
 * is ({@link SealedFile}: magic word "WGLS", version 1, a CRC-32 trailer checked before anything is
 * read, written atomically). Its fields: the config as the JSON of {@code config.json} (its data path
 * relative to the file's folder, as in a config file), then each run's {@link RunState} field by
 * field, numbers as their exact bits. Every refusal names the file and what is wrong with it.
 */
public final class TrainedStateFile {
  /** The file name ending the window offers. */
  public static final String EXTENSION = ".wganstate";
  static final SealedFile.Format FORMAT = new SealedFile.Format("trained state", 0x57474C53, 1,
      SealedFile.Checksum.CRC32, "");

  private TrainedStateFile() {
  }

  /** Writes {@code state} to {@code file}, replacing any previous file atomically. */
  public static void write(Path file, SessionState state) throws IOException {
    ExperimentConfig config = state.config();
    byte[] json = ConfigJson.toJson(config.withData(DataPaths.toConfig(file, config.data())))
        .getBytes(StandardCharsets.UTF_8);
    SealedFile.write(file, FORMAT, out -> {
      out.writeInt(json.length);
      out.write(json);
      out.writeInt(state.runs().size());
      for (RunState run : state.runs()) {
        RunStateFields.write(out, run);
      }
    });
  }

  /**
   * Reads a trained state.
   *
   * @throws DamagedFileException when the file is not a trained state of this version, is
   *     truncated or damaged (its checksum does not match), or holds an invalid config
   * @throws IOException when it cannot be read
   */
  public static SessionState read(Path file) throws IOException {
    return SealedFile.read(file, FORMAT, in -> {
      try {
        String json = new String(in.readBytes(in.readCount(1)), StandardCharsets.UTF_8);
        ExperimentConfig stored = ConfigJson.fromJson(json, file.toString(),
            ExperimentConfig.class);
        ExperimentConfig config = stored.withData(DataPaths.fromConfig(file, stored.data()));
        int count = in.readCount(RunStateFields.MIN_BYTES);
        List<RunState> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          runs.add(RunStateFields.read(in));
        }
        return new SessionState(config, runs);
      } catch (ConfigJson.InvalidConfigException e) {
        throw new DamagedFileException(file, "its config is not valid: " + e.getMessage());
      } catch (IllegalArgumentException e) {
        throw in.damaged(e.getMessage());
      }
    });
  }

  /** The fields of one {@link RunState}, in file order. */
  private static final class RunStateFields {
    /** The fewest bytes a run takes: its four counters alone. */
    static final int MIN_BYTES = 3 * Integer.BYTES + Long.BYTES;

    private RunStateFields() {
    }

    static void write(FieldWriter out, RunState run) throws IOException {
      out.writeInt(run.iteration());
      out.writeInt(run.criticSteps());
      out.writeInt(run.stepsIntoIteration());
      out.writeLong(run.trainingNanos());
      writeNetwork(out, run.critic());
      out.writeBoolean(run.generator() != null);
      if (run.generator() != null) {
        writeNetwork(out, run.generator());
      }
      out.writeFloats(run.method());
      RunState.Last last = run.last();
      out.writeDouble(last.criticLoss());
      out.writeDouble(last.generatorLoss());
      out.writeDouble(last.penalty());
      out.writeDoubles(last.penaltyPoints());
      out.writeDoubles(last.penaltyNorms());
      out.writeUTF(run.problem());
      out.writeInt(run.rows().size());
      for (MetricsRow row : run.rows()) {
        out.writeInt(row.iteration());
        out.writeDoubles(new double[] {row.wassersteinEstimate(), row.criticLoss(),
            row.generatorLoss(), row.penalty(), row.seconds()});
      }
      writeBatches(out, run.streams().training());
      writeBatches(out, run.streams().measuring());
      writeRng(out, run.streams().penalty());
      out.writeInt(run.modeSamples().size());
      for (ModeWindow.Sample sample : run.modeSamples()) {
        out.writeInt(sample.iteration());
        out.writeInt(sample.points());
        out.writeInts(sample.counts());
      }
    }

    static RunState read(FieldReader in) throws IOException {
      int iteration = in.readInt();
      int criticSteps = in.readInt();
      int into = in.readInt();
      long nanos = in.readLong();
      NetworkState critic = readNetwork(in);
      NetworkState generator = in.readBoolean() ? readNetwork(in) : null;
      float[] method = in.readFloats();
      RunState.Last last = new RunState.Last(in.readDouble(), in.readDouble(), in.readDouble(),
          in.readDoubles(), in.readDoubles());
      String problem = in.readUtf();
      int rowCount = in.readCount(Integer.BYTES);
      List<MetricsRow> rows = new ArrayList<>();
      for (int i = 0; i < rowCount; i++) {
        int at = in.readInt();
        double[] v = in.readDoubles();
        if (v.length != 5) {
          throw in.damaged("a curve row of " + v.length + " values");
        }
        rows.add(new MetricsRow(at, v[0], v[1], v[2], v[3], v[4]));
      }
      RunState.Streams streams = new RunState.Streams(readBatches(in),
          readBatches(in), readRng(in));
      int sampleCount = in.readCount(2 * Integer.BYTES);
      List<ModeWindow.Sample> samples = new ArrayList<>();
      for (int i = 0; i < sampleCount; i++) {
        int at = in.readInt();
        int points = in.readInt();
        samples.add(new ModeWindow.Sample(at, in.readInts(), points));
      }
      return new RunState(iteration, criticSteps, into, nanos, critic, generator, method, last,
          problem, rows, streams, samples);
    }

    private static void writeNetwork(FieldWriter out, NetworkState network)
        throws IOException {
      out.writeFloats(network.parameters());
      out.writeFloats(network.optimizer());
      out.writeInt(network.optimizerSteps());
    }

    private static NetworkState readNetwork(FieldReader in) throws IOException {
      return new NetworkState(in.readFloats(), in.readFloats(),
          in.readInt());
    }

    private static void writeBatches(FieldWriter out, RunState.BatchStreams streams)
        throws IOException {
      writeSampler(out, streams.real());
      writeSampler(out, streams.fixedBase());
      writeRng(out, streams.noise());
    }

    private static RunState.BatchStreams readBatches(FieldReader in)
        throws IOException {
      return new RunState.BatchStreams(readSampler(in), readSampler(in), readRng(in));
    }

    private static void writeSampler(FieldWriter out, SamplerState sampler)
        throws IOException {
      writeRng(out, sampler.rng());
      out.writeLong(sampler.shuffles());
      out.writeInt(sampler.cursor());
    }

    private static SamplerState readSampler(FieldReader in) throws IOException {
      return new SamplerState(readRng(in), in.readLong(), in.readInt());
    }

    private static void writeRng(FieldWriter out, Rng.State rng) throws IOException {
      out.writeLong(rng.seed());
      out.writeLong(rng.gamma());
      out.writeBoolean(rng.hasSpare());
      out.writeDouble(rng.spare());
    }

    private static Rng.State readRng(FieldReader in) throws IOException {
      return new Rng.State(in.readLong(), in.readLong(), in.readBoolean(), in.readDouble());
    }
  }
}
