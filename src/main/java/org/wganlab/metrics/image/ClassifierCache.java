package org.wganlab.metrics.image;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.wganlab.common.AtomicFiles;

/**
 * Trained classifiers on disk, one file per data fingerprint, so that the minutes of training are
 * spent once per data set. A file holds a header (format, fingerprint, test accuracy, floor, the test
 * split's feature moments), the classifier in DL4J's model format and a SHA-256 checksum of that
 * model. Files are written atomically: readers see an old file or a complete new one.
 *
 * <p>A file that is missing, truncated, corrupt, of another format or of another fingerprint is
 * treated as absent, and the caller trains and stores over it.
 */
final class ClassifierCache {
  private static final String MAGIC = "wgan-lab feature classifier";
  private static final int FORMAT = 1;

  /** What is kept for one data fingerprint. */
  record Entry(FeatureClassifier classifier, double testAccuracy, double floor,
      GaussianMoments testMoments) {}

  private final Path directory;

  /** A cache in {@code directory}, which is created when the first entry is stored. */
  ClassifierCache(Path directory) {
    this.directory = directory;
  }

  /** The file that holds the entry for {@code fingerprint}. */
  Path fileFor(byte[] fingerprint) {
    return directory.resolve("feature-classifier-" + DataFingerprint.prefix(fingerprint, 16) + ".bin");
  }

  /** The stored entry for {@code fingerprint}, or empty if there is no usable one. */
  Optional<Entry> load(byte[] fingerprint) {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(fileFor(fingerprint)))) {
      return Optional.ofNullable(read(in, fingerprint));
    } catch (NoSuchFileException missing) {
      return Optional.empty();
    } catch (IOException | RuntimeException unusable) {
      // Truncated or damaged files surface as any of these, DL4J's own failures included.
      return Optional.empty();
    }
  }

  /**
   * Stores {@code entry} for {@code fingerprint}, replacing any previous file atomically.
   *
   * @throws IOException if the directory cannot be created or written
   */
  void store(byte[] fingerprint, Entry entry) throws IOException {
    ByteArrayOutputStream model = new ByteArrayOutputStream();
    entry.classifier().writeTo(model);
    byte[] modelBytes = model.toByteArray();
    Files.createDirectories(directory);
    AtomicFiles.write(fileFor(fingerprint), stream -> {
      DataOutputStream out = new DataOutputStream(stream);
      out.writeUTF(MAGIC);
      out.writeInt(FORMAT);
      out.write(fingerprint);
      out.writeDouble(entry.testAccuracy());
      out.writeDouble(entry.floor());
      writeMoments(out, entry.testMoments());
      out.writeInt(modelBytes.length);
      out.write(modelBytes);
      out.write(sha256(modelBytes));
      out.flush();
    });
  }

  /** The entry in {@code in}, or null if it is of another format or fingerprint or fails its checksum. */
  private static Entry read(DataInputStream in, byte[] fingerprint) throws IOException {
    if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT
        || !Arrays.equals(in.readNBytes(fingerprint.length), fingerprint)) {
      return null;
    }
    double accuracy = in.readDouble();
    double floor = in.readDouble();
    GaussianMoments moments = readMoments(in);
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    byte[] modelBytes = in.readNBytes(length);
    if (modelBytes.length != length || !Arrays.equals(in.readNBytes(32), sha256(modelBytes))) {
      return null;
    }
    try (InputStream model = new ByteArrayInputStream(modelBytes)) {
      return new Entry(FeatureClassifier.readFrom(model), accuracy, floor, moments);
    }
  }

  private static void writeMoments(DataOutputStream out, GaussianMoments moments) throws IOException {
    out.writeInt(moments.dimension());
    for (double value : moments.mean()) {
      out.writeDouble(value);
    }
    for (double value : moments.covariance()) {
      out.writeDouble(value);
    }
  }

  private static GaussianMoments readMoments(DataInputStream in) throws IOException {
    int dimension = in.readInt();
    if (dimension != FeatureClassifier.FEATURES) {
      throw new IOException("stored moments have dimension " + dimension);
    }
    double[] mean = new double[dimension];
    double[] covariance = new double[dimension * dimension];
    for (int i = 0; i < mean.length; i++) {
      mean[i] = in.readDouble();
    }
    for (int i = 0; i < covariance.length; i++) {
      covariance[i] = in.readDouble();
    }
    return GaussianMoments.of(mean, covariance);
  }

  private static byte[] sha256(byte[] bytes) {
    return DataFingerprint.sha256().digest(bytes);
  }
}
