package org.wganlab.image.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.wganlab.export.ConfigJson;
import org.wganlab.image.ImageExperiment;

/**
 * What an image run folder holds, read without writing anything: its config, its metrics table, the
 * iterations of its saved sample grids per run, and when any of its files last changed (the rule for
 * another writer, {@link #WRITER_QUIET_MILLIS}).
 *
 * @param experiment the folder's {@code config.json}
 * @param metrics its {@code metrics.csv}, or {@link MetricsTable#EMPTY} before the first row
 * @param savedGrids per run, the iterations of its sample grids in {@code samples/}, ascending
 * @param lastChangeMillis the newest modification time of a file in the folder or its two subfolders
 */
public record FolderContents(ImageExperiment experiment, MetricsTable metrics,
    List<List<Integer>> savedGrids, long lastChangeMillis) {
  /**
   * A folder some file of which changed in the last two minutes counts as being written by another
   * process, and the app refuses to train into it. The {@code image} command rewrites
   * {@code metrics.csv} at every logged row (every 10 iterations by default, well under a minute at
   * the default sizes on a laptop) and writes sample grids and checkpoints more rarely; a writer that
   * goes quiet for longer than this between files is not recognised.
   */
  public static final long WRITER_QUIET_MILLIS = 120_000L;
  private static final Pattern GRID = Pattern.compile("run-(\\d+)-[a-z-]+-iter-(\\d+)\\.png");

  /** Freezes the lists. */
  public FolderContents {
    savedGrids = savedGrids.stream().map(List::copyOf).toList();
  }

  /**
   * Reads {@code folder}.
   *
   * @throws IOException naming the file when the folder holds no image run or a file is unreadable
   */
  public static FolderContents read(Path folder) throws IOException {
    Path config = folder.resolve("config.json");
    if (!Files.isDirectory(folder)) {
      throw new IOException(folder + ": not a folder");
    }
    if (!Files.isRegularFile(config)) {
      throw new IOException(folder + ": holds no image run (no config.json)");
    }
    ImageExperiment experiment;
    try {
      experiment = ConfigJson.read(config, ImageExperiment.class);
    } catch (ConfigJson.InvalidConfigException e) {
      throw new IOException(e.getMessage(), e);
    }
    Path metricsFile = folder.resolve("metrics.csv");
    MetricsTable metrics = Files.isRegularFile(metricsFile)
        ? MetricsTable.read(metricsFile, experiment.runs().size()) : MetricsTable.EMPTY;
    return new FolderContents(experiment, metrics, gridsIn(folder, experiment.runs().size()),
        lastChange(folder));
  }

  /**
   * The iterations of the sample grids saved in {@code folder} per run, ascending; files of other
   * runs or names are ignored.
   */
  static List<List<Integer>> gridsIn(Path folder, int runs) throws IOException {
    Path samples = folder.resolve("samples");
    List<TreeSet<Integer>> found = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      found.add(new TreeSet<>());
    }
    if (Files.isDirectory(samples)) {
      try (Stream<Path> files = Files.list(samples)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Matcher m = GRID.matcher(file.getFileName().toString());
          if (m.matches() && Integer.parseInt(m.group(1)) < runs) {
            found.get(Integer.parseInt(m.group(1))).add(Integer.parseInt(m.group(2)));
          }
        }
      }
    }
    return found.stream().map(set -> (List<Integer>) new ArrayList<>(set)).toList();
  }

  /** The newest modification time in the folder and its {@code samples/} and {@code checkpoints/}. */
  static long lastChange(Path folder) throws IOException {
    long newest = 0;
    for (Path dir : List.of(folder, folder.resolve("samples"), folder.resolve("checkpoints"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
          newest = Math.max(newest, a.lastModifiedTime().toMillis());
        }
      }
    }
    return newest;
  }

  /**
   * Why training into the folder is refused at {@code nowMillis}, or empty: a file changed within
   * {@link #WRITER_QUIET_MILLIS}.
   */
  public String writerNote(long nowMillis) {
    long quiet = nowMillis - lastChangeMillis;
    if (quiet >= WRITER_QUIET_MILLIS) {
      return "";
    }
    return "A file in this folder changed " + Math.max(0, quiet / 1000) + " s ago: another process"
        + " may be writing it, so the app only follows it. Training here is possible once the folder"
        + " has been quiet for " + WRITER_QUIET_MILLIS / 1000 + " s.";
  }
}
