package org.wganlab.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.common.AtomicFiles;
import org.wganlab.metrics.GridSpec;
import org.wganlab.metrics.Surface;

/**
 * A small numeric table written as CSV (comma separated, one header line, {@code \n} line ends,
 * UTF-8): loss curves, metric histories, surfaces.
 *
 * <p>Cells are formatted when a row is added, independent of the default locale: integers in plain
 * decimal, doubles with {@link Double#toString(double)} and floats with {@link Float#toString(float)},
 * the shortest text that reads back to the same value ({@code NaN} and {@code Infinity} are written as
 * such). Strings are quoted when they contain a comma, a quote or a line break, with quotes doubled.
 * Not thread-safe.
 */
public final class CsvTable {

  private final int columns;
  private final StringBuilder text = new StringBuilder();
  private int rows;

  /**
   * A table with the given column names.
   *
   * @throws IllegalArgumentException if there are no columns
   */
  public CsvTable(String... header) {
    if (header.length == 0) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    columns = header.length;
    String[] names = new String[columns];
    for (int c = 0; c < columns; c++) {
      names[c] = quote(header[c]);
    }
    appendLine(text, names);
  }

  /**
   * Adds a row of one cell per column: a {@code String}, a {@code Long}, {@code Integer},
   * {@code Short} or {@code Byte}, a {@code Double} or a {@code Float}; {@code null} is an empty cell.
   *
   * @return this table, for chaining
   * @throws IllegalArgumentException if the number of cells or a cell's type is wrong
   */
  public CsvTable addRow(Object... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
    }
    String[] formatted = new String[columns];
    for (int c = 0; c < columns; c++) {
      formatted[c] = format(cells[c]);
    }
    appendLine(text, formatted);
    rows++;
    return this;
  }

  /** Number of data rows (the header not counted). */
  public int rowCount() {
    return rows;
  }

  /** The whole table, header first, each line ending in {@code \n}. */
  public String toCsv() {
    return text.toString();
  }

  /** Writes the table to {@code target} atomically (see {@link AtomicFiles}). */
  public void write(Path target) throws IOException {
    String csv = toCsv();
    AtomicFiles.write(target, out -> out.write(csv.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Writes a surface as columns {@code x,y,value,grad_norm}, one row per grid point in the grid's
   * row-major order (bottom row first). Rows are streamed rather than held as a table, since a fine
   * grid has millions of points.
   */
  public static void writeSurface(Path target, Surface surface) throws IOException {
    GridSpec grid = surface.grid();
    int n = grid.resolution();
    AtomicFiles.write(
        target,
        out -> {
          Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          StringBuilder line = new StringBuilder(64);
          appendLine(line, new String[] {"x", "y", "value", "grad_norm"});
          writer.append(line);
          for (int row = 0; row < n; row++) {
            String y = Double.toString(grid.y(row));
            for (int col = 0; col < n; col++) {
              String[] cells = {
                Double.toString(grid.x(col)),
                y,
                Float.toString(surface.value(row, col)),
                Float.toString(surface.gradientNorm(row, col))
              };
              line.setLength(0);
              appendLine(line, cells);
              writer.append(line);
            }
          }
          // Flushed, not closed: the caller owns the stream.
          writer.flush();
        });
  }

  /** The cell text of one value; see the class comment for the rules. */
  private static String format(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof String s) {
      return quote(s);
    }
    if (cell instanceof Long || cell instanceof Integer || cell instanceof Short || cell instanceof Byte) {
      return Long.toString(((Number) cell).longValue());
    }
    if (cell instanceof Double d) {
      return Double.toString(d);
    }
    if (cell instanceof Float f) {
      return Float.toString(f);
    }
    throw new IllegalArgumentException("unsupported cell type " + cell.getClass().getName());
  }

  /** The cell text of a string: as is, or quoted when CSV readers would otherwise split it. */
  private static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** Appends already formatted (and where needed quoted) cells as one line. */
  private static void appendLine(StringBuilder out, String[] cells) {
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        out.append(',');
      }
      out.append(cells[c]);
    }
    out.append('\n');
  }
}
