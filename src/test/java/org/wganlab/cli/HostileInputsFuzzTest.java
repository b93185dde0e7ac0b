package org.wganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.data.image.ImageSet;
import org.wganlab.data.image.PngHeaders;
import org.wganlab.export.ConfigJson;
import org.wganlab.export.IdxWriter;
import org.wganlab.image.ImageExperiment;
import org.wganlab.method.MethodKind;
import org.wganlab.train.ExperimentConfig;

/**
 * Seeded random damage to every kind of file the command line reads (configs, IDX files, pictures,
 * checkpoints): flipped bits and bytes, truncations, insertions, huge header values, values of the
 * wrong type. Every damaged input must end in exit 0 or 2 with one line on the console, never a
 * stack trace, a program fault (1), a hang or an allocation beyond the stated limits (a picture of
 * 25 megapixels, about 400 MB decoded: {@value #ALLOCATION_LIMIT} bytes a run). Valid mutations end
 * before training on purpose (missing data, an output folder holding another file), so that each of
 * the four kinds takes seconds.
 */
class HostileInputsFuzzTest {
  private static final int CASES = 300;
  private static final long ALLOCATION_LIMIT = 512L << 20;
  private static final double SECONDS_LIMIT = 10;

  @TempDir
  Path dir;

  /** Runs {@code args} and checks how it ended; {@code what} names the mutation for a failure. */
  private static void expectCleanEnd(String what, String... args) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long allocatedBefore = threads.getThreadAllocatedBytes(thread);
    long start = System.nanoTime();
    CliRun run = CliRun.of(args);
    double seconds = (System.nanoTime() - start) / 1e9;
    long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
    assertThat(run.code()).as("%s: exit code; %s", what, run.err()).isIn(0, 2);
    assertThat(run.err().strip()).as(what).doesNotContain("\n").doesNotContain("Exception")
        .doesNotContain("\tat ").doesNotContain("line 0");
    if (run.code() == 2) {
      assertThat(run.err()).as(what).startsWith("wgan-lab ");
    }
    assertThat(seconds).as("%s: seconds", what).isLessThan(SECONDS_LIMIT);
    assertThat(allocated).as("%s: bytes allocated", what).isLessThan(ALLOCATION_LIMIT);
  }

  /** One random change to {@code bytes}; {@code header} is how many leading bytes a header has. */
  private static byte[] mutate(byte[] bytes, Random random, int header) {
    int n = bytes.length;
    int at = n == 0 ? 0 : random.nextInt(n);
    switch (random.nextInt(7)) {
      case 0 -> {
        byte[] out = bytes.clone();
        out[at] = (byte) random.nextInt(256);
        return out;
      }
      case 1 -> {
        byte[] out = bytes.clone();
        out[at] ^= (byte) (1 << random.nextInt(8));
        return out;
      }
      case 2 -> {
        return Arrays.copyOf(bytes, at);
      }
      case 3 -> {
        byte[] extra = new byte[1 + random.nextInt(16)];
        random.nextBytes(extra);
        return splice(bytes, at, at, extra);
      }
      case 4 -> {
        // A huge or negative number where a header keeps its sizes and counts.
        byte[] out = bytes.clone();
        int where = Math.min(n - 4, random.nextInt(Math.max(1, Math.min(header, n))) & ~3);
        if (where >= 0) {
          int[] huge = {Integer.MAX_VALUE, -1, 0, 1 << 30, random.nextInt()};
          ByteBuffer.wrap(out).putInt(where, huge[random.nextInt(huge.length)]);
        }
        return out;
      }
      case 5 -> {
        int end = at + random.nextInt(Math.max(1, n - at));
        return splice(bytes, n, n, Arrays.copyOfRange(bytes, at, end));
      }
      default -> {
        int end = Math.min(n, at + 1 + random.nextInt(64));
        return splice(bytes, at, end, new byte[0]);
      }
    }
  }

  private static byte[] splice(byte[] bytes, int from, int to, byte[] middle) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, from);
    out.write(middle, 0, middle.length);
    out.write(bytes, to, bytes.length - to);
    return out.toByteArray();
  }

  private static final Pattern NUMBER = Pattern.compile("(?<=: )-?[0-9][0-9.E-]*");
  private static final Pattern TEXT = Pattern.compile("(?<=: )\"[^\"]*\"");
  private static final String[] WRONG = {"\"64\"", "NaN", "-Infinity", "1e999", "[]", "{}", "true",
      "null", "-1", "0", "99999999999999999999", "1.5", "\"\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["};

  /** A change to a config's text: a value of the wrong type, a line gone, or bytes damaged. */
  private static byte[] mutateConfig(String json, Random random) {
    int kind = random.nextInt(4);
    if (kind == 0 || kind == 1) {
      Matcher m = (kind == 0 ? NUMBER : TEXT).matcher(json);
      List<int[]> spans = m.results().map(r -> new int[] {r.start(), r.end()}).toList();
      int[] span = spans.get(random.nextInt(spans.size()));
      return (json.substring(0, span[0]) + WRONG[random.nextInt(WRONG.length)]
          + json.substring(span[1])).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    if (kind == 2) {
      List<String> lines = new java.util.ArrayList<>(json.lines().toList());
      lines.remove(random.nextInt(lines.size()));
      return String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    return mutate(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), random, 0);
  }

  @Test
  @Timeout(120)
  void damagedConfigsEndCleanly() throws IOException {
    Random random = new Random(1801);
    // Valid configs stop at their data, which is missing, before anything is written.
    String image = ConfigJson.toJson(ImageExperiment.reference("missing-data",
        List.of(MethodKind.GP, MethodKind.CLIP)));
    String toy = ConfigJson.toJson(ExperimentConfig.reference("missing.csv",
        List.of(MethodKind.DIV, MethodKind.CLIP)));
    Path config = dir.resolve("config.json");
    for (int i = 0; i < CASES; i++) {
      boolean isImage = i % 2 == 0;
      Files.write(config, mutateConfig(isImage ? image : toy, random));
      Path out = dir.resolve("out");
      expectCleanEnd("config case " + i, isImage ? "image" : "train", "--config", config.toString(),
          "--quiet", "--out", out.toString());
      assertThat(out).as("config case %d", i).doesNotExist();
    }
  }

  /** The four IDX files of a small labelled data set, gzipped or not. */
  private static void writeIdx(Path folder, boolean gzipped) throws IOException {
    Files.createDirectories(folder);
    for (String split : List.of("train", "t10k")) {
      ImageSet set = ImageCommandTest.bars(12);
      for (String kind : List.of("images-idx3", "labels-idx1")) {
        Path gz = folder.resolve(split + "-" + kind + "-ubyte.gz");
        if (kind.startsWith("images")) {
          IdxWriter.writeImages(gz, set);
        } else {
          IdxWriter.writeLabels(gz, set);
        }
        if (!gzipped) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            Files.write(folder.resolve(split + "-" + kind + "-ubyte"), in.readAllBytes());
          }
          Files.delete(gz);
        }
      }
    }
  }

  /** An output folder that is refused after the data are read: it holds someone else's file. */
  private Path refusedOut() throws IOException {
    Path out = Files.createDirectories(dir.resolve("taken"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    return out;
  }

  private static final String[] SMALL = {"--dim", "4", "--noise", "8", "--batch", "8",
      "--critic-iters", "2", "--iterations", "1", "--no-quality", "--quiet"};

  private static String[] imageArgs(Path data, Path out) {
    String[] head = {"image", "--data", data.toString(), "--out", out.toString()};
    String[] all = Arrays.copyOf(head, head.length + SMALL.length);
    System.arraycopy(SMALL, 0, all, head.length, SMALL.length);
    return all;
  }

  @Test
  @Timeout(120)
  void damagedIdxFilesEndCleanly() throws IOException {
    Random random = new Random(1802);
    Path raw = dir.resolve("raw");
    Path gz = dir.resolve("gz");
    writeIdx(raw, false);
    writeIdx(gz, true);
    Path out = refusedOut();
    for (int i = 0; i < CASES; i++) {
      Path folder = i % 3 == 0 ? gz : raw;
      List<Path> files;
      try (var listing = Files.list(folder)) {
        files = listing.sorted().toList();
      }
      Path target = files.get(random.nextInt(files.size()));
      byte[] good = Files.readAllBytes(target);
      Files.write(target, mutate(good, random, 16));
      expectCleanEnd("IDX case " + i + " (" + target.getFileName() + ")", imageArgs(folder, out));
      Files.write(target, good);
    }
    assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
  }

  @Test
  @Timeout(120)
  void damagedPicturesEndCleanly() throws IOException {
    Random random = new Random(1803);
    Path folder = Files.createDirectories(dir.resolve("pictures"));
    for (int p = 0; p < 10; p++) {
      int type = p % 3 == 0 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB;
      BufferedImage picture = new BufferedImage(20 + 3 * p, 30 - p, type);
      for (int y = 0; y < picture.getHeight(); y++) {
        for (int x = 0; x < picture.getWidth(); x++) {
          picture.setRGB(x, y, random.nextInt(1 << 24));
        }
      }
      String format = p % 4 == 3 ? "jpeg" : "png";
      ImageIO.write(picture, format, dir.resolve("pictures/p" + p + "." + (p % 4 == 3 ? "jpg"
          : "png")).toFile());
    }
    Path out = refusedOut();
    List<Path> files;
    try (var listing = Files.list(folder)) {
      files = listing.sorted().toList();
    }
    for (int i = 0; i < CASES; i++) {
      Path target = files.get(random.nextInt(files.size()));
      byte[] good = Files.readAllBytes(target);
      boolean png = target.toString().endsWith(".png");
      // One case in four declares another size in a PNG header that stays valid otherwise.
      byte[] bad = png && i % 4 == 0 ? PngHeaders.declaring(good, 1 + random.nextInt(60_000),
          1 + random.nextInt(60_000)) : mutate(good, random, 32);
      Files.write(target, bad);
      expectCleanEnd("picture case " + i + " (" + target.getFileName() + ")", imageArgs(folder, out));
      Files.write(target, good);
    }
  }

  @Test
  @Timeout(120)
  void damagedCheckpointsEndCleanly() throws IOException, NoSuchAlgorithmException {
    Random random = new Random(1804);
    Path data = dir.resolve("bars");
    writeIdx(data, true);
    Path run = dir.resolve("run");
    String[] first = imageArgs(data, run);
    assertThat(CliRun.of(first).code()).isZero();
    // Without its data, a resume whose checkpoints pass every check stops there, untrained.
    for (Path file : Files.list(data).toList()) {
      Files.delete(file);
    }
    Files.delete(data);
    Path checkpoint = run.resolve("checkpoints/run-0-gp.ckpt");
    byte[] good = Files.readAllBytes(checkpoint);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (int i = 0; i < CASES; i++) {
      byte[] bad = mutate(Arrays.copyOf(good, good.length - 32), random, 80);
      if (i % 2 == 0) {
        // Sealed again with a matching checksum, so that the checks behind it are reached too.
        bad = splice(bad, bad.length, bad.length, sha.digest(bad));
      } else {
        bad = splice(bad, bad.length, bad.length, Arrays.copyOfRange(good, good.length - 32,
            good.length));
      }
      Files.write(checkpoint, bad);
      expectCleanEnd("checkpoint case " + i, "image", "--resume", "--quiet", "--no-quality",
          "--out", run.toString());
    }
  }
}
