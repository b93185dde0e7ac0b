package org.wganlab.image.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wganlab.image.ImageMetricsRow;
import org.wganlab.image.ImageRunFolder;

/**
 * An image run folder's {@code metrics.csv} read back: each run's rows, and the cause of a run's
 * divergence where its last row says "diverged".
 *
 * @param rows per run, its rows in file order
 * @param problems per run, why it diverged, or empty
 */
public record MetricsTable(List<List<ImageMetricsRow>> rows, List<String> problems) {
  /** A table before the first row. */
  public static final MetricsTable EMPTY = new MetricsTable(List.of(), List.of());

  /** Freezes the lists. */
  public MetricsTable {
    rows = rows.stream().map(List::copyOf).toList();
    problems = List.copyOf(problems);
  }

  /** Run {@code index}'s rows (none when the table has not reached it). */
  public List<ImageMetricsRow> rowsOf(int index) {
    return index < rows.size() ? rows.get(index) : List.of();
  }

  /** Whether any row holds a quality number (the run was trained with the quality metric). */
  public boolean measuredQuality() {
    return rows.stream().flatMap(List::stream)
        .anyMatch(r -> !Double.isNaN(r.quality().frechetDistance()));
  }

  /** Why run {@code index} diverged, or empty. */
  public String problemOf(int index) {
    return index < problems.size() ? problems.get(index) : "";
  }

  /**
   * Reads {@code file}, written by {@link ImageRunFolder#writeMetrics} for {@code runs} runs.
   *
   * @throws IOException naming the file and line of a row that is not such a row
   */
  public static MetricsTable read(Path file, int runs) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String[] header = ImageRunFolder.METRICS_HEADER;
    if (lines.isEmpty() || !Arrays.equals(cells(lines.get(0)), header)) {
      throw new IOException(file + ": line 1 is not the header of an image run's metrics");
    }
    List<List<ImageMetricsRow>> rows = new ArrayList<>();
    String[] problems = new String[runs];
    Arrays.fill(problems, "");
    for (int i = 0; i < runs; i++) {
      rows.add(new ArrayList<>());
    }
    for (int n = 1; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      String[] c = cells(lines.get(n));
      try {
        if (c.length != header.length) {
          throw new IllegalArgumentException(c.length + " cells, expected " + header.length);
        }
        int run = Integer.parseInt(c[1]);
        if (run < 0 || run >= runs) {
          throw new IllegalArgumentException("run " + run + ", the config has " + runs);
        }
        if (c[13].equals("diverged")) {
          problems[run] = c[14];
        } else {
          rows.get(run).add(new ImageMetricsRow(Integer.parseInt(c[0]), number(c[3]), number(c[4]),
              number(c[5]), number(c[6]), number(c[7]), number(c[8]), number(c[9]), number(c[10]),
              new ImageMetricsRow.Quality(number(c[11]), number(c[12]))));
        }
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ", line " + (n + 1) + ": not a metrics row ("
            + e.getMessage() + ")", e);
      }
    }
    return new MetricsTable(rows, List.of(problems));
  }

  private static double number(String cell) {
    return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }

  /** The cells of one line: commas split, double quotes group (a doubled quote is one quote). */
  static String[] cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    out.add(cell.toString());
    return out.toArray(new String[0]);
  }
}
